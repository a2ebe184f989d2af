/// A 64-bit hash of a byte string, eight bytes at a time (little-endian chunks, the last one
/// padded with zeros, then the length): how words are keyed in the lexicon and per document, so
/// that looking a token up needs no `String`, and a word is hashed with one multiply per eight
/// letters rather than one per letter.
///
/// Each step is a bijection of the state, so words of up to eight bytes never collide.
public enum WordHash {
    /// The state before the first chunk.
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of `bytes`.
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var state = seed
        var chunk: UInt64 = 0
        var filled: UInt64 = 0
        var length = 0
        for byte in bytes {
            chunk |= UInt64(byte) << (filled * 8)
            filled += 1
            length += 1
            if filled == 8 {
                state = mix(state, chunk)
                chunk = 0
                filled = 0
            }
        }
        if filled > 0 { state = mix(state, chunk) }
        return finish(state, length: length)
    }

    /// The hash of a buffer's bytes (the same as `hash(_:)` of a sequence).
    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        finish(state(bytes), length: bytes.count)
    }

    /// The state after a buffer's bytes, before `finish`.
    @inline(__always)
    static func state(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = seed
        var offset = 0
        while offset < bytes.count {
            state = mix(state, chunk(of: bytes, at: offset, end: bytes.count))
            offset += 8
        }
        return state
    }

    /// The bytes `offset..<min(offset + 8, end)` as a little-endian integer, zero-padded; reads
    /// eight bytes at once when the buffer has them.
    @inline(__always)
    static func chunk(of bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> UInt64 {
        let remaining = end &- offset
        if offset &+ 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
            return remaining >= 8 ? word : word & ((1 &<< (UInt64(truncatingIfNeeded: remaining) &* 8)) &- 1)
        }
        var word: UInt64 = 0
        for index in 0..<min(remaining, 8) { word |= UInt64(bytes[offset + index]) << (UInt64(index) * 8) }
        return word
    }

    /// Adds a chunk to the state.
    @inline(__always)
    public static func mix(_ state: UInt64, _ chunk: UInt64) -> UInt64 {
        let mixed = (state ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    /// The hash of a state after `length` bytes (splitmix64's finalizer).
    @inline(__always)
    static func finish(_ state: UInt64, length: Int) -> UInt64 {
        var mixed = state ^ (UInt64(length) &* 0xBF58_476D_1CE4_E5B9)
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
