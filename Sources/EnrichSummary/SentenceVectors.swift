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
    /// lengths); the diagonal is 0. Shared terms are counted from each term's list of
    /// sentences, so the cost follows the pairs that share a term, not all pairs.
    func overlaps() -> [Double] {
        let n = count
        var shared = [Double](repeating: 0, count: n * n)
        // Postings: for every term, the sentences holding it, ascending. One scratch block holds
        // the postings' starts, a cursor per term and the postings, so a document allocates once.
        let entryCount = terms.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * termCount + 1 + entryCount) { scratch in
            let postingStarts = scratch.baseAddress!
            let cursor = postingStarts + termCount + 1
            let postings = cursor + termCount
            postingStarts.initialize(repeating: 0, count: termCount + 1)
            terms.withUnsafeBufferPointer { terms in
                starts.withUnsafeBufferPointer { starts in
                    for term in terms { postingStarts[Int(term) + 1] += 1 }
                    for term in 0..<termCount {
                        postingStarts[term + 1] += postingStarts[term]
                        cursor[term] = postingStarts[term]
                    }
                    for sentence in 0..<n {
                        for entry in starts[sentence]..<starts[sentence + 1] {
                            let term = Int(terms[entry])
                            postings[cursor[term]] = sentence
                            cursor[term] += 1
                        }
                    }
                }
            }
            shared.withUnsafeMutableBufferPointer { shared in
                for term in 0..<termCount where postingStarts[term + 1] - postingStarts[term] > 1 {
                    let range = postingStarts[term]..<postingStarts[term + 1]
                    for first in range {
                        let row = postings[first] * n
                        for second in (first + 1)..<range.upperBound {
                            shared[row + postings[second]] += 1
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
