import EnrichKeywords
import Foundation

/// Each sentence as a bag of its content terms, weighted by count times rarity (a TF-IDF
/// vector without a corpus), with two similarities: the cosine of two vectors (how much two
/// sentences say the same, for redundancy), and TextRank's overlap, shared terms over the sum
/// of the log lengths (for centrality; it lets long, informative sentences lead).
struct SentenceVectors {
    typealias Vector = [(term: Int32, weight: Double)]

    /// Per sentence: (term, weight), sorted by term.
    private(set) var vectors: [Vector]
    private(set) var norms: [Double]
    /// Per sentence: how many word tokens it has (content words and stopwords).
    private(set) var wordCounts: [Int]

    var count: Int { vectors.count }

    init(text: AnalyzedText) {
        let sentenceCount = text.sentenceCount
        var vectors = [Vector](repeating: [], count: sentenceCount)
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
        self.vectors = vectors
        self.norms = vectors.map { vector in sqrt(vector.reduce(0) { $0 + $1.weight * $1.weight }) }
        self.wordCounts = wordCounts
    }

    /// The cosine similarity of two sentences.
    func cosine(_ first: Int, _ second: Int) -> Double {
        guard norms[first] > 0, norms[second] > 0 else { return 0 }
        return Self.dot(vectors[first], vectors[second]).product / (norms[first] * norms[second])
    }

    /// The cosine similarity of a sentence and another vector of norm `norm`.
    func cosine(_ sentence: Int, _ vector: Vector, norm: Double) -> Double {
        guard norms[sentence] > 0, norm > 0 else { return 0 }
        return Self.dot(vectors[sentence], vector).product / (norms[sentence] * norm)
    }

    /// Row-major `count` x `count` TextRank overlaps; the diagonal is 0.
    func overlaps() -> [Double] {
        let n = count
        var overlap = [Double](repeating: 0, count: n * n)
        let logLengths = vectors.map { $0.count > 1 ? log(Double($0.count)) : 0 }
        for first in 0..<n where logLengths[first] > 0 {
            for second in (first + 1)..<max(first + 1, n) where logLengths[second] > 0 {
                let shared = Double(Self.dot(vectors[first], vectors[second]).shared)
                let value = shared / (logLengths[first] + logLengths[second])
                overlap[first * n + second] = value
                overlap[second * n + first] = value
            }
        }
        return overlap
    }

    /// The sum of all sentence vectors.
    func centroid() -> Vector {
        Self.merged(vectors.flatMap { $0 })
    }

    /// Sums the weights of repeated terms.
    private static func merged(_ entries: Vector) -> Vector {
        var result: Vector = []
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
    private static func dot(_ a: Vector, _ b: Vector) -> (product: Double, shared: Int) {
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
