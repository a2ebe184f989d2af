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

    private var heap: [Entry]

    init(_ scores: [Double]) {
        heap = [Entry](unsafeUninitializedCapacity: scores.count) { heap, initialized in
            var count = 0
            scores.withUnsafeBufferPointer { scores in
                for index in scores.indices where scores[index] > 0 {
                    (heap.baseAddress! + count).initialize(to: Entry(score: scores[index], index: Int32(index)))
                    count += 1
                }
            }
            let entries = UnsafeMutableBufferPointer(rebasing: heap[0..<count])
            var parent = count / 2 - 1
            while parent >= 0 {
                Self.siftDown(parent, in: entries)
                parent -= 1
            }
            initialized = count
        }
    }

    mutating func next() -> Int? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            heap.withUnsafeMutableBufferPointer { Self.siftDown(0, in: $0) }
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
