/// Word-at-a-time (SWAR) tests on 8 UTF-8 bytes loaded as one little-endian `UInt64`: the hot
/// loops of the reader and writer skip plain runs 8 bytes per step with these.
public enum ByteScanning {
    /// 0x01 in every byte lane.
    public static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte lane.
    public static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` equals `byte`.
    @inlinable @inline(__always)
    public static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }

    /// Whether any byte of `word` is below `limit` (which must be at most 128).
    @inlinable @inline(__always)
    public static func hasByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// The 8 bytes at `offset` (which must have 8 bytes after it) as one word, the first byte
    /// in the lowest lane.
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether valid UTF-8 `bytes` are all ASCII; nil when they are not valid UTF-8 (overlong
    /// forms, surrogates, values above U+10FFFF, stray or missing continuation bytes). ASCII
    /// runs are checked 8 bytes at a time.
    static func isASCIIIfValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0
        var isASCII = true
        let count = bytes.count
        while index < count {
            if index + 8 <= count && load(bytes, index) & highBits == 0 {
                index += 8
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let width = validScalarWidth(bytes, at: index) else { return nil }
            isASCII = false
            index += width
        }
        return isASCII
    }

    /// The byte width of the valid multi-byte UTF-8 scalar whose lead byte (0x80 or above) is at
    /// `index`, or nil when the bytes there are no such scalar (a stray continuation byte, an
    /// overlong form, a surrogate, a value above U+10FFFF, or a sequence cut short).
    @inline(__always)
    static func validScalarWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let width: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: width = 2
        case 0xE0: width = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: width = 3; upper = 0x9F
        case 0xF0: width = 4; lower = 0x90
        case 0xF1...0xF3: width = 4
        case 0xF4: width = 4; upper = 0x8F
        default: return nil
        }
        guard index + width <= bytes.count, (lower...upper).contains(bytes[index + 1]) else { return nil }
        for offset in 2..<width where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return width
    }
}
