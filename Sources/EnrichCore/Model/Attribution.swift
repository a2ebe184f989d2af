/// A statement tied to its source: "…, The Associated Press reports."
public struct Attribution: Hashable, Sendable {
    /// Who or what a statement comes from.
    public enum Kind: String, Sendable, CaseIterable {
        case media, person, organization, document
    }

    /// The mention of the source in the text ("AP", "he", "the filing").
    public var range: TextRange
    /// The canonical source name ("Associated Press" for "AP"; for a pronoun, whom it refers to).
    public var source: String
    /// The attribution phrase: "reports", "told", "said", "according to", "said in a statement".
    public var cue: String
    public var kind: Kind
    /// Index into the document's `sentences` of the statement that is attributed.
    public var sentence: Int
    /// The canonical id of the source entity, when known.
    public var sourceID: String?
    /// Where the cue stands in the text, when it is a span of it.
    public var cueRange: TextRange?

    public init(range: TextRange, source: String, cue: String, kind: Kind, sentence: Int,
                sourceID: String? = nil, cueRange: TextRange? = nil) {
        self.range = range
        self.source = source
        self.cue = cue
        self.kind = kind
        self.sentence = sentence
        self.sourceID = sourceID
        self.cueRange = cueRange
    }
}
