import Glibc

/// An open-addressing hash table from 64-bit keys (`WordHash` values, packed term pairs) to
/// 32-bit values, for the per-document tables of the hot loops: one flat allocation of
/// 16-byte slots, no optionals, no copy-on-write checks, freed when the table goes away.
/// A key's slot is the top bits of the key times the golden ratio (Fibonacci hashing).
///
/// A slot is taken when it carries the table's current generation, so `removeAll` empties the
/// table by starting a new generation instead of clearing every slot: a table kept per thread
/// (see `KeywordScratch`) serves document after document without being allocated or zeroed.
struct KeyTable: ~Copyable {
    private struct Slot {
        var key: UInt64
        var value: UInt32
        /// The generation the slot was filled in; a slot of an older one is empty.
        var generation: UInt32
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    private var shift: UInt64
    private var generation: UInt32 = 1
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        capacity = Self.capacity(for: minimumCapacity)
        slots = Self.emptySlots(capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    deinit { slots.deallocate() }

    /// The smallest power of two (16 or more) that holds `count` keys at most half full.
    private static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        return capacity
    }

    /// `capacity` empty slots (of generation 0), zeroed in one `memset`.
    private static func emptySlots(_ capacity: Int) -> UnsafeMutablePointer<Slot> {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        memset(slots, 0, capacity * MemoryLayout<Slot>.stride)
        return slots
    }

    /// Empties the table, with room for `minimumCapacity` keys before it grows; a table much
    /// larger than that (left by a long document) is made anew at the size needed, so that a
    /// short document's keys stay in a few cache lines.
    mutating func removeAll(keepingCapacityFor minimumCapacity: Int) {
        count = 0
        let needed = Self.capacity(for: minimumCapacity)
        if needed > capacity || capacity > needed * 4 {
            slots.deallocate()
            capacity = needed
            shift = UInt64(64 - capacity.trailingZeroBitCount)
            slots = Self.emptySlots(capacity)
            generation = 1
        } else if generation == UInt32.max {
            memset(slots, 0, capacity * MemoryLayout<Slot>.stride)
            generation = 1
        } else {
            generation += 1
        }
    }

    @inline(__always)
    private func firstSlot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

    /// The value stored under `key`, if any.
    @inline(__always)
    func value(for key: UInt64) -> UInt32? {
        let mask = capacity &- 1
        var slot = firstSlot(of: key)
        while true {
            let stored = slots[slot]
            if stored.generation != generation { return nil }
            if stored.key == key { return stored.value }
            slot = (slot &+ 1) & mask
        }
    }

    /// The value stored under `key`; when there is none, stores `value` and returns nil.
    @inline(__always)
    mutating func valueOrInsert(_ key: UInt64, _ value: UInt32) -> UInt32? {
        let mask = capacity &- 1
        var slot = firstSlot(of: key)
        while true {
            let stored = slots[slot]
            if stored.generation != generation { break }
            if stored.key == key { return stored.value }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = Slot(key: key, value: value, generation: generation)
        count += 1
        if count * 2 > capacity { grow() }
        return nil
    }

    private mutating func grow() {
        let old = slots
        let oldCapacity = capacity
        capacity *= 2
        shift -= 1
        slots = Self.emptySlots(capacity)
        let mask = capacity &- 1
        for index in 0..<oldCapacity where old[index].generation == generation {
            var slot = firstSlot(of: old[index].key)
            while slots[slot].generation == generation { slot = (slot &+ 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }
}
