/// How much each feature counts in a keyword's score; every one is a stage parameter.
///
/// A term's score grows with its frequency in the document and its rarity in general English
/// (a TF-IDF without a corpus), and is raised by the YAKE-style features: written capitalized
/// or as an acronym, early in the text, spread over many sentences; and lowered when the
/// term's neighbours vary a lot (the mark of a filler word). A phrase scores its words' mean,
/// times how much its words keep together, a length factor and the entity boost.
public struct KeywordWeights: Sendable, Equatable {
    /// Exponent of general-English rarity (0 ignores the frequency table).
    public var rarity: Double = 1.0
    /// Boost for terms written capitalized inside sentences or as acronyms.
    public var casing: Double = 0.1
    /// Boost for terms that occur early (first sentences, the headline).
    public var position: Double = 0.6
    /// Boost for terms spread over many sentences.
    public var spread: Double = 0.5
    /// Penalty for terms whose left and right neighbours are mostly different words.
    public var diversity: Double = 0.3
    /// Exponent of a phrase's cohesion: how often its words occur together rather than apart.
    public var cohesion: Double = 0.6
    /// Factor per word beyond the first; below 1 prefers shorter phrases.
    public var length: Double = 0.9
    /// Boost for phrases that an earlier stage marked as a named entity.
    public var entity: Double = 0.5

    public init() {}
}
