/// A fixed hash table from `WordKey` to a value, for the lookups made at every period and
/// abbreviation candidate: one multiply and mostly one probe (open addressing, at most half
/// full), where `Dictionary` runs a seeded SipHash on every lookup.
struct WordKeyTable<Value: Sendable>: Sendable {
    private let slots: [(key: WordKey, value: Value)?]
    /// How far the mixed key is shifted right to give a slot index (64 minus log2 of the slot count).
    private let shift: UInt64

    /// A table holding `entries`.
    init(_ entries: [WordKey: Value]) {
        var slotCount = 8
        while slotCount < entries.count * 2 { slotCount *= 2 }
        shift = UInt64(64 - slotCount.trailingZeroBitCount)
        var slots = [(key: WordKey, value: Value)?](repeating: nil, count: slotCount)
        for (key, value) in entries {
            var index = Self.index(of: key, shift: shift)
            while slots[index] != nil { index = (index + 1) & (slotCount - 1) }
            slots[index] = (key, value)
        }
        self.slots = slots
    }

    /// The value stored for `key`, or nil.
    subscript(key: WordKey) -> Value? {
        var index = Self.index(of: key, shift: shift)
        while let slot = slots[index] {
            if slot.key == key { return slot.value }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The slot where the probe for `key` starts: the high bits of a Fibonacci multiply.
    @inline(__always)
    private static func index(of key: WordKey, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key.mixed &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}
