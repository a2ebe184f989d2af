@testable import EnrichAttribution
import EnrichCore
import Foundation
import Testing

/// The sources model is compiled once into the cache folder and read back from there; an edited
/// source or a damaged cache file builds it again.
@Suite struct SourcesCacheTests {
    /// A models folder with the real grammar files and an invented outlet list, and its own cache.
    private struct Models {
        let folder: URL
        var store: ModelStore { ModelStore(directory: folder.path, cacheDirectory: folder.path + "/cache") }

        init(outlets: String) throws {
            let models = try ModelStore.locate()
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-sources-cache-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: models.directory + "/sentences", toPath: folder.appendingPathComponent("sentences").path)
            for file in ["organizations.tsv", "descriptions.tsv", "name-words.tsv"] {
                try FileManager.default.copyItem(atPath: models.directory + "/sources/" + file,
                                                 toPath: folder.appendingPathComponent("sources/" + file).path)
            }
            try write(outlets: outlets)
        }

        func write(outlets: String) throws {
            try outlets.write(to: folder.appendingPathComponent("sources/outlets.tsv"), atomically: true, encoding: .utf8)
        }

        var compiledFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/cache")) ?? [])
                .filter { $0.hasPrefix("attribution-sources-") }
                .map { folder.path + "/cache/" + $0 }
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// The canonical name of the outlet or organization whose alias is `words`.
    private func canonical(_ words: [String], in sources: SourcesImage) -> String? {
        words.map { PackedWord($0) }.withUnsafeBufferPointer { sources.gazetteer.entry(exactly: $0[...])?.canonical }
    }

    @Test func aSecondLoadReadsTheCompiledFileAndKnowsTheSameAliases() throws {
        let models = try Models(outlets: "Harbor Ledger\tnewspaper\tThe Ledger|HL\n")
        defer { models.remove() }
        let built = try SourcesCache.load(from: models.store)
        #expect(models.compiledFiles.count == 1)
        let read = try SourcesCache.load(from: models.store)
        for sources in [built, read] {
            #expect(canonical(["hl"], in: sources) == "Harbor Ledger")
            #expect(canonical(["the", "ledger"], in: sources) == "Harbor Ledger")
            #expect(sources.lexicon.cue(PackedWord("told"))?.lemma == "tell")
            #expect(sources.lexicon.wordClass(PackedWord("she")).contains(.personPronoun))
        }
    }

    @Test func anEditedOutletListIsCompiledAgain() throws {
        let models = try Models(outlets: "Harbor Ledger\tnewspaper\tHL\n")
        defer { models.remove() }
        #expect(canonical(["valley", "wire"], in: try SourcesCache.load(from: models.store)) == nil)
        try models.write(outlets: "Harbor Ledger\tnewspaper\tHL\nValley Wire Service\tagency\tValley Wire\n")
        #expect(canonical(["valley", "wire"], in: try SourcesCache.load(from: models.store)) == "Valley Wire Service")
    }

    @Test func aDamagedCompiledFileIsBuiltAgain() throws {
        let models = try Models(outlets: "Harbor Ledger\tnewspaper\tHL\n")
        defer { models.remove() }
        _ = try SourcesCache.load(from: models.store)
        let compiled = try #require(models.compiledFiles.first)
        let bytes = try #require(FileManager.default.contents(atPath: compiled))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: compiled))
        #expect(canonical(["hl"], in: try SourcesCache.load(from: models.store)) == "Harbor Ledger")
        #expect(FileManager.default.contents(atPath: compiled)?.count == bytes.count)
    }

    @Test func aCacheFolderThatCannotBeWrittenStillGivesTheModel() throws {
        let models = try Models(outlets: "Harbor Ledger\tnewspaper\tHL\n")
        defer { models.remove() }
        let blocked = models.folder.appendingPathComponent("not-a-folder")
        try "a file where the cache folder should be".write(to: blocked, atomically: true, encoding: .utf8)
        let store = ModelStore(directory: models.folder.path, cacheDirectory: blocked.path + "/cache")
        #expect(canonical(["hl"], in: try SourcesCache.load(from: store)) == "Harbor Ledger")
    }
}
