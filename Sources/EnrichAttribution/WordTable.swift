/// A read-only hash table from words to values, built once and probed once per token: open
/// addressing with linear probing on `PackedWord.mixed`, each key stored beside its value so that
/// a probe reads one cache line (an empty slot has `low == 0`, which no word has).
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var low: UInt64
        var high: UInt64
        var value: Value
    }

    private let slots: [Slot]
    private let mask: Int
    /// One bit per hash bucket of 4096 that holds some key: a word whose bit is clear is not in
    /// the table, which a 512-byte bitmap (always in cache) tells without probing.
    private let present: [UInt64]

    /// A table holding `entries`; `filler` fills the empty slots (never returned).
    init(_ entries: [PackedWord: Value], filler: Value) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(low: 0, high: 0, value: filler), count: capacity)
        var present = [UInt64](repeating: 0, count: 64)
        mask = capacity - 1
        for (key, value) in entries {
            let bucket = Int(truncatingIfNeeded: key.mixed >> 52)
            present[bucket >> 6] |= 1 << UInt64(bucket & 63)
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while slots[slot].low != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(low: key.low, high: key.high, value: value)
        }
        self.slots = slots
        self.present = present
    }

    @inline(__always)
    subscript(key: PackedWord) -> Value? {
        let hash = key.mixed
        let bucket = Int(truncatingIfNeeded: hash >> 52)
        guard present.withUnsafeBufferPointer({ $0[bucket >> 6] }) & (1 << UInt64(bucket & 63)) != 0 else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let low = slots[slot].low
                if low == key.low && slots[slot].high == key.high { return slots[slot].value }
                if low == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
