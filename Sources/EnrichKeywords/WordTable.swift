/// An open-addressing hash table from 64-bit keys (`WordHash` values, packed term pairs) to
/// values. A key's slot is the top bits of the key times the golden ratio (Fibonacci hashing),
/// which is much cheaper than hashing the key again through `Hasher`, the stages' biggest cost
/// before this table.
struct WordTable<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    subscript(key: UInt64) -> Value? {
        get {
            var slot = slot(of: key)
            while let value = values[slot] {
                if keys[slot] == key { return value }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("WordTable does not remove keys") }
            var slot = slot(of: key)
            while values[slot] != nil {
                if keys[slot] == key {
                    values[slot] = newValue
                    return
                }
                slot = (slot + 1) & mask
            }
            keys[slot] = key
            values[slot] = newValue
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    /// Inserts `key` with `value` unless present; returns whether it was inserted.
    mutating func insert(_ key: UInt64, _ value: Value) -> Bool {
        if self[key] != nil { return false }
        self[key] = value
        return true
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        shift -= 1
        count = 0
        for slot in oldKeys.indices {
            if let value = oldValues[slot] { self[oldKeys[slot]] = value }
        }
    }
}

extension WordTable: Sendable where Value: Sendable {}
