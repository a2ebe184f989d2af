import EnrichKeywords
import Foundation

/// Each sentence as a bag of its content terms, weighted by count times rarity (a TF-IDF
/// vector without a corpus), with two similarities: the cosine of two vectors (how much two
/// sentences say the same, for redundancy), and TextRank's overlap, shared terms over the sum
/// of the log lengths (for centrality; it lets long, informative sentences lead).
///
/// All sentences share one array of entries (sentence `s` owns `sentences[s].entries`, each of
/// its terms once), so building and comparing vectors allocates two arrays per document, never
/// per sentence.
struct SentenceVectors {
    /// One of a sentence's distinct content terms and its weight there (count times rarity).
    struct Entry {
        var term: Int32
        var weight: Double
    }

    /// Where a sentence's entries are, its vector's norm and its word count.
    struct Sentence {
        var start: Int32 = 0
        var end: Int32 = 0
        /// How many word tokens it has (content words and stopwords).
        var wordCount: Int32 = 0
        var norm: Double = 0

        var entries: Range<Int> { Int(start)..<Int(end) }
    }

    /// The distinct content terms of every sentence, sentence after sentence, in order of first use.
    let entries: [Entry]
    let sentences: [Sentence]
    /// How many distinct terms the document has; term ids are below it.
    let termCount: Int

    var count: Int { sentences.count }

    init(text: AnalyzedText) {
        let termCount = text.termCount
        self.termCount = termCount
        var sentences = [Sentence](repeating: Sentence(), count: text.sentenceCount)
        // Tokens come in sentence order, and so do entries. Per term: its last entry, which is
        // in the current sentence when it is at or past the sentence's first entry; a repeat
        // adds to it. A sentence holds each term once, so there are at most as many entries as
        // tokens.
        entries = [Entry](unsafeUninitializedCapacity: text.tokens.count) { entries, initialized in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: termCount) { entryOfTerm in
                entryOfTerm.initialize(repeating: -1)
                text.tokens.withUnsafeBufferPointer { tokens in
                    text.terms.withUnsafeBufferPointer { terms in
                        sentences.withUnsafeMutableBufferPointer { sentences in
                            var entryCount: Int32 = 0
                            var sentence: Int32 = -1
                            for info in tokens where info.term >= 0 {
                                sentences[Int(info.sentence)].wordCount += 1
                                guard !info.isStopword else { continue }
                                if info.sentence != sentence {
                                    sentence = info.sentence
                                    sentences[Int(sentence)].start = entryCount
                                }
                                let term = Int(info.term)
                                let entry = entryOfTerm[term]
                                if entry >= sentences[Int(sentence)].start {
                                    entries[Int(entry)].weight += Double(terms[term].rarity)
                                } else {
                                    entryOfTerm[term] = entryCount
                                    (entries.baseAddress! + Int(entryCount)).initialize(
                                        to: Entry(term: info.term, weight: Double(terms[term].rarity)))
                                    entryCount += 1
                                }
                                sentences[Int(sentence)].end = entryCount
                            }
                            // A sentence without content words starts and ends where the one before ended.
                            var end: Int32 = 0
                            for index in sentences.indices {
                                if sentences[index].end == 0 {
                                    sentences[index].start = end
                                    sentences[index].end = end
                                }
                                end = sentences[index].end
                                var sumOfSquares = 0.0
                                for entry in sentences[index].entries {
                                    sumOfSquares += entries[entry].weight * entries[entry].weight
                                }
                                sentences[index].norm = sumOfSquares.squareRoot()
                            }
                            initialized = Int(entryCount)
                        }
                    }
                }
            }
        }
        self.sentences = sentences
    }

    /// How many distinct content terms sentence `sentence` has.
    func distinctTerms(_ sentence: Int) -> Int {
        Int(sentences[sentence].end - sentences[sentence].start)
    }

    /// The cosine similarity of sentence `sentence` and a dense vector over the document's terms
    /// (`dense[term]`) of norm `norm`.
    func cosine(_ sentence: Int, dense: UnsafeBufferPointer<Double>, norm: Double) -> Double {
        let sentenceNorm = sentences[sentence].norm
        guard sentenceNorm > 0, norm > 0 else { return 0 }
        var product = 0.0
        entries.withUnsafeBufferPointer { entries in
            for entry in sentences[sentence].entries {
                product += entries[entry].weight * dense[Int(entries[entry].term)]
            }
        }
        return product / (sentenceNorm * norm)
    }

    /// Writes sentence `sentence`'s weights into `dense` (indexed by term, all zero before).
    func scatter(_ sentence: Int, into dense: UnsafeMutableBufferPointer<Double>) {
        for entry in sentences[sentence].entries {
            dense[Int(entries[entry].term)] = entries[entry].weight
        }
    }

    /// Sets sentence `sentence`'s entries in `dense` back to zero.
    func clear(_ sentence: Int, in dense: UnsafeMutableBufferPointer<Double>) {
        for entry in sentences[sentence].entries {
            dense[Int(entries[entry].term)] = 0
        }
    }

    /// The sum of all sentence vectors, dense over the document's terms.
    func centroid() -> [Double] {
        var centroid = [Double](repeating: 0, count: termCount)
        for entry in entries {
            centroid[Int(entry.term)] += entry.weight
        }
        return centroid
    }

    /// Writes into `shared` the row-major `count` x `count` TextRank overlaps (shared terms over
    /// the sum of the log lengths); the diagonal is 0. Shared terms are counted along each
    /// term's chain of entries (an entry links to the term's entry in an earlier sentence), so
    /// the cost follows the pairs that share a term, not all pairs.
    func overlaps(into shared: UnsafeMutableBufferPointer<Double>) {
        let n = count
        shared.initialize(repeating: 0)
        let entryCount = entries.count
        // One scratch block: per term its latest entry (-1 before its first), per entry the
        // term's entry before it and the entry's sentence.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: termCount + 2 * entryCount) { scratch in
            let latestEntry = scratch.baseAddress!
            let earlierEntry = latestEntry + termCount
            let sentenceOfEntry = earlierEntry + entryCount
            latestEntry.initialize(repeating: -1, count: termCount)
            entries.withUnsafeBufferPointer { entries in
                sentences.withUnsafeBufferPointer { sentences in
                    for sentence in 0..<n {
                        for entry in sentences[sentence].entries {
                            let term = Int(entries[entry].term)
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
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { logLengths in
            for sentence in 0..<n {
                let length = distinctTerms(sentence)
                logLengths[sentence] = length > 1 ? log(Double(length)) : 0
            }
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
}
