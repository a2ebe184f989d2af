import EnrichCore
import EnrichText
import Foundation
import Testing

@Suite("Sentence lexicon files")
struct SentenceLexiconTests {
    @Test func missingModelFileIsAnErrorNamingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sentences/en"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ModelStore(directory: folder.path, cacheDirectory: folder.path)
        #expect {
            try SentenceLexicon.load(from: store, language: "en")
        } throws: { error in
            "\(error)".contains("sentences/en/titles.txt")
        }
    }

    @Test func abbreviationListedWithTwoBehavioursIsRejected() {
        #expect(throws: PipelineError.self) {
            try SentenceLexicon(
                titles: ["dr"], inline: [], beforeNumber: [], mayEnd: ["dr"],
                starters: [], exclamationWords: [], fragmentOpeners: [])
        }
    }

    @Test func regionalEnglishUsesTheEnglishRules() throws {
        let stage = try SentenceStage(language: "en_US", models: ModelStore.locate())
        var document = Document(id: .string("us"), text: "Staff of the U.S. Senate left. Nobody stayed.")
        stage.process(&document)
        #expect(document.sentences?.count == 2)
    }

    @Test func englishWithoutAModelsFolderIsAnError() {
        #expect(throws: PipelineError.self) { try SentenceStage(language: "en", models: nil) }
    }

    @Test func stageForAnotherLanguageWithoutModelsUsesICUAlone() throws {
        let stage = try SentenceStage(language: "fr", models: nil)
        var document = Document(id: .string("fr"), text: "Le tribunal a tranché. La société se tait.")
        stage.process(&document)
        #expect(document.sentences?.count == 2)
    }
}
