import EnrichCore
import EnrichKeywords
import EnrichSummary
import EnrichTestSupport

/// Documents with sentences and tokens, as the pipeline hands them to the summary stage.
enum Fixtures {
    static let lexicon = TextFixtures.lexicon

    static func document(_ text: String, id: String = "test") throws -> Document {
        try TextFixtures.document(text, id: id)
    }

    static func summary(_ text: String, length: SummaryLength = .sentences(3),
                        weights: SummaryWeights = SummaryWeights()) throws -> [String] {
        let document = try document(text)
        let result = Summarizer(lexicon: lexicon, weights: weights, length: length).summarize(document)
        return result.sentences.map { document.substring(document.sentences![$0]) }
    }
}
