#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import EnrichCore

/// Byte-level text helpers the digest splitter uses on lines of UTF-8: trimming, words,
/// case-insensitive ASCII matching and the few Unicode punctuation marks news text carries.
extension UnsafeBufferPointer<UInt8> {
    /// `range` without surrounding whitespace; an empty range at its start when nothing is left.
    func trimmedRange(_ range: Range<Int>) -> Range<Int> {
        trimmed(range)?.range ?? range.lowerBound..<range.lowerBound
    }

    /// The byte width of the whitespace at `offset`, or nil; ASCII is decided without a call.
    @inline(__always)
    func spaceWidth(at offset: Int) -> Int? {
        let byte = self[offset]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : nil }
        return whitespaceWidth(at: offset)
    }

    /// The byte width of the scalar whose lead byte is at `offset`.
    @inline(__always)
    func scalarWidth(at offset: Int) -> Int {
        let lead = self[offset]
        return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar at `offset`; ASCII is decoded without a call.
    @inline(__always)
    func scalarValue(at offset: Int) -> (value: UInt32, width: Int) {
        let byte = self[offset]
        return byte < 0x80 ? (UInt32(byte), 1) : scalar(at: offset)
    }

    /// Whether `range` starts with `ascii` (lowercase pattern), ignoring ASCII case.
    func hasPrefix(_ ascii: [UInt8], in range: Range<Int>) -> Bool {
        guard range.count >= ascii.count else { return false }
        for (index, expected) in ascii.enumerated() where self[range.lowerBound + index].asciiLowercased != expected {
            return false
        }
        return true
    }

    /// Whether `range`, lowercased, is the beginning of `word` (a lowercase pattern).
    func isPrefix(_ range: Range<Int>, of word: [UInt8]) -> Bool {
        guard range.count <= word.count else { return false }
        for (index, offset) in range.enumerated() where self[offset].asciiLowercased != word[index] { return false }
        return true
    }

    /// Whether `range` is one of `words` (lowercase patterns), ignoring ASCII case.
    func isOne(of words: [[UInt8]], _ range: Range<Int>) -> Bool {
        words.contains { equals($0, in: range) }
    }

    /// Whether `range` is exactly `ascii` (lowercase pattern), ignoring ASCII case.
    func equals(_ ascii: [UInt8], in range: Range<Int>) -> Bool {
        range.count == ascii.count && hasPrefix(ascii, in: range)
    }

    /// The first offset in `range` holding `byte`, or nil (memchr).
    func firstOffset(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard let base = baseAddress, !range.isEmpty else { return nil }
        guard let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// The offset where the scalar ending at `end` starts.
    func scalarStart(endingAt end: Int) -> Int {
        var start = end - 1
        while start > 0 && self[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// `range` without the quotes, brackets and emphasis marks that wrap it ("**Title**", “Title”).
    /// A range that starts and ends with an ASCII letter or digit (most words) is returned as
    /// it is without a call.
    @inline(__always)
    func unwrapped(_ range: Range<Int>) -> Range<Int> {
        if !range.isEmpty, self[range.lowerBound].isASCIILetterOrDigit, self[range.upperBound - 1].isASCIILetterOrDigit {
            return range
        }
        return unwrappedSlowly(range)
    }

    @inline(never)
    private func unwrappedSlowly(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let (value, width) = scalarValue(at: start)
            guard Punctuation.isOpening(value) else { break }
            start += width
        }
        while end > start {
            let scalarStart = scalarStart(endingAt: end)
            guard Punctuation.isClosing(scalarValue(at: scalarStart).value) else { break }
            end = scalarStart
        }
        return start..<end
    }

    /// A hash of `range` lowercased to ASCII letters and digits, other bytes of letters kept,
    /// punctuation and spaces dropped: a key to compare headlines written twice (in a teaser
    /// and above the article) without allocating.
    func comparisonKey(_ range: Range<Int>) -> UInt64 {
        var key = FNV.basis
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = self[offset]
            if byte < 0x80 {
                // Setting bit 5 lowercases exactly the ASCII capitals into a–z.
                let lowered = byte | 0x20
                if lowered &- 0x61 < 26 {
                    key = FNV.add(lowered, to: key)
                } else if byte &- 0x30 < 10 {
                    key = FNV.add(byte, to: key)
                }
                offset += 1
                continue
            }
            let (value, width) = scalar(at: offset)
            if !Punctuation.isGeneral(value) {
                for index in offset..<offset + width { key = FNV.add(self[index], to: key) }
            }
            offset += width
        }
        return key
    }

    /// The text of `range` (of a document's valid UTF-8, on scalar boundaries) as a String.
    func string(_ range: Range<Int>) -> String {
        String(validatedUTF8: UnsafeBufferPointer(rebasing: self[range]))
    }
}

/// The 64-bit FNV-1a hash, for keys built byte by byte.
enum FNV {
    static let basis: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
}

extension UInt8 {
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self | 0x20 : self }
    var isASCIIUppercase: Bool { (0x41...0x5A).contains(self) }
    var isASCIILowercase: Bool { (0x61...0x7A).contains(self) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    var isASCIILetterOrDigit: Bool { (self | 0x20) &- 0x61 < 26 || self &- 0x30 < 10 }
}

/// The punctuation scalars that matter for telling headlines, labels and prose apart.
enum Punctuation {
    /// Quotes, brackets and emphasis marks that may open a line: " ' ( [ * _ “ ‘ « ¿.
    static func isOpening(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x2A, 0x5F, 0x201C, 0x2018, 0x201E, 0xAB: true
        default: false
        }
    }

    /// Quotes, brackets and emphasis marks that may close a line: " ' ) ] * _ ” ’ ».
    static func isClosing(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x2A, 0x5F, 0x201D, 0x2019, 0xBB: true
        default: false
        }
    }

    /// Marks that end a sentence: . ! ? and the ellipsis.
    static func endsSentence(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026
    }

    /// Dashes used as separators and byline leaders: - – — ―.
    static func isDash(_ value: UInt32) -> Bool {
        value == 0x2D || value == 0x2013 || value == 0x2014 || value == 0x2015
    }

    /// Unicode General Punctuation (U+2000–U+206F: dashes, curly quotes, bullets, ellipsis)
    /// and Latin-1 punctuation (« » · ¡ ¿ and the like).
    static func isGeneral(_ value: UInt32) -> Bool {
        (0x2000...0x206F).contains(value) || (0xA0...0xBF).contains(value) || value == 0xD7 || value == 0xF7
    }
}
