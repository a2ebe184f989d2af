/// The tables and blocks the keyword hot loops fill per document, kept per thread and emptied
/// between documents (see `KeyTable.removeAll`) rather than allocated and zeroed for each: an
/// array costs a runtime metadata lookup and a `malloc`, and fresh memory is out of the caches.
final class KeywordScratch {
    /// The uses of the per-thread blocks; blocks in use at the same time have different uses.
    enum Block: Int, CaseIterable {
        /// A document's candidates (`CandidateCollector`).
        case candidates
        /// The candidates' scores (`KeywordExtractor`).
        case candidateScores
        /// The heap of the candidates' order (`BestFirst`).
        case order
        /// The terms' statistics (`TermScores`).
        case statistics
        /// The terms' scores (`TermScores.withScores`).
        case termScores
    }

    /// One block per `Block` case, and its size in bytes.
    private var blocks: [(pointer: UnsafeMutableRawPointer, byteCount: Int)] = Block.allCases.map { _ in
        (UnsafeMutableRawPointer.allocate(byteCount: 1 << 12, alignment: 16), 1 << 12)
    }

    /// Candidate phrases by key (`CandidateCollector`).
    private var phrases = KeyTable(minimumCapacity: 1 << 10)
    /// Distinct pairs of neighbouring tokens' terms (`TermScores`).
    private var neighbourPairs = PairSet()

    private static let perThread = ThreadLocal { KeywordScratch() }

    deinit {
        for block in blocks { block.pointer.deallocate() }
    }

    /// Runs `body` with the current thread's `block`, room for `count` elements of a trivial type
    /// `Element`, uninitialized; it is reused after `body` returns, so nothing may escape it.
    static func withBlock<Element, Result>(
        _ block: Block, of _: Element.Type, count: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Result
    ) -> Result {
        let scratch = perThread.value
        let byteCount = max(count, 1) * MemoryLayout<Element>.stride
        if scratch.blocks[block.rawValue].byteCount < byteCount {
            scratch.blocks[block.rawValue].pointer.deallocate()
            scratch.blocks[block.rawValue] = (UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 16), byteCount)
        }
        let elements = scratch.blocks[block.rawValue].pointer.bindMemory(to: Element.self, capacity: max(count, 1))
        return body(UnsafeMutableBufferPointer(start: elements, count: count))
    }

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
