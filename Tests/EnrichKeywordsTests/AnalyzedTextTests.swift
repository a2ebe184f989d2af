import EnrichCore
import EnrichKeywords
import Foundation
import Testing

@Suite struct AnalyzedTextTests {
    private static let text = "Harbour workers end their strike. The harbour reopens on Monday, the union said."

    private static func analyze(_ document: Document, sentences: [TextRange]? = nil, lexicon: Lexicon = Fixtures.lexicon) -> AnalyzedText {
        document.withUTF8 { utf8 in
            AnalyzedText(utf8: utf8, tokens: document.tokens ?? [], sentences: sentences ?? document.sentences ?? [], lexicon: lexicon)
        }
    }

    @Test func variantsOfAWordShareOneTerm() throws {
        let document = try Fixtures.document(Self.text)
        let analysis = Self.analyze(document)
        let terms = analysis.tokens.map(\.term)
        let first = try #require(terms.first)
        let lowercase = try #require(document.tokens?.firstIndex { document.substring($0.range) == "harbour" })
        #expect(terms[lowercase] == first)
        #expect(analysis.terms[Int(first)].count == 2)
    }

    @Test func analyzingTheSameRecordAgainGivesTheSameAnalysis() throws {
        let document = try Fixtures.document(Self.text)
        let first = Self.analyze(document)
        let second = Self.analyze(document)
        #expect(first.tokens.map(\.term) == second.tokens.map(\.term))
        #expect(first.terms.map(\.key) == second.terms.map(\.key))
        #expect(first.terms.map(\.count) == second.terms.map(\.count))
    }

    @Test func aRecordWithOtherSentencesIsAnalyzedAfresh() throws {
        let document = try Fixtures.document(Self.text)
        let split = Self.analyze(document)
        let whole = Self.analyze(document, sentences: [TextRange(start: 0, end: document.text.utf8.count)])
        #expect(split.sentenceCount == 2)
        #expect(whole.sentenceCount == 1)
        #expect(whole.tokens.allSatisfy { $0.sentence == 0 })
    }

    @Test func anotherLexiconGivesAFreshAnalysis() throws {
        let folder = NSTemporaryDirectory() + "enrich-analysis-test-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/keywords", withIntermediateDirectories: true)
        try "harbour\n".write(toFile: folder + "/keywords/stopwords.txt", atomically: true, encoding: .utf8)
        try "the\t7.7\nstrike\t4.5\n".write(toFile: folder + "/keywords/frequencies.tsv", atomically: true, encoding: .utf8)
        let harbourIsAStopword = try Lexicon.load(from: ModelStore(directory: folder, cacheDirectory: folder + "/cache"))
        let document = try Fixtures.document(Self.text)
        #expect(Self.analyze(document).tokens.first?.isStopword == false)
        #expect(Self.analyze(document, lexicon: harbourIsAStopword).tokens.first?.isStopword == true)
    }
}

@Suite struct VocabularyTests {
    private static func analyze(_ text: String) throws -> AnalyzedText {
        let document = try Fixtures.document(text)
        return document.withUTF8 { utf8 in
            AnalyzedText(utf8: utf8, tokens: document.tokens ?? [], sentences: document.sentences ?? [], lexicon: Fixtures.lexicon)
        }
    }

    @Test func termsAreNumberedPerDocumentInOrderOfFirstUse() throws {
        // The thread's vocabulary knows "strike" from the first document; the second still
        // numbers its own terms from 0.
        let first = try Self.analyze("Dockers strike again.")
        let second = try Self.analyze("The strike ends.")
        let strike = try #require(second.tokens.first { $0.term >= 0 && !$0.isStopword }).term
        #expect(strike == 1)
        #expect(second.termCount == 3)
        #expect(first.terms[1].key == second.terms[Int(strike)].key)
        #expect(second.terms.map(\.count) == [1, 1, 1])
    }
}
