import EnrichCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits text into tokens: ICU's word breaks (computed on the bytes by `ASCIIWordBreaks` for the
/// lines of news text it covers, the same boundaries at a fraction of the cost), joined or split where later stages need whole
/// units. Kept whole: web and e-mail addresses (`.symbol`), hyphenated words ("state-backed",
/// "COVID-19"), clock times ("10:30"), abbreviations with their period ("U.S.", "Inc.", "J." before
/// a name). Split: the possessive "'s" / "’s" (English), as its own `.word`. Numbers with
/// separators or decimals ("100,000", "3.5", "192.168.0.1") are whole in ICU already.
public struct Tokenizer: Sendable {
    private let wordBoundaries: WordBoundaries
    private let lexicon: SentenceLexicon?
    private let splitsPossessives: Bool
    /// Which ASCII characters are Unicode punctuation, one bit each (0–63, 64–127).
    private let asciiPunctuation: (low: UInt64, high: UInt64)

    /// A tokenizer for `language` (an ICU locale id); `lexicon` names the abbreviations that keep
    /// their period (without one, only dotted ones such as "U.S." do).
    public init(language: String, lexicon: SentenceLexicon?) throws {
        wordBoundaries = try WordBoundaries(locale: language)
        self.lexicon = lexicon
        splitsPossessives = language == "en" || language.hasPrefix("en_") || language.hasPrefix("en-")
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for byte in UInt8(0)..<128 where Unicode.Scalar(byte).properties.generalCategory.isPunctuation {
            if byte < 64 { mask.low |= 1 << UInt64(byte) } else { mask.high |= 1 << UInt64(byte - 64) }
        }
        asciiPunctuation = mask
    }

    /// The tokens of `text` in order, with UTF-8 byte ranges; whitespace is not a token.
    public func tokens(in text: UnsafeBufferPointer<UInt8>) -> [Token] {
        // News text has about one token in seven bytes; this room is seldom outgrown.
        var tokens = TokenBuffer(capacity: text.count / 4)
        TokenBytes.table.withUnsafeBufferPointer { flags in
            wordBoundaries.withSegments(of: text) { segments in
                appendTokens(of: text, segments: &segments, flags: flags, to: &tokens)
            }
        }
        return tokens.array()
    }

    /// Appends to `tokens` the tokens of `text`, reading its word `segments` as it goes: a word of
    /// ASCII letters and digits, a lone punctuation mark or symbol and whitespace straight from the
    /// bytes (their `flags`, `TokenBytes`) where ICU's segments are plain, the rest from the segments.
    private func appendTokens(
        of text: UnsafeBufferPointer<UInt8>, segments: inout WordSegments, flags: UnsafeBufferPointer<UInt8>,
        to tokens: inout TokenBuffer
    ) {
        // Most texts have no "@" at all: one pass over the bytes (memchr's, vectorized) spares the
        // e-mail check per token.
        let mayHaveEmail = text.baseAddress.map { memchr($0, Int32(UInt8(ascii: "@")), text.count) != nil } ?? false
        let count = text.count
        // Where the next token may start: in the current segment, or where it ends.
        var start = 0
        while true {
            if start == segments.end {
                if start == count { return }
                if !mayHaveEmail {
                    let limit = segments.scannedEnd(from: start)
                    if start < limit {
                        start = appendPlainTokens(of: text, from: start, before: limit, flags: flags, to: &tokens)
                        segments.passed(to: start)
                        if start == limit { continue }
                    }
                }
                segments.readNext()
            }
            let first = text[start]
            // ASCII whitespace is told apart here; only other bytes need the full test.
            if let width = first < 0x80 ? (first == 0x20 || first &- 0x09 < 5 ? 1 : nil) : text.whitespaceWidth(at: start) {
                // The whitespace may end this segment: the next one then starts after it.
                start = min(start + width, segments.end)
                continue
            }
            if WebAddress.mayStart(at: start, in: text), let end = WebAddress.urlEnd(startingAt: start, in: text) {
                tokens.append(Token(range: TextRange(start: start, end: end), kind: .symbol))
                segments.read(to: end)
                start = end
                continue
            }
            if mayHaveEmail, let email = emailAddress(startingIn: start..<segments.end, in: text) {
                // Tokens that start inside the address join it; one that starts before it keeps its text.
                var kept = tokens.count
                while kept > 0, tokens[kept - 1].range.start >= email.lowerBound { kept -= 1 }
                let lower = max(email.lowerBound, kept > 0 ? tokens[kept - 1].range.end : 0)
                if text[lower] != UInt8(ascii: "@") {
                    tokens.removeSuffix(from: kept)
                    if start < lower {
                        let kind = self.kind(status: segments.status, at: start, in: text)
                        tokens.append(Token(range: TextRange(start: start, end: lower), kind: kind))
                    }
                    tokens.append(Token(range: TextRange(start: lower, end: email.upperBound), kind: .symbol))
                    segments.read(to: email.upperBound)
                    start = email.upperBound
                    continue
                }
            }
            var kind = self.kind(status: segments.status, at: start, in: text)
            var end = segments.end
            if kind == .word || kind == .number {
                // A hyphen or colon joins the words or numbers on either side of it: a segment of
                // its own between two more.
                while end + 1 < count, text[end] == UInt8(ascii: "-") || text[end] == UInt8(ascii: ":"),
                      segments.segment(startingAt: end).end == end + 1 {
                    let joiner = text[end]
                    let next = segments.segment(startingAt: end + 1)
                    let following = self.kind(status: next.status, at: end + 1, in: text)
                    if joiner == UInt8(ascii: "-"), following == .word || (following == .number && kind == .word) {
                        kind = .word
                    } else if joiner == UInt8(ascii: ":"), kind == .number, following == .number, next.end - end == 3 {
                        kind = .number
                    } else {
                        break
                    }
                    end = next.end
                }
                if kind == .word, end < count, text[end] == UInt8(ascii: "."), keepsPeriod(start..<end, in: text) {
                    end += 1
                }
                if kind == .word, splitsPossessives, let possessive = Self.possessiveStart(start..<end, in: text) {
                    tokens.append(Token(range: TextRange(start: start, end: possessive), kind: .word))
                    start = possessive
                }
            }
            tokens.append(Token(range: TextRange(start: start, end: end), kind: kind))
            segments.read(to: end)
            start = end
        }
    }

    /// Appends the tokens of `text` from `start` (a word boundary) on that need no more than the
    /// bytes' `flags` (`TokenBytes`): words of ASCII letters and digits that nothing joins to
    /// what follows (but a period that may end an abbreviation), lone punctuation marks and
    /// symbols, and the whitespace between them; stops
    /// at `limit` (where the lines `ASCIIWordBreaks` covers end) or at the first other token,
    /// and returns where it stopped, a word boundary.
    @inline(__always)
    private func appendPlainTokens(
        of text: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int, flags: UnsafeBufferPointer<UInt8>,
        to tokens: inout TokenBuffer
    ) -> Int {
        var start = start
        while start < limit {
            let byteFlags = flags[Int(text[start])]
            if byteFlags & TokenBytes.alphanumeric != 0 {
                if byteFlags & TokenBytes.mayStartAddress != 0 && WebAddress.mayStart(at: start, in: text) { break }
                var end = TokenBytes.alphanumericRunEnd(in: text, from: start &+ 1, before: limit)
                let isNumber = flags[Int(text[end &- 1])] & TokenBytes.digit != 0
                if end < text.count && text[end] == UInt8(ascii: ".") {
                    // A period ends the word unless a letter or digit follows it ("U.S", "3.5");
                    // an abbreviation keeps it.
                    guard end &+ 1 == text.count || flags[Int(text[end &+ 1])] & TokenBytes.endsWord != 0 else { break }
                    if !isNumber && keepsPeriod(start..<end, in: text) { end &+= 1 }
                } else {
                    guard end == text.count || flags[Int(text[end])] & (isNumber ? TokenBytes.endsNumber : TokenBytes.endsWord) != 0
                    else { break }
                }
                tokens.append(Token(range: TextRange(start: start, end: end), kind: isNumber ? .number : .word))
                // The spaces after it are a segment of their own.
                while end < limit && text[end] == 0x20 { end &+= 1 }
                start = end
            } else if byteFlags & (TokenBytes.punctuation | TokenBytes.symbol) != 0 {
                let kind: Token.Kind = byteFlags & TokenBytes.punctuation != 0 ? .punctuation : .symbol
                tokens.append(Token(range: TextRange(start: start, end: start &+ 1), kind: kind))
                start &+= 1
            } else if byteFlags & TokenBytes.whitespace != 0 {
                start &+= 1
            } else {
                break
            }
        }
        return start
    }

    /// The tokens of `text` (see `tokens(in:)` on bytes).
    public func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(in: $0) }
    }

    /// The e-mail address whose "@" is in the ICU segment `segment` or right after it, or nil.
    private func emailAddress(startingIn segment: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var at = segment.lowerBound
        while at < segment.upperBound, text[at] != UInt8(ascii: "@") { at += 1 }
        guard at < text.count, text[at] == UInt8(ascii: "@"),
              let email = WebAddress.emailRange(around: at, in: text), email.upperBound > segment.lowerBound
        else { return nil }
        return email
    }

    /// Whether the word at `range`, followed by a period, is an abbreviation that keeps it: a
    /// dotted one ("U.S", "e.g"), a listed one ("Inc", "Mr"), or an initial before a capitalized name.
    private func keepsPeriod(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in range where text[offset] == UInt8(ascii: ".") { return true }
        if let lexicon, lexicon.abbreviationKind(text, range) != nil { return true }
        guard range.count == 1, text[range.lowerBound].isASCIIUpper, range.upperBound + 2 < text.count else { return false }
        return text[range.upperBound + 1] == UInt8(ascii: " ") && text[range.upperBound + 2].isASCIIUpper
    }

    /// Where a possessive "'s" or "’s" at the end of `range` starts, when a word precedes it.
    @inline(__always)
    private static func possessiveStart(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = range.upperBound
        guard range.count >= 3, text[end - 1] | 0x20 == UInt8(ascii: "s") else { return nil }
        if text[end - 2] == UInt8(ascii: "'"), range.count > 2 { return end - 2 }
        if range.count > 4, text[end - 2] == 0x99, text[end - 3] == 0x80, text[end - 4] == 0xE2 { return end - 4 }
        return nil
    }

    /// A token's kind from ICU's rule status (numbers 100–199, letters and ideographs 200–499)
    /// and, for the rest, the general category of its first character, which starts at `offset`.
    @inline(__always)
    private func kind(status: Int32, at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Token.Kind {
        switch status {
        case 100..<200: .number
        case 200..<500: .word
        default: characterKind(at: offset, in: text)
        }
    }

    /// Punctuation or symbol, from the general category of the character at `offset`.
    private func characterKind(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Token.Kind {
        let byte = text[offset]
        if byte < 0x80 {
            let bits = byte < 64 ? asciiPunctuation.low : asciiPunctuation.high
            return (bits >> UInt64(byte & 63)) & 1 == 1 ? .punctuation : .symbol
        }
        return Self.nonASCIICharacterKind(text.scalar(at: offset).value)
    }

    /// Punctuation or symbol for a character outside ASCII. A function of its own: asking the
    /// standard library for a general category costs type metadata lookups on every call, which
    /// the ASCII path above must not pay.
    @inline(never)
    private static func nonASCIICharacterKind(_ first: UInt32) -> Token.Kind {
        // News text's dashes, curly quotes and ellipses: U+2010–U+2027 are all punctuation.
        if (0x2010...0x2027).contains(first) { return .punctuation }
        guard let scalar = Unicode.Scalar(first) else { return .symbol }
        return scalar.properties.generalCategory.isPunctuation ? .punctuation : .symbol
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
