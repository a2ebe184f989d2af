import EnrichCore
import EnrichKeywords
import Testing

@Suite struct KeywordStageTests {
    @Test func aSplitDigestGetsItsKeywordsInEveryArticlesMetadata() throws {
        let articles = [
            "Floods close the Marrow Valley railway. Engineers say the railway bridge at Marrow Valley needs repairs.",
            "The Marrow Valley railway will reopen in May, officials said. Railway staff are clearing debris.",
            "A bakery in Tollbridge won a national bread prize. The bakery uses flour from local mills.",
        ]
        var documents = try articles.enumerated().map { index, text in
            var document = try Fixtures.document(text, id: "digest#\(index + 1)")
            document.digest = DigestInfo(title: "Morning Digest", article: index + 1, articles: articles.count)
            return document
        }
        KeywordStage(extractor: KeywordExtractor(lexicon: Fixtures.lexicon), limit: 5).process(&documents)

        let digestKeywords = try #require(documents[0].digest?["keywords"])
        #expect(documents.allSatisfy { $0.digest?["keywords"] == digestKeywords })
        #expect(documents.allSatisfy { $0.keywords?.isEmpty == false })
        guard case .array(let entries) = digestKeywords else {
            Issue.record("digest keywords are not a list: \(digestKeywords)")
            return
        }
        let texts = entries.compactMap { entry -> String? in
            guard case .object(let fields) = entry, case .string(let text)? = fields.first(where: { $0.key == "text" })?.value
            else { return nil }
            return text
        }
        let shared = try #require(texts.firstIndex { $0.contains("Marrow") || $0.lowercased().contains("railway") })
        let single = texts.firstIndex { $0.lowercased().contains("bakery") } ?? texts.count
        #expect(shared < single)
    }

    @Test func aSingleDocumentGetsNoDigestKeywords() throws {
        var documents = [try Fixtures.document("Floods close the Marrow Valley railway on Sunday.")]
        documents[0].digest = DigestInfo(article: 1, articles: 1)
        KeywordStage(extractor: KeywordExtractor(lexicon: Fixtures.lexicon)).process(&documents)
        #expect(documents[0].digest?["keywords"] == nil)
        #expect(documents[0].keywords?.isEmpty == false)
    }
}
