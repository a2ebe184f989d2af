import EnrichCore
import Foundation

/// Finds or builds the compiled sources model (`SourcesImage`) in the cache folder
/// (`ModelStore.cacheDirectory`), as the entities stage does for its gazetteer.
///
/// The file is named by a hash of the sources model's files and of the abbreviation lists that
/// split its aliases into tokens (`models/sentences/en/`), remembered beside their sizes, times
/// and inodes (`SourceStamp`), so an unchanged run reads none of them. A build writes a temporary
/// file and renames it into place, so concurrent runs never see half a file. A cache file that
/// fails to validate is rebuilt; when the folder cannot be written, the model is built in memory
/// for this run. A change to how the tokenizer splits text needs `SourcesImage.formatVersion` raised.
enum SourcesCache {
    /// The sources model files, relative to the models folder (the descriptions first: a missing
    /// model is reported by the first file missing).
    static let files = ["sources/descriptions.tsv", "sources/name-words.tsv", "sources/outlets.tsv",
                        "sources/organizations.tsv"]
    /// The folder of the word lists that the tokenizer reads.
    static let tokenizerFolder = "sentences/en"

    static func load(from models: ModelStore) throws(PipelineError) -> SourcesImage {
        let paths = files.map { models.directory + "/" + $0 } + tokenizerFiles(in: models.directory + "/" + tokenizerFolder)
        let format = "attribution-sources-\(SourcesImage.formatVersion)-" + String(SourcesImage.codeKey, radix: 16)
        let key = try SourceStamp.key(
            of: paths.map { SourceStamp.Source(path: $0) }, format: format, cacheDirectory: models.cacheDirectory
        ) { () throws(PipelineError) in
            var hasher = ContentHasher()
            hasher.add(SourcesImage.codeKey)
            for path in paths {
                guard let bytes = FileManager.default.contents(atPath: path) else {
                    throw PipelineError("model file \(path) is missing or unreadable")
                }
                hasher.add(UInt64(bytes.count))
                bytes.withUnsafeBytes { hasher.add($0) }
            }
            return hasher.value
        }
        let path = models.cacheDirectory + "/attribution-sources-" + String(key, radix: 16) + ".bin"
        if let file = try? MappedFile(path: path, what: "compiled sources model"),
           let cached = try? SourcesImage(decoding: UnsafeRawBufferPointer(start: file.base, count: file.count), sourceKey: key) {
            return cached
        }
        let built = try SourcesImage.build(from: models)
        try? CacheFile.write(built.encoded(sourceKey: key), to: path)
        return built
    }

    /// The files of `folder`, sorted (none when there is no such folder: the tokenizer then
    /// reports what it misses).
    private static func tokenizerFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }
}
