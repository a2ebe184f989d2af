import EnrichCore

/// A word of at most 16 UTF-8 bytes, folded to ASCII lower case and packed into two integers, so
/// the segmenter and tokenizer can look words up in a `Set` or a `WordKeyTable` straight from the text's bytes,
/// without making a `String` per lookup. Non-ASCII bytes are kept as they are ("n°").
struct WordKey: Hashable, Sendable {
    /// The longest word, in UTF-8 bytes, that has a key.
    static let capacity = 16

    private let low: UInt64
    private let high: UInt64
    private let count: UInt8

    /// The key of `range` of `text`, or nil when the range is empty or longer than `capacity`.
    init?(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= Self.capacity else { return nil }
        // Bytes 0–7 go to `low`, 8–15 to `high`, the first byte lowest.
        let middle = min(range.upperBound, range.lowerBound + 8)
        low = Self.packed(text, range.lowerBound..<middle)
        high = Self.packed(text, middle..<range.upperBound)
        count = UInt8(range.count)
    }

    /// Up to 8 bytes of `text`, A–Z folded to a–z, the first byte lowest: one load where 8 bytes
    /// can be read, a byte at a time only at the very end of the text.
    @inline(__always)
    private static func packed(_ text: UnsafeBufferPointer<UInt8>, _ bytes: Range<Int>) -> UInt64 {
        guard let base = text.baseAddress, !bytes.isEmpty else { return 0 }
        var value: UInt64 = 0
        if bytes.lowerBound + 8 <= text.count {
            value = UInt64(littleEndian: UnsafeRawPointer(base + bytes.lowerBound).loadUnaligned(as: UInt64.self))
            if bytes.count < 8 { value &= (1 &<< UInt64(8 &* bytes.count)) &- 1 }
        } else {
            var shift: UInt64 = 0
            for offset in bytes {
                value |= UInt64(text[offset]) &<< shift
                shift &+= 8
            }
        }
        return lowercasedASCII(value)
    }

    /// `word` with every byte A–Z folded to a–z (all 8 at once, without branches; no carry
    /// crosses a byte, since the sums are taken on the low 7 bits).
    @inline(__always)
    private static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = word & (ones &* 0x7F)
        let upper = (low7 &+ ones &* (0x80 - 0x41)) & ~(low7 &+ ones &* (0x80 - 0x5B)) & ~word & (ones &* 0x80)
        return word | upper &>> 2
    }

    /// One integer for the hasher instead of three fields: lookups happen at every period, and
    /// hashing 8 bytes costs about half of hashing 17. Equal keys mix to equal values.
    func hash(into hasher: inout Hasher) {
        hasher.combine(mixed)
    }

    /// The three fields mixed into one integer; equal keys give equal values.
    @inline(__always)
    var mixed: UInt64 {
        low &+ high &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(count) &* 0xC2B2_AE3D_27D4_EB4F
    }

    /// The key of a word read from a model file, or nil when it is longer than `capacity`.
    init?(_ word: Substring) {
        var bytes = Array(word.utf8)
        guard let key = bytes.withUnsafeMutableBufferPointer({ buffer in
            WordKey(UnsafeBufferPointer(buffer), 0..<buffer.count)
        }) else { return nil }
        self = key
    }
}

extension UInt8 {
    /// The byte with A–Z folded to a–z; every other byte unchanged.
    @inline(__always)
    var asciiLowercased: UInt8 { isASCIIUpper ? self | 0x20 : self }

    @inline(__always)
    var isASCIIUpper: Bool { self &- 0x41 < 26 }

    @inline(__always)
    var isASCIILower: Bool { self &- 0x61 < 26 }

    @inline(__always)
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }

    @inline(__always)
    var isASCIIDigit: Bool { self &- 0x30 < 10 }
}
