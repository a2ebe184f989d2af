/// A read-only hash table from words to values, built once and probed once per token: open
/// addressing with linear probing on `PackedWord.mixed`.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [PackedWord?]
    private var values: [Value?]
    private let mask: Int

    /// A table holding `entries` (a later entry for the same word replaces an earlier one).
    init(_ entries: [PackedWord: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        keys = [PackedWord?](repeating: nil, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    subscript(key: PackedWord) -> Value? {
        var slot = Int(truncatingIfNeeded: key.mixed) & mask
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
