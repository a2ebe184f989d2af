import EnrichCore

/// Finds web addresses ("https://example.com/a?b=c", "www.example.org") and e-mail addresses
/// ("jane.doe@example.com") in UTF-8 bytes, so that the tokenizer keeps each one whole.
/// Punctuation that ends a sentence or closes a bracket right after an address is not part of it.
enum WebAddress {
    /// Whether a web address may start at `start`: its first four bytes, with 0x20 set in each
    /// (which folds ASCII letters to lower case), read "http", "ftp:" or "www.". One load and three
    /// compares spare almost every token the call to `urlEnd`.
    @inline(__always)
    static func mayStart(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + 4 < text.count, let base = text.baseAddress else { return false }
        let head = UInt32(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt32.self)) | 0x2020_2020
        // "http", "ftp:" and "www." as little-endian integers, the first byte lowest.
        return head == 0x7074_7468 || head == 0x3A70_7466 || head == 0x2E77_7777
    }

    /// The end of the web address that starts at `start` with "http://", "https://", "ftp://" or
    /// "www." (any case), or nil.
    static func urlEnd(startingAt start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let hasScheme = switch text[start] | 0x20 {
        case UInt8(ascii: "h"): hasPrefix("https://", at: start, in: text) || hasPrefix("http://", at: start, in: text)
        case UInt8(ascii: "f"): hasPrefix("ftp://", at: start, in: text)
        case UInt8(ascii: "w"): hasPrefix("www.", at: start, in: text)
        default: false
        }
        guard hasScheme else { return nil }
        var end = start
        while end < text.count, !endsAddress(at: end, in: text) { end += 1 }
        end = trimmedEnd(start..<end, in: text)
        return end - start > 4 ? end : nil
    }

    /// The e-mail address around the "@" at `at`: a local part of letters, digits and `._%+-`
    /// (not starting with a period) before it, a domain with at least one dot after it; nil when either is missing.
    static func emailRange(around at: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = at
        while start > 0, isLocalPartByte(text[start - 1]) { start -= 1 }
        while start < at, text[start] == UInt8(ascii: ".") { start += 1 }
        var end = at + 1
        var dots = 0
        while end < text.count, isDomainByte(text[end]) {
            if text[end] == UInt8(ascii: ".") { dots += 1 }
            end += 1
        }
        while end > at + 1, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == UInt8(ascii: "-") {
            if text[end - 1] == UInt8(ascii: ".") { dots -= 1 }
            end -= 1
        }
        guard start < at, end > at + 1, dots > 0 else { return nil }
        return start..<end
    }

    private static func hasPrefix(_ prefix: StaticString, at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count < text.count else { return false }
        let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: count)
        for index in 0..<count where text[start + index].asciiLowercased != bytes[index] { return false }
        return true
    }

    /// Whitespace, angle brackets, a double quote or a typographic quote ends an address.
    private static func endsAddress(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch text[offset] {
        case 0x09...0x0D, 0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return true
        case 0xE2: return offset + 2 < text.count && text[offset + 1] == 0x80 && (0x98...0x9D).contains(text[offset + 2])
        case 0xC2: return offset + 1 < text.count && text[offset + 1] == 0xA0
        default: return false
        }
    }

    /// `range` without trailing sentence punctuation, and without a closing bracket that no
    /// bracket inside the address opened.
    private static func trimmedEnd(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound {
            switch text[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                UInt8(ascii: "?"), UInt8(ascii: "'"):
                end -= 1
            case UInt8(ascii: ")"):
                let opened = text[range.lowerBound..<end].filter { $0 == UInt8(ascii: "(") }.count
                let closed = text[range.lowerBound..<end].filter { $0 == UInt8(ascii: ")") }.count
                guard closed > opened else { return end }
                end -= 1
            case UInt8(ascii: "]"):
                guard !text[range.lowerBound..<end].contains(UInt8(ascii: "[")) else { return end }
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
