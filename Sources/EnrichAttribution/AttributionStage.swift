import EnrichCore

/// Source attribution: for every attributed statement, who said it ("…, The Associated Press
/// reports." → Associated Press, media). Reads sentences, tokens and, when an earlier stage
/// provided them, entities; the sources model (`models/sources/`) names outlets and organizations
/// by their aliases and lists the nouns that head descriptions of sources.
public struct AttributionStage: DocumentStage {
    public let requires: Set<Layer> = [.sentences, .tokens]
    public let provides: Set<Layer> = [.attributions]
    private let lexicon: Lexicon
    private let gazetteer: SourceGazetteer
    private let quotedSentences: QuotedSentences

    /// Which sentences of a quotation that runs over several sentences get an attribution.
    public enum QuotedSentences: String, Sendable, CaseIterable {
        /// One attribution per statement, on the sentence of the cue (CONTRACT.md, the default).
        case statement
        /// Every sentence of the quotation is attributed to the speaker.
        case each = "each-sentence"
    }

    /// Loads the sources model from `models` (compiled once into the cache folder, `SourcesCache`);
    /// fails naming the file that is missing or malformed.
    public init(models: ModelStore, quotedSentences: QuotedSentences = .statement) throws {
        self.quotedSentences = quotedSentences
        let sources = try SourcesCache.load(from: models)
        lexicon = sources.lexicon
        gazetteer = sources.gazetteer
    }

    public func process(_ document: inout Document) {
        let tokens = document.tokens ?? []
        let sentences = document.sentences ?? []
        let entities = document.entities ?? []
        document.attributions = document.withUTF8 { utf8 in
            let view = DocumentView(utf8: utf8, tokens: tokens, sentences: sentences, entities: entities,
                                    lexicon: lexicon)
            var finder = AttributionFinder(view: view, lexicon: lexicon, gazetteer: gazetteer,
                                           quotedSentences: quotedSentences)
            return finder.attributions()
        }
    }
}
