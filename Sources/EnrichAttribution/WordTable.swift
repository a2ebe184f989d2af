/// A read-only hash table from words to values, built once and probed once per token: open
/// addressing with linear probing on `PackedWord.mixed`.
struct WordTable<Value: Sendable>: Sendable {
    /// Slots; an empty slot holds `PackedWord.empty`.
    private let keys: [PackedWord]
    private let values: [Value]
    private let mask: Int

    /// A table holding `entries`; `filler` fills the empty slots (never returned).
    init(_ entries: [PackedWord: Value], filler: Value) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var keys = [PackedWord](repeating: .empty, count: capacity)
        var values = [Value](repeating: filler, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while !keys[slot].isEmpty { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    subscript(key: PackedWord) -> Value? {
        keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while true {
                let stored = keys[slot]
                if stored == key { return values[slot] }
                if stored.isEmpty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
