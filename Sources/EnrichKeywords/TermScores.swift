import Foundation

/// Each term's importance in its document, from its statistics (see `KeywordWeights`).
/// Stopwords score 0. Public because the summary stage weighs sentences by the same scores.
public struct TermScores {
    public private(set) var scores: [Double]

    /// What one pass over the tokens learns about a content term.
    struct Statistics {
        var firstSentence: Int32 = -1
        var lastSentence: Int32 = -1
        var sentences: Int32 = 0
        /// Occurrences written capitalized inside a sentence or as an acronym.
        var capitalized: Int32 = 0
        /// Distinct (neighbour, side) pairs.
        var neighbours: Int32 = 0
    }

    /// log2(n) for n below 256: term counts and first sentences are mostly small.
    private static let smallLogarithms = (0..<256).map { log2(Double($0)) }

    public init(text: AnalyzedText, weights: KeywordWeights) {
        scores = [Double](unsafeUninitializedCapacity: text.termCount) { scores, initialized in
            Self.write(text, weights: weights, into: scores)
            initialized = text.termCount
        }
    }

    /// Runs `body` with each term's score, in the thread's term-score block rather than an array
    /// of its own (see `KeywordScratch`).
    static func withScores<Result>(
        of text: AnalyzedText, weights: KeywordWeights, _ body: (UnsafeBufferPointer<Double>) -> Result
    ) -> Result {
        KeywordScratch.withBlock(.termScores, of: Double.self, count: text.termCount) { scores in
            write(text, weights: weights, into: scores)
            return body(UnsafeBufferPointer(scores))
        }
    }

    /// Writes each term's score into `scores`, which has room for one per term.
    private static func write(_ text: AnalyzedText, weights: KeywordWeights, into scores: UnsafeMutableBufferPointer<Double>) {
        // The statistics live in the thread's statistics block, free again once the scores are made.
        KeywordScratch.withBlock(.statistics, of: Statistics.self, count: text.termCount) { statistics in
            statistics.initialize(repeating: Statistics())
            collect(text, into: statistics)
            self.scores(text, statistics: UnsafeBufferPointer(statistics), weights: weights, into: scores)
        }
    }

    /// One pass over the tokens: each content term's statistics. A term's neighbours are counted
    /// per distinct pair of neighbouring tokens in a sentence (a non-word's code is 0, a term's is
    /// its number plus one), a new pair counting for each of its content terms: the left
    /// neighbour's right side and the right one's left side.
    private static func collect(_ text: AnalyzedText, into statistics: UnsafeMutableBufferPointer<Statistics>) {
        KeywordScratch.withNeighbourPairs(side: text.termCount + 1, expectedCount: text.tokens.count) { neighbourPairs in
            text.tokens.withUnsafeBufferPointer { tokens in
                var previous = AnalyzedText.TokenInfo(term: -1, sentence: -1, isStopword: false,
                                                      isCapitalizedInside: false, isAcronym: false, isSentenceInitial: false)
                var previousIsContent = false
                for info in tokens {
                    let isContent = info.term >= 0 && !info.isStopword
                    if isContent {
                        let term = Int(info.term)
                        if statistics[term].firstSentence < 0 { statistics[term].firstSentence = info.sentence }
                        if statistics[term].lastSentence != info.sentence {
                            statistics[term].sentences += 1
                            statistics[term].lastSentence = info.sentence
                        }
                        if info.isCapitalizedInside || info.isAcronym { statistics[term].capitalized += 1 }
                    }
                    if (isContent || previousIsContent) && previous.sentence == info.sentence
                        && neighbourPairs.insert(Int(previous.term &+ 1), Int(info.term &+ 1)) {
                        if previousIsContent { statistics[Int(previous.term)].neighbours += 1 }
                        if isContent { statistics[Int(info.term)].neighbours += 1 }
                    }
                    previous = info
                    previousIsContent = isContent
                }
            }
        }
    }

    /// Every term's score from its statistics, into `scores`.
    private static func scores(
        _ text: AnalyzedText, statistics: UnsafeBufferPointer<Statistics>, weights: KeywordWeights,
        into scores: UnsafeMutableBufferPointer<Double>
    ) {
        let termCount = text.termCount
        let sentenceCount = Double(max(1, text.sentenceCount))
        var largestCount: Int32 = 0
        for term in text.terms where !term.isStopword { largestCount = max(largestCount, term.count) }
        let maxCount = Double(largestCount == 0 ? 1 : largestCount)
        let logarithms = Self.smallLogarithms
        // log2(2 + n) for n ≥ -1, from the table for small n.
        func log2OfTwoPlus(_ n: Int) -> Double { n + 2 < logarithms.count ? logarithms[n + 2] : log2(2 + Double(n)) }
        text.terms.withUnsafeBufferPointer { terms in
            for term in 0..<termCount {
                let info = terms[term]
                guard !info.isStopword else {
                    (scores.baseAddress! + term).initialize(to: 0)
                    continue
                }
                let statistics = statistics[term]
                let count = Double(info.count)
                let frequency = log2OfTwoPlus(Int(info.count) - 1)
                let rarity = weights.rarity == 1 ? Double(info.rarity) : pow(Double(info.rarity), weights.rarity)
                let casing = Double(statistics.capitalized) / count
                let position = 1 / log2OfTwoPlus(Int(statistics.firstSentence))
                let spread = Double(statistics.sentences) / sentenceCount
                let diversity = Double(statistics.neighbours) / (2 * count) * (count / maxCount)
                let score = frequency * rarity
                    * (1 + weights.casing * casing)
                    * (1 + weights.position * position)
                    * (1 + weights.spread * spread)
                    / (1 + weights.diversity * diversity)
                (scores.baseAddress! + term).initialize(to: score)
            }
        }
    }
}
