/// What the tokenizer's fast path knows about each byte, as flags in a 256-entry table: the
/// common tokens of news text (a run of ASCII letters and digits, a single ASCII punctuation
/// mark or symbol) and the whitespace between them, read straight from the bytes in a line that
/// `ASCIIWordBreaks` covers. Whatever has no flag here takes the general path.
enum TokenBytes {
    /// An ASCII letter or digit.
    static let alphanumeric: UInt8 = 1 << 0
    static let digit: UInt8 = 1 << 1
    /// After a run of letters, ends ICU's word segment and leaves the token as it is: not a
    /// character that joins words (period, apostrophe, underscore), nor one the tokenizer joins
    /// across ("-", ":"), nor "@", nor a byte outside ASCII.
    static let endsWord: UInt8 = 1 << 2
    /// After a run that ends in a digit, the same; "," and ";" join digits ("100,000"), so they are not here.
    static let endsNumber: UInt8 = 1 << 3
    /// A punctuation mark or a symbol that is a token of its own (ICU's segment of one character).
    static let punctuation: UInt8 = 1 << 4
    static let symbol: UInt8 = 1 << 5
    /// Space, tab, LF, VT, FF or CR.
    static let whitespace: UInt8 = 1 << 6
    /// A letter that may start a web address ("http", "ftp:", "www.", any case).
    static let mayStartAddress: UInt8 = 1 << 7

    /// The flags of each byte.
    static let table: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        guard byte < 0x80 else { return 0 }
        if byte.isASCIILetter {
            let startsScheme = [UInt8(ascii: "h"), UInt8(ascii: "f"), UInt8(ascii: "w")].contains(byte | 0x20)
            return alphanumeric | (startsScheme ? mayStartAddress : 0)
        }
        if byte.isASCIIDigit { return alphanumeric | digit }
        if byte.isASCIISpace { return whitespace | endsWord | endsNumber }
        switch byte {
        case UInt8(ascii: "_"), UInt8(ascii: "@"): return 0
        case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: ":"): return punctuation
        case UInt8(ascii: ","), UInt8(ascii: ";"): return punctuation | endsWord
        default:
            let isPunctuation = Unicode.Scalar(byte).properties.generalCategory.isPunctuation
            return (isPunctuation ? punctuation : symbol) | endsWord | endsNumber
        }
    }

    /// The end of the run of ASCII letters and digits from `offset` on, not past `limit`: eight
    /// bytes at a time where it can.
    @inline(__always)
    static func alphanumericRunEnd(in text: UnsafeBufferPointer<UInt8>, from offset: Int, before limit: Int) -> Int {
        var end = offset
        if let base = text.baseAddress {
            while end &+ 8 <= limit {
                let others = notAlphanumeric(UInt64(littleEndian: UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)))
                if others != 0 { return end &+ others.trailingZeroBitCount &>> 3 }
                end &+= 8
            }
        }
        while end < limit && text[end].isASCIILetter || end < limit && text[end].isASCIIDigit { end &+= 1 }
        return end
    }

    /// The high bit of each byte of `word` that is not an ASCII letter or digit. Range tests on
    /// the low seven bits of every byte at once: adding `0x80 - bound` sets a byte's high bit
    /// exactly when it is at least `bound`, and no sum carries into the next byte.
    @inline(__always)
    private static func notAlphanumeric(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs = ones &* 0x80
        let low7 = word & ~highs
        let folded = low7 | ones &* 0x20
        let letters = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x80 - 0x7B))
        let digits = (low7 &+ ones &* (0x80 - 0x30)) & ~(low7 &+ ones &* (0x80 - 0x3A))
        return ~((letters | digits) & ~word) & highs
    }
}
