import EnrichKeywords
import Foundation

/// Each sentence as a bag of its content terms, weighted by count times rarity (a TF-IDF
/// vector without a corpus), with two similarities for every pair: the cosine of the vectors
/// (how much two sentences say the same, for redundancy) and TextRank's overlap, shared terms
/// over the sum of the log lengths (for centrality; it lets long, informative sentences lead).
struct SentenceVectors {
    /// Per sentence: (term, weight), sorted by term.
    private(set) var vectors: [[(term: Int32, weight: Double)]]
    /// Per sentence: how many word tokens it has (content words and stopwords).
    private(set) var wordCounts: [Int]
    /// Row-major `count` x `count` cosine similarities; the diagonal is 0.
    private(set) var similarity: [Double]
    /// Row-major `count` x `count` TextRank overlaps; the diagonal is 0.
    private(set) var overlap: [Double]

    var count: Int { vectors.count }

    init(text: AnalyzedText) {
        let sentenceCount = text.sentenceCount
        var vectors = [[(term: Int32, weight: Double)]](repeating: [], count: sentenceCount)
        var wordCounts = [Int](repeating: 0, count: sentenceCount)
        for index in text.tokens.indices {
            let info = text.tokens[index]
            guard info.term >= 0 else { continue }
            wordCounts[Int(info.sentence)] += 1
            guard !info.isStopword else { continue }
            vectors[Int(info.sentence)].append((info.term, Double(text.termRarity[Int(info.term)])))
        }
        for sentence in vectors.indices {
            vectors[sentence] = Self.merged(vectors[sentence])
        }
        let norms = vectors.map { vector in sqrt(vector.reduce(0) { $0 + $1.weight * $1.weight }) }
        var similarity = [Double](repeating: 0, count: sentenceCount * sentenceCount)
        var overlap = similarity
        let logLengths = vectors.map { $0.count > 1 ? log(Double($0.count)) : 0 }
        for first in 0..<sentenceCount where norms[first] > 0 {
            for second in (first + 1)..<max(first + 1, sentenceCount) where norms[second] > 0 {
                let (dot, shared) = Self.dot(vectors[first], vectors[second])
                let value = dot / (norms[first] * norms[second])
                similarity[first * sentenceCount + second] = value
                similarity[second * sentenceCount + first] = value
                let logSum = logLengths[first] + logLengths[second]
                let textRank = logLengths[first] > 0 && logLengths[second] > 0 ? Double(shared) / logSum : 0
                overlap[first * sentenceCount + second] = textRank
                overlap[second * sentenceCount + first] = textRank
            }
        }
        self.vectors = vectors
        self.wordCounts = wordCounts
        self.similarity = similarity
        self.overlap = overlap
    }

    func similarity(_ first: Int, _ second: Int) -> Double { similarity[first * count + second] }

    func overlap(_ first: Int, _ second: Int) -> Double { overlap[first * count + second] }

    /// Sums the weights of repeated terms.
    private static func merged(_ entries: [(term: Int32, weight: Double)]) -> [(term: Int32, weight: Double)] {
        var result: [(term: Int32, weight: Double)] = []
        result.reserveCapacity(entries.count)
        for entry in entries.sorted(by: { $0.term < $1.term }) {
            if result.last?.term == entry.term {
                result[result.count - 1].weight += entry.weight
            } else {
                result.append(entry)
            }
        }
        return result
    }

    /// The dot product of two vectors and how many terms they share.
    private static func dot(
        _ a: [(term: Int32, weight: Double)], _ b: [(term: Int32, weight: Double)]
    ) -> (Double, Int) {
        var i = 0
        var j = 0
        var sum = 0.0
        var shared = 0
        while i < a.count && j < b.count {
            if a[i].term == b[j].term {
                sum += a[i].weight * b[j].weight
                shared += 1
                i += 1
                j += 1
            } else if a[i].term < b[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return (sum, shared)
    }
}
