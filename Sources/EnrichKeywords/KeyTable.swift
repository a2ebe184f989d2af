/// An open-addressing hash table from 64-bit keys (`WordHash` values, packed term pairs) to
/// 32-bit values, for the per-document tables of the hot loops: one flat allocation of
/// 16-byte slots, no optionals, no copy-on-write checks, freed when the table goes away.
/// A key's slot is the top bits of the key times the golden ratio (Fibonacci hashing).
struct KeyTable: ~Copyable {
    private struct Slot {
        var key: UInt64
        /// The value plus one; 0 marks an empty slot (so that every key, 0 included, can be stored).
        var storedValue: UInt32
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        self.capacity = capacity
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: 0, storedValue: 0), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    deinit { slots.deallocate() }

    @inline(__always)
    private func firstSlot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value stored under `key`, if any.
    @inline(__always)
    func value(for key: UInt64) -> UInt32? {
        let mask = capacity - 1
        var slot = firstSlot(of: key)
        while true {
            let stored = slots[slot]
            if stored.storedValue == 0 { return nil }
            if stored.key == key { return stored.storedValue &- 1 }
            slot = (slot &+ 1) & mask
        }
    }

    /// The value stored under `key`; when there is none, stores `value` (below `UInt32.max`)
    /// and returns nil.
    @inline(__always)
    mutating func valueOrInsert(_ key: UInt64, _ value: UInt32) -> UInt32? {
        let mask = capacity - 1
        var slot = firstSlot(of: key)
        while true {
            let stored = slots[slot]
            if stored.storedValue == 0 { break }
            if stored.key == key { return stored.storedValue &- 1 }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = Slot(key: key, storedValue: value &+ 1)
        count += 1
        if count * 2 > capacity { grow() }
        return nil
    }

    private mutating func grow() {
        let old = slots
        let oldCapacity = capacity
        capacity *= 2
        shift -= 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: 0, storedValue: 0), count: capacity)
        let mask = capacity - 1
        for index in 0..<oldCapacity where old[index].storedValue != 0 {
            var slot = firstSlot(of: old[index].key)
            while slots[slot].storedValue != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }
}
