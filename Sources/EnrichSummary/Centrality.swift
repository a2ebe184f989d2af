import Foundation

/// How central each sentence is: PageRank over the graph of TextRank overlaps between sentences,
/// so a sentence ranks high when it shares terms with many sentences that rank high. The graph
/// has a cell for every pair of sentences; past `graphLimit` sentences (a book, a log dump) a
/// sentence's centrality is its cosine with the document's centroid instead, in linear time.
enum Centrality {
    static let damping = 0.85
    static let maximumIterations = 100
    /// Power iteration stops once the ranks (which sum to 1) move less than this in total.
    static let tolerance = 1e-7
    static let graphLimit = 500

    /// Undirected centrality (PageRank, or the centroid cosine past `graphLimit`) and directed
    /// centrality (see `directed`; 0 for every sentence past `graphLimit`). Either is skipped
    /// (all 0) when its weight is 0.
    static func scores(_ vectors: SentenceVectors, undirected: Bool, directed: Bool,
                       backwardPenalty: Double) -> (undirected: [Double], directed: [Double]) {
        let n = vectors.count
        let zeros = [Double](repeating: 0, count: n)
        guard undirected || directed else { return (zeros, zeros) }
        if n > graphLimit {
            guard undirected else { return (zeros, zeros) }
            let centroid = vectors.centroid()
            let norm = centroid.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let cosines = centroid.withUnsafeBufferPointer { dense in
                (0..<n).map { vectors.cosine($0, dense: dense, norm: norm) }
            }
            return (cosines, zeros)
        }
        let overlap = vectors.overlaps()
        return (undirected ? pageRank(overlap, n: n) : zeros,
                directed ? self.directed(overlap, n: n, backwardPenalty: backwardPenalty) : zeros)
    }

    /// Directed centrality in the manner of PacSum (Zheng and Lapata, 2019): a sentence's overlap
    /// with the sentences after it, less `backwardPenalty` times its overlap with those before it.
    /// In news a sentence that later sentences elaborate on states the gist; one that echoes
    /// earlier ones is a detail or a recap.
    static func directed(_ overlap: [Double], n: Int, backwardPenalty: Double) -> [Double] {
        overlap.withUnsafeBufferPointer { overlap in
            (0..<n).map { sentence in
                let row = sentence * n
                var backward = 0.0
                for other in 0..<sentence { backward += overlap[row + other] }
                var forward = 0.0
                for other in (sentence + 1)..<max(sentence + 1, n) { forward += overlap[row + other] }
                return forward - backwardPenalty * backward
            }
        }
    }

    /// PageRank over the symmetric `overlap` matrix (row-major, `n` x `n`) by power iteration.
    /// Scores sum to 1; a sentence similar to none gets only the teleport share.
    static func pageRank(_ overlap: [Double], n: Int) -> [Double] {
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        // A row's rank flows out in proportion to its overlaps; rows with none (dangling) spread
        // theirs evenly. As the matrix is symmetric, what flows into a sentence is the dot
        // product of its own row with the ranks scaled by each row's total.
        var outWeight = [Double](repeating: 0, count: n)
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = rank
        var scaled = rank
        overlap.withUnsafeBufferPointer { overlap in
            for row in 0..<n {
                var total = 0.0
                for column in 0..<n { total += overlap[row * n + column] }
                outWeight[row] = total > 0 ? 1 / total : 0
            }
            for _ in 0..<maximumIterations {
                var danglingRank = 0.0
                for row in 0..<n {
                    scaled[row] = rank[row] * outWeight[row]
                    if outWeight[row] == 0 { danglingRank += rank[row] }
                }
                let base = (1 - damping) / Double(n) + damping * danglingRank / Double(n)
                var change = 0.0
                for sentence in 0..<n {
                    let row = sentence * n
                    var flow = 0.0
                    for other in 0..<n { flow += overlap[row + other] * scaled[other] }
                    next[sentence] = base + damping * flow
                    change += abs(next[sentence] - rank[sentence])
                }
                swap(&rank, &next)
                if change < tolerance { break }
            }
        }
        return rank
    }
}
