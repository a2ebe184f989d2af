/// A hash table keyed by `NameHash.key` values, which are already well mixed and never 0: open
/// addressing with linear probing over flat arrays, so a lookup is a masked index and a probe or
/// two. The tagger's per-token lookups use it instead of `Dictionary`, whose `Hasher` (SipHash)
/// would hash the key a second time.
struct NameKeyTable<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    /// Two 64-bit filters, one bit per key from each of two 6-bit fields of it: a key missing a
    /// bit in either is not in the table, so most misses cost no probe (the keys are well mixed).
    private var highBits: UInt64 = 0
    private var nextBits: UInt64 = 0
    /// How many keys the table holds.
    private(set) var count = 0

    /// An empty table that allocates nothing until its first key: most documents give the
    /// per-document tables none.
    init() {
        keys = []
        values = []
        mask = 0
    }

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var slots = 8
        while slots < capacity * 2 { slots *= 2 }
        keys = [UInt64](repeating: 0, count: slots)
        values = [Value?](repeating: nil, count: slots)
        mask = slots - 1
    }

    var isEmpty: Bool { count == 0 }

    /// The value stored under `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        guard let slot = slot(of: key) else { return nil }
        return values[slot]
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { slot(of: key) != nil }

    /// Stores `value` under `key` unless the key is already there (the first value wins).
    mutating func insertIfAbsent(_ key: UInt64, _ value: Value) {
        if slot(of: key) != nil { return }
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
        count += 1
        highBits |= 1 << (key >> 58)
        nextBits |= 1 << ((key >> 52) & 63)
    }

    /// Every key and value, in no particular order.
    func forEach(_ body: (UInt64, Value) -> Void) {
        for slot in keys.indices where keys[slot] != 0 {
            body(keys[slot], values[slot]!)
        }
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int? {
        guard (highBits >> (key >> 58)) & (nextBits >> ((key >> 52) & 63)) & 1 != 0 else { return nil }
        return keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = keys[slot]
                if stored == key { return slot }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func grow() {
        // A table's first room is for 16 keys: a document's people fit without growing again.
        var larger = NameKeyTable(capacity: max(keys.count, 16))
        forEach { key, value in larger.insertIfAbsent(key, value) }
        self = larger
    }
}

extension NameKeyTable where Value == Void {
    /// The set of the keys of `words`, each a normalized token (small letters).
    init(words: [String]) {
        self.init(capacity: words.count)
        for word in words { insertIfAbsent(NameHash(normalized: word).key, ()) }
    }
}

extension NameKeyTable: Sendable where Value: Sendable {}
