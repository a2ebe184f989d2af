/// A token: a word, number, punctuation mark or symbol, with its UTF-8 range in the text.
public struct Token: Hashable, Sendable {
    /// What a token is made of; later stages (entities, keywords) key their rules on it.
    public enum Kind: UInt8, Sendable, CustomStringConvertible {
        /// Letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "state-backed").
        case word
        /// Digits, possibly with separators or a decimal point ("100,000", "3.5").
        case number
        /// Punctuation (".", "“", "—").
        case punctuation
        /// Anything else that is not whitespace ("$", "%", "©", emoji), and URLs or e-mail addresses.
        case symbol

        public var description: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .punctuation: "punctuation"
            case .symbol: "symbol"
            }
        }
    }

    public var range: TextRange
    public var kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
