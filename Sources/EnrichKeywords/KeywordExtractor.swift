import EnrichCore
import Foundation

/// A keyword with the key that identifies it across documents (its terms' stem hashes), so
/// that the keywords of a digest's articles can be pooled.
public struct RankedKeyword: Sendable {
    public var keyword: Keyword
    public var key: UInt64
}

/// Scores a document's candidate phrases and keeps the best, best first, scores in [0, 1].
///
/// A candidate that occurs (almost) only inside a longer one is subsumed by it: the longer
/// phrase takes the place of the better of the two ("Ashton Kutcher" for "Ashton").
public struct KeywordExtractor: Sendable {
    public let weights: KeywordWeights
    public let lexicon: Lexicon
    /// `pow(count / largest, weights.cohesion)` for the common small counts, made once per
    /// extractor: the same `pow` results a candidate would compute, without its cost per candidate.
    private let cohesionFactors: CohesionFactors

    public init(lexicon: Lexicon, weights: KeywordWeights = KeywordWeights()) {
        self.lexicon = lexicon
        self.weights = weights
        cohesionFactors = CohesionFactors(exponent: weights.cohesion)
    }

    /// The `limit` best keywords of `document`, which must have sentences and tokens.
    public func keywords(of document: Document, limit: Int) -> [RankedKeyword] {
        guard let tokens = document.tokens, let sentences = document.sentences, limit > 0 else { return [] }
        return document.withUTF8 { utf8 in
            let text = AnalyzedText(utf8: utf8, tokens: tokens, sentences: sentences, lexicon: lexicon)
            return TermScores.withScores(of: text, weights: weights) { termScores in
                CandidateCollector.withCandidates(text: text, tokens: tokens, entities: document.entities) { candidates in
                    KeywordScratch.withBlock(.candidateScores, of: Double.self, count: candidates.count) { scores in
                        self.scores(of: candidates, termScores: termScores, text: text, into: scores)
                        let best = BestFirst.withOrder(UnsafeBufferPointer(scores)) { order in
                            Self.best(limit, of: candidates, scores: UnsafeBufferPointer(scores), order: &order)
                        }
                        let top = best.first?.score ?? 1
                        return best.map { index, score in
                            let candidate = candidates[index]
                            var key = WordHash.seed
                            for position in 0..<candidate.key.count {
                                key = WordHash.mix(key, text.terms[Int(candidate.key[position])].key)
                            }
                            let phrase = Self.surface(candidate.surface, tokens: tokens, utf8: utf8)
                            return RankedKeyword(keyword: Keyword(text: phrase, score: Self.rounded(score / top)), key: key)
                        }
                    }
                }
            }
        }
    }

    /// The `limit` best candidates in `order` (indices and scores), a candidate subsumed by a
    /// kept one skipped, and one that subsumes a kept one taking its place.
    private static func best(
        _ limit: Int, of candidates: UnsafeBufferPointer<CandidatePhrase>, scores: UnsafeBufferPointer<Double>,
        order: inout BestFirst
    ) -> [(index: Int, score: Double)] {
        var kept: [(index: Int, score: Double)] = []
        kept.reserveCapacity(limit)
        while let index = order.next() {
            let candidate = candidates[index]
            if kept.contains(where: { subsumes(candidates[$0.index], candidate) }) { continue }
            if let part = kept.firstIndex(where: { subsumes(candidate, candidates[$0.index]) }) {
                kept[part].index = index
                continue
            }
            kept.append((index, scores[index]))
            if kept.count == limit { break }
        }
        return kept
    }

    /// Whether `longer` contains `part` and `part` occurs (almost) only inside it, so that
    /// `longer` says all `part` says: "Ashton Kutcher" and "Kutcher", when he is never "Kutcher" alone.
    /// A phrase seen once ("Tollbridge won") is no evidence that its words belong together.
    static func subsumes(_ longer: CandidatePhrase, _ part: CandidatePhrase) -> Bool {
        // The cheap tests first: most pairs fail on the counts.
        longer.count >= 2 && part.key.count < longer.key.count && Double(part.count) <= 1.25 * Double(longer.count)
            && part.key.isPart(of: longer.key)
    }

    /// Each candidate's score: its terms' mean score, times its cohesion (to the cohesion
    /// weight), the length weight per word beyond the first, and the entity boost.
    private func scores(
        of candidates: UnsafeBufferPointer<CandidatePhrase>, termScores: UnsafeBufferPointer<Double>, text: AnalyzedText,
        into scores: UnsafeMutableBufferPointer<Double>
    ) {
        var lengthFactors = (1.0, 1.0, 1.0, 1.0)
        lengthFactors.1 = pow(weights.length, 1)
        lengthFactors.2 = pow(weights.length, 2)
        lengthFactors.3 = pow(weights.length, 3)
        text.terms.withUnsafeBufferPointer { terms in
            for index in candidates.indices {
                let candidate = candidates[index]
                let words = candidate.key.count
                var score: Double
                var largestCount: Int32 = 0
                if words == 1 {
                    // The mean of one score is that score.
                    let term = Int(candidate.key.terms.0)
                    score = termScores[term]
                    if !terms[term].isStopword { largestCount = terms[term].count }
                } else {
                    var sum = 0.0
                    for position in 0..<words {
                        let term = Int(candidate.key[position])
                        sum += termScores[term]
                        if !terms[term].isStopword { largestCount = max(largestCount, terms[term].count) }
                    }
                    score = sum / Double(words)
                }
                let largest = max(1, largestCount)
                if candidate.count < largest { score *= cohesionFactors.factor(candidate.count, of: largest) }
                switch words {
                case 2: score *= lengthFactors.1
                case 3: score *= lengthFactors.2
                case 4: score *= lengthFactors.3
                default: break
                }
                if candidate.isEntity { score *= 1 + weights.entity }
                scores[index] = score
            }
        }
    }

    /// The phrase as written at `tokens`, whitespace runs turned into single spaces and a final
    /// possessive dropped ("Apple's" -> "Apple").
    static func surface(_ range: Range<Int>, tokens: [Token], utf8: UnsafeBufferPointer<UInt8>) -> String {
        let start = tokens[range.lowerBound].range.start
        var end = tokens[range.upperBound - 1].range.end
        if end - start > 2 && utf8[end - 2] == UInt8(ascii: "'") && utf8[end - 1] == UInt8(ascii: "s") {
            end -= 2
        } else if end - start > 4 && utf8[end - 4] == 0xE2 && utf8[end - 3] == 0x80 && utf8[end - 2] == 0x99
                    && utf8[end - 1] == UInt8(ascii: "s") {
            end -= 4
        }
        return String(unsafeUninitializedCapacity: end - start) { bytes in
            var count = 0
            var offset = start
            while offset < end {
                let byte = utf8[offset]
                // Printable ASCII, the common case, is never whitespace.
                if byte <= 0x20 || byte >= 0x80, let width = utf8.whitespaceWidth(at: offset) {
                    if count == 0 || bytes[count - 1] != UInt8(ascii: " ") {
                        bytes[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    offset += width
                } else {
                    bytes[count] = byte
                    count += 1
                    offset += 1
                }
            }
            return count
        }
    }

    /// Scores are written with four decimals; output stays byte-identical across runs.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
