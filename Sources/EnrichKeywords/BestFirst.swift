/// The indices of `scores` above zero, best first (ties by index), produced one at a time from a
/// binary heap: the extractor usually stops after a few dozen of a document's thousand
/// candidates, so a full sort would mostly order candidates nobody looks at.
struct BestFirst: IteratorProtocol {
    private struct Entry {
        var score: Double
        var index: Int32

        /// Whether this candidate comes before `other`.
        @inline(__always)
        func precedes(_ other: Entry) -> Bool {
            score != other.score ? score > other.score : index < other.index
        }
    }

    /// The heap is `heap[0..<count]`; entries past it have been handed out.
    private var heap: [Entry]
    private var count: Int

    init(_ scores: [Double]) {
        heap = [Entry](unsafeUninitializedCapacity: scores.count) { heap, initialized in
            var filled = 0
            scores.withUnsafeBufferPointer { scores in
                for index in scores.indices where scores[index] > 0 {
                    (heap.baseAddress! + filled).initialize(to: Entry(score: scores[index], index: Int32(index)))
                    filled += 1
                }
            }
            let entries = UnsafeMutableBufferPointer(rebasing: heap[0..<filled])
            var parent = filled / 2 - 1
            while parent >= 0 {
                Self.siftDown(parent, in: entries)
                parent -= 1
            }
            initialized = filled
        }
        count = heap.count
    }

    mutating func next() -> Int? {
        guard count > 0 else { return nil }
        count -= 1
        let remaining = count
        return heap.withUnsafeMutableBufferPointer { heap in
            let first = heap[0]
            if remaining > 0 {
                heap[0] = heap[remaining]
                Self.siftDown(0, in: UnsafeMutableBufferPointer(rebasing: heap[0..<remaining]))
            }
            return Int(first.index)
        }
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
