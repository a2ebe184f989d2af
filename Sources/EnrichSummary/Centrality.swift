import Foundation

/// How central each sentence is: PageRank over the graph of TextRank overlaps between sentences,
/// so a sentence ranks high when it shares terms with many sentences that rank high. The graph
/// has a cell for every pair of sentences; past `graphLimit` sentences (a book, a log dump) a
/// sentence's centrality is its cosine with the document's centroid instead, in linear time.
enum Centrality {
    static let damping = 0.85
    static let graphLimit = 500

    /// Writes undirected centrality (PageRank, or the centroid cosine past `graphLimit`) into
    /// `undirectedScores` and directed centrality (see `directed`; 0 for every sentence past
    /// `graphLimit`) into `directedScores`, one per sentence; either is skipped (all 0) when its
    /// weight is 0. The caller's blocks, rather than arrays per document.
    static func scores(_ vectors: SentenceVectors, undirected: Bool, directed: Bool, backwardPenalty: Double,
                       into undirectedScores: UnsafeMutableBufferPointer<Double>,
                       _ directedScores: UnsafeMutableBufferPointer<Double>) {
        let n = vectors.count
        undirectedScores.initialize(repeating: 0)
        directedScores.initialize(repeating: 0)
        guard undirected || directed else { return }
        if n > graphLimit {
            guard undirected else { return }
            let centroid = vectors.centroid()
            let norm = centroid.reduce(0) { $0 + $1 * $1 }.squareRoot()
            centroid.withUnsafeBufferPointer { dense in
                for sentence in 0..<n { undirectedScores[sentence] = vectors.cosine(sentence, dense: dense, norm: norm) }
            }
            return
        }
        // The overlaps in a scratch block, which PageRank then turns into its system.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n * n) { overlap in
            vectors.overlaps(into: overlap)
            if directed {
                self.directed(UnsafeBufferPointer(overlap), n: n, backwardPenalty: backwardPenalty, into: directedScores)
            }
            if undirected { pageRank(overlap, n: n, into: undirectedScores) }
        }
    }

    /// Directed centrality in the manner of PacSum (Zheng and Lapata, 2019): a sentence's overlap
    /// with the sentences after it, less `backwardPenalty` times its overlap with those before it.
    /// In news a sentence that later sentences elaborate on states the gist; one that echoes
    /// earlier ones is a detail or a recap.
    static func directed(
        _ overlap: UnsafeBufferPointer<Double>, n: Int, backwardPenalty: Double, into scores: UnsafeMutableBufferPointer<Double>
    ) {
        for sentence in 0..<n {
            let row = sentence * n
            var backward = 0.0
            for other in 0..<sentence { backward += overlap[row + other] }
            var forward = 0.0
            for other in (sentence + 1)..<max(sentence + 1, n) { forward += overlap[row + other] }
            scores[sentence] = forward - backwardPenalty * backward
        }
    }

    /// PageRank over the symmetric `overlap` matrix (row-major, `n` x `n`), solved exactly
    /// rather than by power iteration, which needs up to ~80 rounds of n² work on graphs with
    /// separate components (their shares settle only at the damping rate).
    ///
    /// A sentence with no overlaps (dangling) gets rank only from the teleport and the dangling
    /// share, the same amount c for each. Every other sentence i, with total overlap tᵢ, has
    /// rᵢ = c + d·Σⱼ Oᵢⱼ·rⱼ/tⱼ; writing rᵢ = c·tᵢ·yᵢ turns that into (D − d·O)·y = 1 with D the
    /// diagonal of totals: a symmetric, strictly diagonally dominant system, so elimination
    /// needs no pivoting and only the upper triangle (n³/6). The ranks are then scaled to sum
    /// to 1, which fixes c. A sentence similar to none gets only the teleport share.
    ///
    /// The system is built in the matrix it is given, which it overwrites (its diagonal and upper
    /// triangle; a row is summed before it is overwritten, and the lower triangle is left as it is).
    /// The ranks go into `rank`, one per sentence.
    static func pageRank(_ system: UnsafeMutableBufferPointer<Double>, n: Int, into rank: UnsafeMutableBufferPointer<Double>) {
        rank.update(repeating: 1)
        guard n > 1 else { return }
        // `totals` in a scratch block; the system is solved in place in `rank`.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { totals in
            let matrix = system.baseAddress!
            for row in 0..<n {
                let cells = matrix + row * n
                var total = 0.0
                for column in 0..<n { total += cells[column] }
                totals[row] = total
                cells[row] = total > 0 ? total : 1
                for column in (row + 1)..<max(row + 1, n) { cells[column] = -damping * cells[column] }
            }
            // Elimination on the upper triangle: row `row`'s entry in the pivot's column is,
            // by symmetry, the pivot row's entry in row `row`'s column.
            for pivotRow in 0..<n {
                let pivotCells = matrix + pivotRow * n
                let pivot = pivotCells[pivotRow]
                for row in (pivotRow + 1)..<max(pivotRow + 1, n) {
                    let factor = pivotCells[row] / pivot
                    if factor == 0 { continue }
                    let cells = matrix + row * n
                    for column in row..<n { cells[column] -= factor * pivotCells[column] }
                    rank[row] -= factor * rank[pivotRow]
                }
            }
            for row in stride(from: n - 1, through: 0, by: -1) {
                let cells = matrix + row * n
                var value = rank[row]
                for column in (row + 1)..<max(row + 1, n) { value -= cells[column] * rank[column] }
                rank[row] = value / cells[row]
            }
            for row in 0..<n { rank[row] = totals[row] > 0 ? totals[row] * rank[row] : 1 }
        }
        let sum = rank.reduce(0, +)
        for index in rank.indices { rank[index] /= sum }
    }
}
