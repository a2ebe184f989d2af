import EnrichCore
import Foundation
import Glibc

/// Finds or builds the compiled lexicon of a stopword list and a frequency table in a cache
/// folder (`ModelStore.cacheDirectory`), as the entities stage does for its gazetteer.
///
/// The file is named by a hash of both sources' bytes and the format version, so editing a source
/// builds a new file on the next run; hashing 1.3 MB costs a fraction of a millisecond, parsing
/// it about 16. A build writes a temporary file and renames it into place, so concurrent runs
/// never see half a file. A cache file that fails to validate or names other sources is rebuilt;
/// when the folder cannot be written, the lexicon is built in memory for this run.
enum LexiconFileCache {
    static func load(stopwordsPath: String, frequenciesPath: String, cacheDirectory: String) throws(PipelineError) -> CompiledLexicon {
        let stopwords = try contents(of: stopwordsPath)
        let frequencies = try contents(of: frequenciesPath)
        var hasher = ContentHasher()
        hasher.add(UInt64(LexiconImage.formatVersion))
        for source in [stopwords, frequencies] {
            hasher.add(UInt64(source.count))
            source.withUnsafeBytes { hasher.add($0) }
        }
        let key = hasher.value
        let path = cacheDirectory + "/lexicon-" + String(key, radix: 16) + ".bin"
        if let cached = try? CompiledLexicon(mapping: path), cached.header.sourceKey == key {
            return cached
        }
        let compiled = stopwords.withUnsafeBytes { stopwordBytes in
            frequencies.withUnsafeBytes { frequencyBytes in
                Result { () throws(PipelineError) in
                    try LexiconCompiler.compile(
                        stopwords: stopwordBytes, frequencies: frequencyBytes, frequenciesPath: frequenciesPath, sourceKey: key)
                }
            }
        }
        let image = try compiled.get()
        if write(image, to: path), let written = try? CompiledLexicon(mapping: path) {
            return written
        }
        return try CompiledLexicon(image: image)
    }

    private static func contents(of path: String) throws(PipelineError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError("model file \(path) is missing or unreadable")
        }
        return data
    }

    /// Writes `image` to a temporary file beside `path` and renames it into place; false when
    /// the cache folder cannot be written.
    private static func write(_ image: [UInt8], to path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else {
            return false
        }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = image.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
