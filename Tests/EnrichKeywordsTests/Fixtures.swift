import EnrichCore
import EnrichKeywords
import EnrichTestSupport

/// Documents with sentences and tokens, as the pipeline hands them to the keywords stage.
enum Fixtures {
    static let lexicon = TextFixtures.lexicon

    static func document(_ text: String, id: String = "test") throws -> Document {
        try TextFixtures.document(text, id: id)
    }

    static func keywords(_ text: String, limit: Int = 10, weights: KeywordWeights = KeywordWeights()) throws -> [Keyword] {
        let extractor = KeywordExtractor(lexicon: lexicon, weights: weights)
        return extractor.keywords(of: try document(text), limit: limit).map(\.keyword)
    }
}
