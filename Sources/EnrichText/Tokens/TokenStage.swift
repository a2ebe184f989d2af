import EnrichCore

/// The `tokens` stage: fills `Document.tokens` with a `Tokenizer`.
public struct TokenStage: DocumentStage {
    public let provides: Set<Layer> = [.tokens]
    private let tokenizer: Tokenizer

    public init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
    }

    /// A stage for `language`, keeping the abbreviations of `models/sentences/<language>/` whole
    /// when the models folder has them (English must).
    public init(language: String = "en", models: ModelStore?) throws {
        let lexicon = try SentenceLexicon.forLanguage(language, in: models)
        tokenizer = try Tokenizer(language: language, lexicon: lexicon)
    }

    public func process(_ document: inout Document) {
        document.tokens = document.withUTF8 { tokenizer.tokens(in: $0) }
    }
}
