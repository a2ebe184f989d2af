/// The tables the keyword hot loops fill per document, kept per thread and emptied between
/// documents (see `KeyTable.removeAll`) rather than allocated and zeroed for each.
final class KeywordScratch {
    /// Candidate phrases by key (`CandidateCollector`).
    private var phrases = KeyTable(minimumCapacity: 1 << 10)
    /// Distinct pairs of neighbouring tokens' terms (`TermScores`).
    private var neighbourPairs = PairSet()

    private static let perThread = ThreadLocal { KeywordScratch() }

    /// Runs `body` with the current thread's phrase table, emptied, with room for `capacity` keys.
    static func withPhraseTable<Result>(capacity: Int, _ body: (inout KeyTable) -> Result) -> Result {
        let scratch = perThread.value
        scratch.phrases.removeAll(keepingCapacityFor: capacity)
        return body(&scratch.phrases)
    }

    /// Runs `body` with the current thread's neighbour-pair set, emptied, for pairs of codes
    /// below `side`, about `expectedCount` of them.
    static func withNeighbourPairs<Result>(side: Int, expectedCount: Int, _ body: (inout PairSet) -> Result) -> Result {
        let scratch = perThread.value
        scratch.neighbourPairs.removeAll(side: side, expectedCount: expectedCount)
        return body(&scratch.neighbourPairs)
    }
}
