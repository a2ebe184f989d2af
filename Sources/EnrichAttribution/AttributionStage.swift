import EnrichCore
import EnrichText

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

    /// The model files this stage reads, relative to the models folder.
    public static let modelFiles = ["sources/outlets.tsv", "sources/organizations.tsv",
                                    "sources/descriptions.tsv", "sources/name-words.tsv"]

    /// Loads the sources model from `models`; fails naming the file that is missing or malformed.
    public init(models: ModelStore, quotedSentences: QuotedSentences = .statement) throws {
        self.quotedSentences = quotedSentences
        let file: (String) -> String = { models.directory + "/" + $0 }
        lexicon = try Lexicon(descriptions: models.lines("sources/descriptions.tsv"),
                              nameWords: models.lines("sources/name-words.tsv"), file: file)
        let tokenizer = try Tokenizer(language: "en", lexicon: SentenceLexicon.load(from: models, language: "en"))
        gazetteer = try SourceGazetteer(
            outlets: models.lines("sources/outlets.tsv"), organizations: models.lines("sources/organizations.tsv"),
            file: file, tokenize: { Self.words(of: $0, tokenizer: tokenizer) })
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

    /// The lexicon keys of the words of an alias, split like document text (by the `tokens`
    /// stage's tokenizer) and read like it (`DocumentView`).
    private static func words(of alias: String, tokenizer: Tokenizer) -> [PackedWord] {
        var document = Document(id: "alias", text: alias)
        document.tokens = document.withUTF8 { tokenizer.tokens(in: $0) }
        return document.withUTF8 { utf8 in
            DocumentView.mergingPossessives(document.tokens ?? [], utf8).compactMap { token in
                let end = DocumentView.possessiveSuffix(utf8, token.range).map { token.range.end - $0 } ?? token.range.end
                return PackedWord(utf8, token.range.start..<end)
            }
        }
    }
}
