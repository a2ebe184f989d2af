import EnrichCore
import Testing

@Suite struct DigestRunsTests {
    private func records(_ articles: [(article: Int, articles: Int)?]) -> [Document] {
        articles.enumerated().map { index, place in
            var document = Document(id: .string("archive#\(index + 1)"), text: "Rail strike ends.")
            document.digest = place.map { DigestInfo(article: $0.article, articles: $0.articles) }
            return document
        }
    }

    @Test func twoDigestsInOneInputAreTwoRuns() {
        let documents = records([(1, 3), (2, 3), (3, 3), (1, 2), (2, 2)])
        #expect(documents.digestRuns == [0..<3, 3..<5])
    }

    @Test func recordsWithoutDigestBelongToNoRun() {
        let documents = records([nil, (1, 2), (2, 2), nil])
        #expect(documents.digestRuns == [1..<3])
    }

    @Test func aSingleArticleDigestIsARunOfOne() {
        let documents = records([(1, 1), (1, 1)])
        #expect(documents.digestRuns == [0..<1, 1..<2])
    }
}
