import EnrichCore
import EnrichSummary
import EnrichTestSupport
import Testing

@Suite struct SummaryStageTests {
    @Test func aSplitDigestListsEachArticlesBestSentenceInItsMetadata() throws {
        let articles = [
            "Floods closed the Marrow Valley railway on Sunday. Engineers inspected the damaged railway bridge. "
                + "A spokesman thanked passengers for their patience.",
            "A bakery in Tollbridge won the national bread prize. Judges praised the bakery's sourdough bread. "
                + "The owners plan to open a second shop.",
        ]
        var documents = try articles.enumerated().map { index, text in
            var document = try Fixtures.document(text, id: "digest#\(index + 1)")
            document.digest = DigestInfo(title: "Evening Digest", article: index + 1, articles: articles.count)
            return document
        }
        SummaryStage(summarizer: Summarizer(lexicon: Fixtures.lexicon, length: .sentences(1))).process(&documents)

        let digestSummary = try #require(documents[0].digest?["summary"])
        #expect(documents[1].digest?["summary"] == digestSummary)
        #expect(digestSummary == .array([
            .object([("article", 1), ("sentence", 0), ("text", "Floods closed the Marrow Valley railway on Sunday.")]),
            .object([("article", 2), ("sentence", 0), ("text", "A bakery in Tollbridge won the national bread prize.")]),
        ]))
        #expect(documents.allSatisfy { $0.summary == [0] })
    }

    @Test func eachDigestOfAnArchiveListsOnlyItsOwnArticles() throws {
        let days: [[String]] = [
            ["Floods closed the Marrow Valley railway on Sunday. Engineers inspected the damaged bridge.",
             "A bakery in Tollbridge won the national bread prize. Judges praised its sourdough."],
            ["The Tollbridge council approved a new cycle lane on Monday. Work starts in June.",
             "Harbour workers in Saltmere ended their strike after two weeks. Ferries run again."],
        ]
        var documents = try TextFixtures.archive(days)
        SummaryStage(summarizer: Summarizer(lexicon: Fixtures.lexicon, length: .sentences(1))).process(&documents)

        #expect(documents[0].digest?["summary"] == .array([
            .object([("article", 1), ("sentence", 0), ("text", "Floods closed the Marrow Valley railway on Sunday.")]),
            .object([("article", 2), ("sentence", 0), ("text", "A bakery in Tollbridge won the national bread prize.")]),
        ]))
        #expect(documents[2].digest?["summary"] == .array([
            .object([("article", 1), ("sentence", 0), ("text", "The Tollbridge council approved a new cycle lane on Monday.")]),
            .object([("article", 2), ("sentence", 0), ("text", "Harbour workers in Saltmere ended their strike after two weeks.")]),
        ]))
        #expect(documents[1].digest?["summary"] == documents[0].digest?["summary"])
        #expect(documents[3].digest?["summary"] == documents[2].digest?["summary"])
    }

    @Test func aSingleArticleGetsNoDigestSummary() throws {
        var documents = [try Fixtures.document("Floods closed the Marrow Valley railway on Sunday. Trains resume in May.")]
        documents[0].digest = DigestInfo(article: 1, articles: 1)
        SummaryStage(summarizer: Summarizer(lexicon: Fixtures.lexicon)).process(&documents)
        #expect(documents[0].digest?["summary"] == nil)
        #expect(documents[0].summary == [0, 1])
    }
}
