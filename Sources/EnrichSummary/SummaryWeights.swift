/// How a sentence's score is made and how redundancy is traded against it; every field is a
/// stage parameter.
public struct SummaryWeights: Sendable, Equatable {
    /// Weight of the position score: 1 for the first sentence, falling with the sentence index
    /// (news puts the gist first). Off by default: directed centrality carries the lead bias
    /// and does better on human-written news summaries.
    public var position: Double = 0
    /// How fast the position score falls: 1 / (1 + index)^decay.
    public var positionDecay: Double = 1.0
    /// Weight of centrality (PageRank over sentence similarities), rescaled so the top is 1.
    public var centrality: Double = 0.3
    /// Centrality is multiplied by the sentence's word count raised to this power before it is
    /// rescaled. TextRank's overlap already leans toward long sentences (shared terms grow faster
    /// than log lengths); a positive exponent leans further, which references holding a large
    /// share of the article reward (their F1 is bound by recall). 0 by default: human-written
    /// highlights are short.
    public var centralityLength: Double = 0
    /// Weight of directed centrality: overlap with later sentences less overlap with earlier
    /// ones (`backwardPenalty` times), rescaled so the largest magnitude is 1.
    public var directedCentrality: Double = 1.0
    /// How much overlap with earlier sentences counts against a sentence in directed centrality.
    public var backwardPenalty: Double = 1.0
    /// Weight of coverage: the summed scores of the document's key terms in the sentence,
    /// rescaled so the top is 1. Off by default: it favours long sentences, which centrality
    /// already does.
    public var coverage: Double = 0
    /// Weight of named-entity mentions from an earlier stage, rescaled so the top is 1. Off by
    /// default: like coverage it favours long, name-dense sentences, which centrality already does.
    public var entities: Double = 0
    /// Weight of the title method (Edmundson, 1969): the cosine of the sentence with the
    /// document's headline (`Document.title`), rescaled so the top is 1; 0 for every sentence
    /// when there is no headline.
    public var title: Double = 0.3
    /// MMR trade-off: 1 ranks by score alone, lower values penalize similarity to sentences
    /// already chosen.
    public var relevance: Double = 0.85
    /// A sentence at least this similar (cosine) to one already chosen is a near-duplicate and is
    /// taken only when nothing else is left.
    public var duplicate: Double = 0.7
    /// Sentences with fewer words than this lose the sum of all weights, which puts them behind
    /// nearly every other sentence (datelines, bylines, "Photo: AP").
    public var minimumWords: Int = 6

    public init() {}
}
