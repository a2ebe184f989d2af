/// A read-only hash table from words to values, built once and probed once per token: open
/// addressing with linear probing on `PackedWord.mixed`, the two halves of each key in their own
/// arrays (an empty slot has `low == 0`, which no word has).
struct WordTable<Value: Sendable>: Sendable {
    private let lows: [UInt64]
    private let highs: [UInt64]
    private let values: [Value]
    private let mask: Int
    /// One bit per hash bucket of 4096 that holds some key: a word whose bit is clear is not in
    /// the table, which a 512-byte bitmap (always in cache) tells without probing.
    private let present: [UInt64]

    /// A table holding `entries`; `filler` fills the empty slots (never returned).
    init(_ entries: [PackedWord: Value], filler: Value) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var lows = [UInt64](repeating: 0, count: capacity)
        var highs = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: filler, count: capacity)
        var present = [UInt64](repeating: 0, count: 64)
        mask = capacity - 1
        for (key, value) in entries {
            let bucket = Int(truncatingIfNeeded: key.mixed >> 52)
            present[bucket >> 6] |= 1 << UInt64(bucket & 63)
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while lows[slot] != 0 { slot = (slot + 1) & mask }
            lows[slot] = key.low
            highs[slot] = key.high
            values[slot] = value
        }
        self.lows = lows
        self.highs = highs
        self.values = values
        self.present = present
    }

    subscript(key: PackedWord) -> Value? {
        let hash = key.mixed
        let bucket = Int(truncatingIfNeeded: hash >> 52)
        guard present[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return nil }
        return lows.withUnsafeBufferPointer { lows in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let low = lows[slot]
                if low == key.low && highs[slot] == key.high { return values[slot] }
                if low == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
