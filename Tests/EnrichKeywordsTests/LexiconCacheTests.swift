import EnrichCore
import EnrichKeywords
import Foundation
import Testing

/// A small invented models folder with a lexicon, and its own cache folder.
private struct TestModels {
    let folder: String
    var cache: String { folder + "/cache" }
    var store: ModelStore { ModelStore(directory: folder, cacheDirectory: cache) }

    static let stopwords = "# invented stopword list\nthe\nof\nsaid\n"
    static let frequencies = "# word<TAB>zipf\nthe\t7.73\nof\t7.4\nharbour\t3.5\nelections\t4.1\nferry\t3.2\n"

    init(frequencies: String = TestModels.frequencies) throws {
        folder = NSTemporaryDirectory() + "enrich-keywords-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/keywords", withIntermediateDirectories: true)
        try write("keywords/stopwords.txt", TestModels.stopwords)
        try write("keywords/frequencies.tsv", frequencies)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// The compiled files in the cache folder.
    func compiledFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".bin") }.sorted()
    }

    func inode(of name: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: cache + "/" + name)
        return try #require(attributes[.systemFileNumber] as? UInt64)
    }
}

private func hash(_ word: String) -> UInt64 { WordHash.hash(word.utf8) }

@Suite struct LexiconCacheTests {
    @Test func aFreshCacheIsCompiledFromTheSources() throws {
        let models = try TestModels()
        defer { models.remove() }
        let lexicon = try Lexicon.load(from: models.store)
        #expect(try models.compiledFiles().count == 1)
        #expect(lexicon.isStopword(hash("said")))
        #expect(!lexicon.isStopword(hash("harbour")))
        #expect(lexicon.zipf(hash("harbour")) == 3.5)
        #expect(lexicon.zipf(hash("quayside")) == lexicon.unlistedZipf)
        #expect(lexicon.unlistedZipf == 2.7)
    }

    @Test func theCompiledLexiconKnowsEachWordsStem() throws {
        let models = try TestModels()
        defer { models.remove() }
        let lexicon = try Lexicon.load(from: models.store)
        #expect(lexicon.entry(hash("elections"))?.stemKey == hash("elect"))
        #expect(lexicon.entry(hash("ferry"))?.stemKey == hash("ferri"))
        #expect(lexicon.entry(hash("quayside")) == nil)
    }

    @Test func aSecondLoadReusesTheCompiledFile() throws {
        let models = try TestModels()
        defer { models.remove() }
        _ = try Lexicon.load(from: models.store)
        let name = try #require(try models.compiledFiles().first)
        let inode = try models.inode(of: name)
        let reloaded = try Lexicon.load(from: models.store)
        #expect(try models.compiledFiles() == [name])
        #expect(try models.inode(of: name) == inode)
        #expect(reloaded.zipf(hash("ferry")) == 3.2)
    }

    @Test func editingASourceCompilesANewFile() throws {
        let models = try TestModels()
        defer { models.remove() }
        _ = try Lexicon.load(from: models.store)
        try models.write("keywords/frequencies.tsv", TestModels.frequencies + "quayside\t2.9\n")
        let edited = try Lexicon.load(from: models.store)
        #expect(edited.zipf(hash("quayside")) == 2.9)
        #expect(try models.compiledFiles().count == 2)
    }

    @Test func aDamagedCacheFileIsRebuilt() throws {
        let models = try TestModels()
        defer { models.remove() }
        _ = try Lexicon.load(from: models.store)
        let name = try #require(try models.compiledFiles().first)
        try models.write("cache/" + name, "ENRLEX01 but cut short")
        let rebuilt = try Lexicon.load(from: models.store)
        #expect(rebuilt.zipf(hash("harbour")) == 3.5)
        #expect(rebuilt.isStopword(hash("the")))
    }

    @Test func aCacheFileCompiledFromOtherSourcesIsRebuilt() throws {
        let models = try TestModels()
        defer { models.remove() }
        _ = try Lexicon.load(from: models.store)
        let old = try #require(try models.compiledFiles().first)
        try models.write("keywords/frequencies.tsv", TestModels.frequencies + "quayside\t2.9\n")
        _ = try Lexicon.load(from: models.store)
        let new = try #require(try models.compiledFiles().first { $0 != old })
        let stale = try Data(contentsOf: URL(fileURLWithPath: models.cache + "/" + old))
        try stale.write(to: URL(fileURLWithPath: models.cache + "/" + new))
        let reloaded = try Lexicon.load(from: models.store)
        #expect(reloaded.zipf(hash("quayside")) == 2.9)
    }

    @Test func anUnwritableCacheFolderStillGivesTheLexicon() throws {
        let models = try TestModels()
        defer { models.remove() }
        try models.write("not-a-folder", "a file where the cache folder would go")
        let lexicon = try Lexicon.load(from: ModelStore(directory: models.folder, cacheDirectory: models.folder + "/not-a-folder/cache"))
        #expect(lexicon.zipf(hash("elections")) == 4.1)
    }

    @Test func aMalformedFrequencyLineIsAnErrorNamingTheFileAndLine() throws {
        let models = try TestModels(frequencies: "harbour\t3.5\nferry three\n")
        defer { models.remove() }
        let error = #expect(throws: PipelineError.self) { try Lexicon.load(from: models.store) }
        #expect(error?.description.contains("frequencies.tsv: line 2") == true)
    }

    @Test func aMissingStopwordListIsAnErrorNamingIt() throws {
        let models = try TestModels()
        defer { models.remove() }
        try FileManager.default.removeItem(atPath: models.folder + "/keywords/stopwords.txt")
        let error = #expect(throws: PipelineError.self) { try Lexicon.load(from: models.store) }
        #expect(error?.description.contains("stopwords.txt") == true)
    }
}
