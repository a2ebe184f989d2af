import EnrichCore

/// The `sentences` stage: fills `Document.sentences` with a `SentenceSegmenter`.
public struct SentenceStage: DocumentStage {
    public let provides: Set<Layer> = [.sentences]
    private let segmenter: SentenceSegmenter

    public init(segmenter: SentenceSegmenter) {
        self.segmenter = segmenter
    }

    /// A stage for `language`: with the lexicon in `models/sentences/<language>/` when the models
    /// folder has one (English must), else ICU's breaks alone.
    public init(language: String = "en", models: ModelStore?) throws {
        let lexicon = try SentenceLexicon.forLanguage(language, in: models)
        segmenter = try SentenceSegmenter(language: language, lexicon: lexicon)
    }

    public func process(_ document: inout Document) {
        document.sentences = document.withUTF8 { segmenter.sentences(in: $0) }
    }
}
