import Foundation

/// How central each sentence is: PageRank over the graph of TextRank overlaps between sentences,
/// so a sentence ranks high when it shares terms with many sentences that rank high. The graph
/// has a cell for every pair of sentences; past `graphLimit` sentences (a book, a log dump) a
/// sentence's centrality is its cosine with the document's centroid instead, in linear time.
enum Centrality {
    static let damping = 0.85
    static let maximumIterations = 100
    static let tolerance = 1e-7
    static let graphLimit = 500

    /// Undirected centrality (PageRank, or the centroid cosine past `graphLimit`) and directed
    /// centrality (see `directed`; 0 for every sentence past `graphLimit`).
    static func scores(_ vectors: SentenceVectors, backwardPenalty: Double) -> (undirected: [Double], directed: [Double]) {
        let n = vectors.count
        if n > graphLimit {
            let centroid = vectors.centroid()
            let norm = centroid.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let undirected = centroid.withUnsafeBufferPointer { dense in
                (0..<n).map { vectors.cosine($0, dense: dense, norm: norm) }
            }
            return (undirected, [Double](repeating: 0, count: n))
        }
        let overlap = vectors.overlaps()
        return (pageRank(overlap, n: n), directed(overlap, n: n, backwardPenalty: backwardPenalty))
    }

    /// Directed centrality in the manner of PacSum (Zheng and Lapata, 2019): a sentence's overlap
    /// with the sentences after it, less `backwardPenalty` times its overlap with those before it.
    /// In news a sentence that later sentences elaborate on states the gist; one that echoes
    /// earlier ones is a detail or a recap.
    static func directed(_ overlap: [Double], n: Int, backwardPenalty: Double) -> [Double] {
        (0..<n).map { sentence in
            var forward = 0.0
            var backward = 0.0
            for other in 0..<n where other != sentence {
                if other > sentence {
                    forward += overlap[sentence * n + other]
                } else {
                    backward += overlap[sentence * n + other]
                }
            }
            return forward - backwardPenalty * backward
        }
    }

    /// Scores sum to 1; a sentence similar to none gets only the teleport share.
    static func pageRank(_ overlap: [Double], n: Int) -> [Double] {
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        // incoming[column * n + row]: the share of row's rank that flows to column.
        var incoming = [Double](repeating: 0, count: n * n)
        var dangling: [Int] = []
        for row in 0..<n {
            var total = 0.0
            for column in 0..<n { total += overlap[row * n + column] }
            if total == 0 {
                dangling.append(row)
                continue
            }
            for column in 0..<n { incoming[column * n + row] = overlap[row * n + column] / total }
        }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = rank
        for _ in 0..<maximumIterations {
            let danglingShare = dangling.reduce(0) { $0 + rank[$1] } / Double(n)
            var change = 0.0
            incoming.withUnsafeBufferPointer { weights in
                for column in 0..<n {
                    var flow = 0.0
                    let base = column * n
                    for row in 0..<n { flow += rank[row] * weights[base + row] }
                    next[column] = (1 - damping) / Double(n) + damping * (flow + danglingShare)
                    change += abs(next[column] - rank[column])
                }
            }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }
}
