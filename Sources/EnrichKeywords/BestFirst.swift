/// The indices of `scores` above zero, best first (ties by index), produced one at a time from a
/// binary heap: the extractor usually stops after a few dozen of a document's thousand
/// candidates, so a full sort would mostly order candidates nobody looks at.
///
/// The heap lives in the thread's `order` block (see `KeywordScratch`), so an order must not
/// outlive the `withOrder` call that made it.
struct BestFirst: IteratorProtocol {
    struct Entry {
        var score: Double
        var index: Int32

        /// Whether this candidate comes before `other`.
        @inline(__always)
        func precedes(_ other: Entry) -> Bool {
            score != other.score ? score > other.score : index < other.index
        }
    }

    /// The heap is `heap[0..<count]`; entries past it have been handed out.
    private let heap: UnsafeMutablePointer<Entry>
    private var count: Int

    /// Runs `body` with the order of `scores`.
    static func withOrder<Result>(_ scores: UnsafeBufferPointer<Double>, _ body: (inout BestFirst) -> Result) -> Result {
        KeywordScratch.withBlock(.order, of: Entry.self, count: scores.count) { heap in
            var order = BestFirst(scores, heap: heap)
            return body(&order)
        }
    }

    private init(_ scores: UnsafeBufferPointer<Double>, heap: UnsafeMutableBufferPointer<Entry>) {
        var filled = 0
        for index in scores.indices where scores[index] > 0 {
            (heap.baseAddress! + filled).initialize(to: Entry(score: scores[index], index: Int32(index)))
            filled += 1
        }
        let entries = UnsafeMutableBufferPointer(rebasing: heap[0..<filled])
        var parent = filled / 2 - 1
        while parent >= 0 {
            Self.siftDown(parent, in: entries)
            parent -= 1
        }
        self.heap = heap.baseAddress!
        count = filled
    }

    mutating func next() -> Int? {
        guard count > 0 else { return nil }
        count -= 1
        let first = heap[0]
        if count > 0 {
            heap[0] = heap[count]
            Self.siftDown(0, in: UnsafeMutableBufferPointer(start: heap, count: count))
        }
        return Int(first.index)
    }

    private static func siftDown(_ start: Int, in heap: UnsafeMutableBufferPointer<Entry>) {
        var parent = start
        let count = heap.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var best = left
            if left + 1 < count && heap[left + 1].precedes(heap[left]) { best = left + 1 }
            guard heap[best].precedes(heap[parent]) else { return }
            heap.swapAt(best, parent)
            parent = best
        }
    }
}
