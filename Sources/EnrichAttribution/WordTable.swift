/// A read-only hash table from words to values, built once and probed once per token: open
/// addressing with linear probing on `PackedWord.mixed`, the two halves of each key in their own
/// arrays (an empty slot has `low == 0`, which no word has).
struct WordTable<Value: Sendable>: Sendable {
    private let lows: [UInt64]
    private let highs: [UInt64]
    private let values: [Value]
    private let mask: Int

    /// A table holding `entries`; `filler` fills the empty slots (never returned).
    init(_ entries: [PackedWord: Value], filler: Value) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var lows = [UInt64](repeating: 0, count: capacity)
        var highs = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: filler, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while lows[slot] != 0 { slot = (slot + 1) & mask }
            lows[slot] = key.low
            highs[slot] = key.high
            values[slot] = value
        }
        self.lows = lows
        self.highs = highs
        self.values = values
    }

    subscript(key: PackedWord) -> Value? {
        lows.withUnsafeBufferPointer { lows in
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while true {
                let low = lows[slot]
                if low == key.low && highs[slot] == key.high { return values[slot] }
                if low == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
