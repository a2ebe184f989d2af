import Glibc

/// A set of pairs of codes below a bound (`side`), for the distinct neighbours of `TermScores`:
/// one bit per possible pair while `side`² is small (a document's few hundred terms make a few
/// kilobytes, and a pair costs a bit test instead of a hash-table probe), a `KeyTable` past that.
/// Kept per thread (see `KeywordScratch`) and emptied between documents.
struct PairSet: ~Copyable {
    /// The most bits (512 KB) the set spends before it falls back to a hash table.
    static let bitLimit = 1 << 22

    private var bits: UnsafeMutablePointer<UInt64>
    private var wordCapacity = 1 << 10
    private var side = 0
    private var usesBits = true
    private var table = KeyTable(minimumCapacity: 1 << 10)

    init() {
        bits = .allocate(capacity: wordCapacity)
    }

    deinit { bits.deallocate() }

    /// Empties the set for pairs of codes below `side`; `expectedCount` sizes the hash table
    /// when `side`² is too large for bits.
    mutating func removeAll(side: Int, expectedCount: Int) {
        self.side = side
        let bitCount = side * side
        usesBits = bitCount <= Self.bitLimit
        guard usesBits else {
            table.removeAll(keepingCapacityFor: expectedCount)
            return
        }
        let words = (bitCount + 63) >> 6
        if words > wordCapacity {
            bits.deallocate()
            wordCapacity = words
            bits = .allocate(capacity: words)
        }
        memset(bits, 0, words * MemoryLayout<UInt64>.stride)
    }

    /// Adds the pair (`first`, `second`), both below `side`; returns whether it was not there yet.
    @inline(__always)
    mutating func insert(_ first: Int, _ second: Int) -> Bool {
        guard usesBits else { return table.valueOrInsert(UInt64(first) << 32 | UInt64(second), 0) == nil }
        let bit = first &* side &+ second
        let mask: UInt64 = 1 << UInt64(bit & 63)
        let word = bits[bit >> 6]
        bits[bit >> 6] = word | mask
        return word & mask == 0
    }
}
