import EnrichCore
import EnrichKeywords
import EnrichTestSupport
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
        let texts = Self.texts(of: digestKeywords)
        let shared = try #require(texts.firstIndex { $0.contains("Marrow") || $0.lowercased().contains("railway") })
        let single = texts.firstIndex { $0.lowercased().contains("bakery") } ?? texts.count
        #expect(shared < single)
    }

    @Test func eachDigestOfAnArchiveGetsOnlyItsOwnKeywords() throws {
        let days: [[String]] = [
            ["Floods close the Marrow Valley railway. Engineers say the railway bridge needs repairs.",
             "The Marrow Valley railway will reopen in May. Railway staff are clearing debris."],
            ["A bakery in Tollbridge won a national bread prize. The bakery uses local flour.",
             "Tollbridge bakery owners plan a second shop. The bread prize drew crowds."],
        ]
        var documents = try TextFixtures.archive(days)
        KeywordStage(extractor: KeywordExtractor(lexicon: Fixtures.lexicon), limit: 5).process(&documents)

        let firstDay = Self.texts(of: try #require(documents[0].digest?["keywords"])).joined(separator: "|").lowercased()
        let secondDay = Self.texts(of: try #require(documents[2].digest?["keywords"])).joined(separator: "|").lowercased()
        #expect(firstDay.contains("railway") && !firstDay.contains("bakery"))
        #expect(secondDay.contains("bakery") && !secondDay.contains("railway"))
        #expect(documents[1].digest?["keywords"] == documents[0].digest?["keywords"])
    }

    @Test func aSingleDocumentGetsNoDigestKeywords() throws {
        var documents = [try Fixtures.document("Floods close the Marrow Valley railway on Sunday.")]
        documents[0].digest = DigestInfo(article: 1, articles: 1)
        KeywordStage(extractor: KeywordExtractor(lexicon: Fixtures.lexicon)).process(&documents)
        #expect(documents[0].digest?["keywords"] == nil)
        #expect(documents[0].keywords?.isEmpty == false)
    }

    /// The `text` of every entry of a digest keyword list.
    private static func texts(of keywords: JSONValue) -> [String] {
        guard case .array(let entries) = keywords else { return [] }
        return entries.compactMap { entry in
            guard case .object(let fields) = entry, case .string(let text)? = fields.first(where: { $0.key == "text" })?.value
            else { return nil }
            return text
        }
    }
}
