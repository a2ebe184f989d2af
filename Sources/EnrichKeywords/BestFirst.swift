/// The indices of `scores` above zero, best first (ties by index), produced one at a time from a
/// binary heap: the extractor usually stops after a few dozen of a document's thousand
/// candidates, so a full sort would mostly order candidates nobody looks at.
struct BestFirst: IteratorProtocol {
    private let scores: [Double]
    private var heap: [Int32]

    init(_ scores: [Double]) {
        self.scores = scores
        heap = []
        heap.reserveCapacity(scores.count)
        for index in scores.indices where scores[index] > 0 { heap.append(Int32(index)) }
        var parent = heap.count / 2 - 1
        while parent >= 0 {
            siftDown(parent)
            parent -= 1
        }
    }

    /// Whether candidate `a` comes before candidate `b`.
    @inline(__always)
    private func precedes(_ a: Int32, _ b: Int32) -> Bool {
        let scoreA = scores[Int(a)]
        let scoreB = scores[Int(b)]
        return scoreA != scoreB ? scoreA > scoreB : a < b
    }

    mutating func next() -> Int? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(0)
        }
        return Int(first)
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        let count = heap.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var best = left
            if left + 1 < count && precedes(heap[left + 1], heap[left]) { best = left + 1 }
            guard precedes(heap[best], heap[parent]) else { return }
            heap.swapAt(best, parent)
            parent = best
        }
    }
}
