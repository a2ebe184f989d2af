import Foundation

/// How central each sentence is: PageRank over the graph of TextRank overlaps between sentences,
/// so a sentence ranks high when it shares terms with many sentences that rank high. The graph
/// has a cell for every pair of sentences; past `graphLimit` sentences (a book, a log dump) a
/// sentence's centrality is its cosine with the document's centroid instead, in linear time.
enum Centrality {
    static let damping = 0.85
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

    /// PageRank over the symmetric `overlap` matrix (row-major, `n` x `n`), solved exactly as the
    /// linear system (I − d·Wᵀ) r = (1 − d)/n by Gaussian elimination, where W holds each row's
    /// overlaps divided by the row's total (a row with none spreads evenly). Power iteration
    /// needs up to ~80 rounds of n² work on graphs with separate components (their shares
    /// settle only at the damping rate); elimination costs n³/3 and skips the zeros of sparse
    /// graphs. No pivoting is needed: the matrix is strictly diagonally dominant by columns.
    /// Scores sum to 1; a sentence similar to none gets only the teleport share.
    static func pageRank(_ overlap: [Double], n: Int) -> [Double] {
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        var system = [Double](repeating: 0, count: n * n)
        var rank = [Double](repeating: (1 - damping) / Double(n), count: n)
        overlap.withUnsafeBufferPointer { overlap in
            system.withUnsafeMutableBufferPointer { system in
                // Column `from` of −d·Wᵀ is −d times row `from` of W, i.e. its overlaps (the
                // matrix is symmetric) over its total.
                for from in 0..<n {
                    let row = from * n
                    var total = 0.0
                    for to in 0..<n { total += overlap[row + to] }
                    if total > 0 {
                        let scale = -damping / total
                        for to in 0..<n { system[to * n + from] = scale * overlap[row + to] }
                    } else {
                        for to in 0..<n { system[to * n + from] = -damping / Double(n) }
                    }
                    system[from * n + from] += 1
                }
                for pivotRow in 0..<n {
                    let pivot = system[pivotRow * n + pivotRow]
                    for row in (pivotRow + 1)..<max(pivotRow + 1, n) {
                        let factor = system[row * n + pivotRow] / pivot
                        if factor == 0 { continue }
                        for column in (pivotRow + 1)..<n {
                            system[row * n + column] -= factor * system[pivotRow * n + column]
                        }
                        rank[row] -= factor * rank[pivotRow]
                    }
                }
                for row in stride(from: n - 1, through: 0, by: -1) {
                    var value = rank[row]
                    for column in (row + 1)..<max(row + 1, n) { value -= system[row * n + column] * rank[column] }
                    rank[row] = value / system[row * n + row]
                }
            }
        }
        return rank
    }
}
