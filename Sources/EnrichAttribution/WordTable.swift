import EnrichCore

/// A read-only hash table from words to values, built once and probed once per token: open
/// addressing with linear probing on `PackedWord.mixed`, each key stored beside its value so that
/// a probe reads one cache line (an empty slot has `low == 0`, which no word has).
struct WordTable<Value: Sendable>: Sendable {
    fileprivate struct Slot: Sendable {
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

    /// Writes the table as it is laid out, so that `init(decoding:)` restores it without hashing;
    /// `encode` turns a value into an integer.
    func encode(into image: inout ImageWriter, _ encode: (Value) -> UInt64) {
        image.append(UInt64(slots.count))
        for slot in slots {
            image.append(slot.low)
            image.append(slot.high)
            image.append(slot.low == 0 ? 0 : encode(slot.value))
        }
        for bits in present { image.append(bits) }
    }

    /// Reads a table that `encode(into:_:)` wrote; `decode` turns an integer back into a value
    /// (nil when it is none). Fails on a table whose probes could not end.
    init(decoding image: inout ImageReader, filler: Value, _ decode: (UInt64) -> Value?) throws(PipelineError) {
        let capacity = try image.count(atMost: 1 << 24)
        guard capacity >= 16, capacity & (capacity - 1) == 0 else { throw ImageReader.damaged }
        var slots: [Slot] = []
        slots.reserveCapacity(capacity)
        var used = 0
        for _ in 0..<capacity {
            let low = try image.integer()
            let high = try image.integer()
            let raw = try image.integer()
            if low == 0 {
                slots.append(Slot(low: 0, high: 0, value: filler))
                continue
            }
            guard let value = decode(raw) else { throw ImageReader.damaged }
            slots.append(Slot(low: low, high: high, value: value))
            used += 1
        }
        guard used < capacity else { throw ImageReader.damaged }
        var present: [UInt64] = []
        present.reserveCapacity(64)
        for _ in 0..<64 { present.append(try image.integer()) }
        self.slots = slots
        self.present = present
        mask = capacity - 1
    }

    @inline(__always)
    subscript(key: PackedWord) -> Value? {
        withProbe { $0[key] }
    }

    /// The table's memory, read without bounds checks or reference counting: for loops that probe
    /// once per token.
    struct Probe {
        fileprivate let slots: UnsafePointer<Slot>
        fileprivate let present: UnsafePointer<UInt64>
        fileprivate let mask: Int

        @inline(__always)
        subscript(key: PackedWord) -> Value? {
            let hash = key.mixed
            let bucket = Int(truncatingIfNeeded: hash >> 52)
            guard present[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return nil }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let low = slots[slot].low
                if low == key.low && slots[slot].high == key.high { return slots[slot].value }
                if low == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Calls `body` with a `Probe` of the table, valid during the call.
    func withProbe<Result>(_ body: (Probe) -> Result) -> Result {
        slots.withUnsafeBufferPointer { slots in
            present.withUnsafeBufferPointer { present in
                body(Probe(slots: slots.baseAddress!, present: present.baseAddress!, mask: mask))
            }
        }
    }
}
