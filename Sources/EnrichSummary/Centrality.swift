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

    static func scores(_ vectors: SentenceVectors) -> [Double] {
        if vectors.count > graphLimit {
            let centroid = vectors.centroid()
            let norm = sqrt(centroid.reduce(0) { $0 + $1.weight * $1.weight })
            return (0..<vectors.count).map { vectors.cosine($0, centroid, norm: norm) }
        }
        return pageRank(vectors)
    }

    /// Scores sum to 1; a sentence similar to none gets only the teleport share.
    static func pageRank(_ vectors: SentenceVectors) -> [Double] {
        let n = vectors.count
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let overlap = vectors.overlaps()
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
