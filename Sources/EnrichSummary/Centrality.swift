/// How central each sentence is: PageRank over the graph of TextRank overlaps between sentences,
/// so a sentence ranks high when it shares terms with many sentences that rank high.
enum Centrality {
    static let damping = 0.85
    static let iterations = 40

    /// Scores sum to 1; a sentence similar to none gets only the teleport share.
    static func pageRank(_ vectors: SentenceVectors) -> [Double] {
        let n = vectors.count
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        var outWeight = [Double](repeating: 0, count: n)
        for row in 0..<n {
            for column in 0..<n { outWeight[row] += vectors.overlap(row, column) }
        }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = rank
        for _ in 0..<iterations {
            var dangling = 0.0
            for row in 0..<n where outWeight[row] == 0 { dangling += rank[row] }
            for column in 0..<n {
                var incoming = 0.0
                for row in 0..<n where outWeight[row] > 0 {
                    incoming += rank[row] * vectors.overlap(row, column) / outWeight[row]
                }
                next[column] = (1 - damping) / Double(n) + damping * (incoming + dangling / Double(n))
            }
            swap(&rank, &next)
        }
        return rank
    }
}
