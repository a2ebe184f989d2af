import EnrichKeywords
import Foundation

/// Each sentence as a bag of its content terms, weighted by count times rarity (a TF-IDF
/// vector without a corpus), with two similarities: the cosine of two vectors (how much two
/// sentences say the same, for redundancy), and TextRank's overlap, shared terms over the sum
/// of the log lengths (for centrality; it lets long, informative sentences lead).
///
/// All sentences share flat arrays (sentence `s` owns `starts[s]..<starts[s + 1]`, each of its
/// terms once), so building and comparing vectors allocates per document, never per sentence.
struct SentenceVectors {
    /// The distinct content terms of every sentence, sentence after sentence, in order of first use.
    let terms: [Int32]
    /// `weights[i]`: the weight of `terms[i]` in its sentence (count times rarity).
    let weights: [Double]
    /// Sentence `s`'s entries are `starts[s]..<starts[s + 1]`.
    let starts: [Int]
    let norms: [Double]
    /// Per sentence: how many word tokens it has (content words and stopwords).
    let wordCounts: [Int]
    /// How many distinct terms the document has; term ids are below it.
    let termCount: Int

    var count: Int { starts.count - 1 }

    init(text: AnalyzedText) {
        let sentenceCount = text.sentenceCount
        termCount = text.termCount
        var wordCounts = [Int](repeating: 0, count: sentenceCount)
        var starts = [Int](repeating: 0, count: sentenceCount + 1)
        // Tokens come in sentence order, and so do entries. Per term: its last entry, which is
        // in the current sentence when it is at or past the sentence's first entry; a repeat
        // adds to it. A sentence holds each term once, so there are at most as many entries as
        // tokens.
        var entryOfTerm = [Int](repeating: -1, count: termCount)
        let tokenCount = text.tokens.count
        var entryCount = 0
        var sentence: Int32 = -1
        var sentenceFirstEntry = 0
        var entryTerms: [Int32] = []
        var weights = [Double](unsafeUninitializedCapacity: tokenCount) { weights, initializedWeights in
            entryTerms = [Int32](unsafeUninitializedCapacity: tokenCount) { terms, initializedTerms in
                text.tokens.withUnsafeBufferPointer { tokens in
                    text.termRarity.withUnsafeBufferPointer { rarity in
                        wordCounts.withUnsafeMutableBufferPointer { wordCounts in
                            starts.withUnsafeMutableBufferPointer { starts in
                                entryOfTerm.withUnsafeMutableBufferPointer { entryOfTerm in
                                    for info in tokens where info.term >= 0 {
                                        wordCounts[Int(info.sentence)] += 1
                                        guard !info.isStopword else { continue }
                                        if info.sentence != sentence {
                                            sentence = info.sentence
                                            sentenceFirstEntry = entryCount
                                        }
                                        let term = Int(info.term)
                                        if entryOfTerm[term] >= sentenceFirstEntry {
                                            weights[entryOfTerm[term]] += Double(rarity[term])
                                        } else {
                                            entryOfTerm[term] = entryCount
                                            terms[entryCount] = info.term
                                            weights[entryCount] = Double(rarity[term])
                                            entryCount += 1
                                            starts[Int(info.sentence) + 1] += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                initializedTerms = entryCount
            }
            initializedWeights = entryCount
        }
        var norms = [Double](repeating: 0, count: sentenceCount)
        weights.withUnsafeMutableBufferPointer { weights in
            for sentence in 0..<sentenceCount {
                starts[sentence + 1] += starts[sentence]
                var sumOfSquares = 0.0
                for entry in starts[sentence]..<starts[sentence + 1] { sumOfSquares += weights[entry] * weights[entry] }
                norms[sentence] = sumOfSquares.squareRoot()
            }
        }
        self.terms = entryTerms
        self.weights = weights
        self.starts = starts
        self.norms = norms
        self.wordCounts = wordCounts
    }

    /// How many distinct content terms sentence `sentence` has.
    func distinctTerms(_ sentence: Int) -> Int {
        starts[sentence + 1] - starts[sentence]
    }

    /// The cosine similarity of sentence `sentence` and a dense vector over the document's terms
    /// (`dense[term]`) of norm `norm`.
    func cosine(_ sentence: Int, dense: UnsafeBufferPointer<Double>, norm: Double) -> Double {
        guard norms[sentence] > 0, norm > 0 else { return 0 }
        var product = 0.0
        terms.withUnsafeBufferPointer { terms in
            weights.withUnsafeBufferPointer { weights in
                for entry in starts[sentence]..<starts[sentence + 1] {
                    product += weights[entry] * dense[Int(terms[entry])]
                }
            }
        }
        return product / (norms[sentence] * norm)
    }

    /// Writes sentence `sentence`'s weights into `dense` (indexed by term, all zero before).
    func scatter(_ sentence: Int, into dense: UnsafeMutableBufferPointer<Double>) {
        for entry in starts[sentence]..<starts[sentence + 1] {
            dense[Int(terms[entry])] = weights[entry]
        }
    }

    /// Sets sentence `sentence`'s entries in `dense` back to zero.
    func clear(_ sentence: Int, in dense: UnsafeMutableBufferPointer<Double>) {
        for entry in starts[sentence]..<starts[sentence + 1] {
            dense[Int(terms[entry])] = 0
        }
    }

    /// The sum of all sentence vectors, dense over the document's terms.
    func centroid() -> [Double] {
        var centroid = [Double](repeating: 0, count: termCount)
        for entry in terms.indices {
            centroid[Int(terms[entry])] += weights[entry]
        }
        return centroid
    }

    /// Row-major `count` x `count` TextRank overlaps (shared terms over the sum of the log
    /// lengths); the diagonal is 0. Shared terms are counted along each term's chain of entries
    /// (an entry links to the term's entry in an earlier sentence), so the cost follows the
    /// pairs that share a term, not all pairs.
    func overlaps() -> [Double] {
        let n = count
        var shared = [Double](repeating: 0, count: n * n)
        let entryCount = terms.count
        // One scratch block: per term its latest entry (-1 before its first), per entry the
        // term's entry before it and the entry's sentence.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: termCount + 2 * entryCount) { scratch in
            let latestEntry = scratch.baseAddress!
            let earlierEntry = latestEntry + termCount
            let sentenceOfEntry = earlierEntry + entryCount
            latestEntry.initialize(repeating: -1, count: termCount)
            terms.withUnsafeBufferPointer { terms in
                starts.withUnsafeBufferPointer { starts in
                    shared.withUnsafeMutableBufferPointer { shared in
                        for sentence in 0..<n {
                            for entry in starts[sentence]..<starts[sentence + 1] {
                                let term = Int(terms[entry])
                                var earlier = latestEntry[term]
                                earlierEntry[entry] = earlier
                                sentenceOfEntry[entry] = Int32(sentence)
                                latestEntry[term] = Int32(entry)
                                // A sentence holds a term once: every earlier entry is in an earlier sentence.
                                while earlier >= 0 {
                                    shared[Int(sentenceOfEntry[Int(earlier)]) * n + sentence] += 1
                                    earlier = earlierEntry[Int(earlier)]
                                }
                            }
                        }
                    }
                }
            }
        }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { logLengths in
            for sentence in 0..<n {
                let length = distinctTerms(sentence)
                logLengths[sentence] = length > 1 ? log(Double(length)) : 0
            }
            shared.withUnsafeMutableBufferPointer { shared in
                // Counts are in the upper triangle only; a pair sharing nothing stays 0 both ways.
                for first in 0..<n {
                    for second in (first + 1)..<max(first + 1, n) {
                        let count = shared[first * n + second]
                        if count == 0 { continue }
                        let denominator = logLengths[first] + logLengths[second]
                        let value = count > 0 && logLengths[first] > 0 && logLengths[second] > 0 ? count / denominator : 0
                        shared[first * n + second] = value
                        shared[second * n + first] = value
                    }
                }
            }
        }
        return shared
    }
}
