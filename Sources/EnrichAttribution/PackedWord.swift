/// A word of at most 16 bytes, ASCII letters lower-cased, packed into two integers.
///
/// The lexicon and the gazetteer key on it, so classifying a token costs no allocation: the bytes
/// are read straight from the document's UTF-8. Longer words have no key (no lexicon word is longer).
struct PackedWord: Hashable, Sendable {
    /// Bytes 0–7 and 8–15, little-endian, zero-padded (a word has no NUL byte, so these two
    /// alone tell words apart, and `low` is never zero).
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0
    private(set) var count: UInt8 = 0

    static let maximumLength = 16

    /// The key with these parts, as `ImageReader` reads a compiled model back.
    init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = UInt8(count)
    }

    /// A cheap, well-mixed hash for `WordTable` (the standard `Hasher` costs more than the lookup).
    var mixed: UInt64 {
        var hash = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(count)) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        return hash
    }

    /// The key of `bytes[range]`, or nil when the word is empty or longer than 16 bytes.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let length = range.count
        guard length > 0, length <= Self.maximumLength, let base = bytes.baseAddress else { return nil }
        if length <= 8 {
            low = Self.lowercased(Self.load(base + range.lowerBound, length, available: bytes.count - range.lowerBound))
        } else {
            low = Self.lowercased(UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
            high = Self.lowercased(Self.load(base + range.lowerBound + 8, length - 8,
                                             available: bytes.count - range.lowerBound - 8))
        }
        count = UInt8(length)
    }

    /// The key of the `length` (1...8) bytes at `pointer`, where 8 bytes are readable: one load
    /// and no branch, for the per-token loop.
    @inline(__always)
    init(short pointer: UnsafePointer<UInt8>, length: Int) {
        let word = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
        low = Self.lowercased(length == 8 ? word : word & ((1 << (8 * UInt64(length))) - 1))
        count = UInt8(length)
    }

    /// The key of the `length` (9...16) bytes at `pointer`, where 16 bytes are readable: two
    /// loads and no branch, for the per-token loop.
    @inline(__always)
    init(long pointer: UnsafePointer<UInt8>, length: Int) {
        let raw = UnsafeRawPointer(pointer)
        low = Self.lowercased(raw.loadUnaligned(as: UInt64.self))
        let rest = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        high = Self.lowercased(length == 16 ? rest : rest & ((1 << (8 * UInt64(length - 8))) - 1))
        count = UInt8(length)
    }

    /// The `length` (1...8) bytes at `pointer`, little-endian, the rest zero; one unaligned load
    /// when 8 bytes are readable there.
    @inline(__always)
    private static func load(_ pointer: UnsafePointer<UInt8>, _ length: Int, available: Int) -> UInt64 {
        if available >= 8 {
            let word = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
            return length == 8 ? word : word & ((1 << (8 * UInt64(length))) - 1)
        }
        var word: UInt64 = 0
        for offset in 0..<length { word |= UInt64(pointer[offset]) << (8 * UInt64(offset)) }
        return word
    }

    /// `word` with the ASCII capitals of its eight bytes made lower case (SWAR: no branch per byte).
    @inline(__always)
    private static func lowercased(_ word: UInt64) -> UInt64 {
        let ascii = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = ascii &+ 0x3F3F_3F3F_3F3F_3F3F
        let beyondZ = ascii &+ 0x2525_2525_2525_2525
        let capitals = atLeastA & ~beyondZ & ~word & 0x8080_8080_8080_8080
        return word | (capitals >> 2)
    }

    /// The key of `word`, or nil when it is empty or longer than 16 bytes.
    init?(_ word: some StringProtocol) {
        let bytes = Array(word.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ PackedWord($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}
