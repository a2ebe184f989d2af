import EnrichCore
import Foundation

/// Finds or builds the compiled lexicon of a stopword list and a frequency table in a cache
/// folder (`ModelStore.cacheDirectory`), as the entities stage does for its gazetteer.
///
/// The file is named by a hash of both sources' bytes, the format version and the word hash
/// (`LexiconImage.hashCheck`, so a changed `WordHash` cannot meet keys of the old one), so editing a source
/// builds a new file on the next run. The hash is remembered beside the sources' sizes, times and
/// inodes (`SourceStamp`), so an unchanged run reads neither source (parsing them took 16 ms). A build writes a temporary file and renames it into place, so concurrent runs
/// never see half a file. A cache file that fails to validate or names other sources is rebuilt;
/// when the folder cannot be written, the lexicon is built in memory for this run.
enum LexiconFileCache {
    static func load(stopwordsPath: String, frequenciesPath: String, cacheDirectory: String) throws(PipelineError) -> CompiledLexicon {
        var sources: (stopwords: Data, frequencies: Data)?
        func readSources() throws(PipelineError) -> (stopwords: Data, frequencies: Data) {
            if let sources { return sources }
            let read = (stopwords: try contents(of: stopwordsPath), frequencies: try contents(of: frequenciesPath))
            sources = read
            return read
        }
        let stamped = [SourceStamp.Source(path: stopwordsPath), SourceStamp.Source(path: frequenciesPath)]
        let format = "lexicon-\(LexiconImage.formatVersion)-\(String(LexiconImage.hashCheck, radix: 16))"
        let key = try SourceStamp.key(of: stamped, format: format, cacheDirectory: cacheDirectory) { () throws(PipelineError) in
            let (stopwords, frequencies) = try readSources()
            var hasher = ContentHasher()
            hasher.add(UInt64(LexiconImage.formatVersion))
            hasher.add(LexiconImage.hashCheck)
            for source in [stopwords, frequencies] {
                hasher.add(UInt64(source.count))
                source.withUnsafeBytes { hasher.add($0) }
            }
            return hasher.value
        }
        let path = cacheDirectory + "/lexicon-" + String(key, radix: 16) + ".bin"
        if let cached = try? CompiledLexicon(mapping: path), cached.header.sourceKey == key {
            return cached
        }
        let (stopwords, frequencies) = try readSources()
        let compiled = stopwords.withUnsafeBytes { stopwordBytes in
            frequencies.withUnsafeBytes { frequencyBytes in
                Result { () throws(PipelineError) in
                    try LexiconCompiler.compile(
                        stopwords: stopwordBytes, frequencies: frequencyBytes, frequenciesPath: frequenciesPath, sourceKey: key)
                }
            }
        }
        let image = try compiled.get()
        if (try? CacheFile.write(image, to: path)) != nil, let written = try? CompiledLexicon(mapping: path) {
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
}
