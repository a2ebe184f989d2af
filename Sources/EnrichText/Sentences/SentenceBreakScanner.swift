import EnrichCore

/// ICU's sentence boundaries for `<language>@ss=standard`, computed on the UTF-8 bytes: the UAX #29
/// sentence rules as ICU's root rules apply them, with the Sentence_Break classes of the ICU that
/// enrich runs on, then ICU's suppression of breaks after the locale's abbreviations
/// (`SentenceBreakSuppressions`).
///
/// ICU's rule-based iterator steps a state machine through every character. Only terminators
/// ("." "!" "?" and their kin) and paragraph separators can end a sentence, so this scanner skips
/// everything else at the cost of a table lookup per byte and applies the rules around those
/// characters alone. It leaves each paragraph with a Sentence_Break Extend or Format character
/// (combining marks, zero-width joiners, soft hyphens), which the rules let attach to any
/// character, to ICU. `SentenceBreakScannerTests` checks it against ICU on random text.
struct SentenceBreakScanner: Sendable {
    private typealias Class = ICU.SentenceBreakClass

    private let suppressions: SentenceBreakSuppressions

    /// The Sentence_Break class of every code point of the Basic Multilingual Plane.
    private static let basicClasses: [UInt8] = ICU.sentenceBreakClasses(0..<0x10000)

    /// 1 for the bytes that start a character the scan must look at: ASCII terminators and
    /// separators, and the lead byte of every other character.
    private static let stopBytes: [UInt8] = (0..<256).map { byte in
        guard byte < 0x80 else { return byte >= 0xC0 ? 1 : 0 }
        switch basicClasses[byte] {
        case Class.aTerm, Class.sTerm, Class.carriageReturn, Class.lineFeed, Class.sep, Class.extend, Class.format: return 1
        default: return 0
        }
    }

    /// The ASCII bytes that `Scan` looks for eight bytes at a time, past which it skips the
    /// rest: the scanner is only used when ICU's classes make no other ASCII byte a stop byte.
    private static let asciiStops: Set<UInt8> = [
        UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
    ]

    /// A scanner for `language` (an ICU locale id such as "en"); nil when ICU breaks its sentences
    /// with rules of its own or when its list of abbreviations cannot be read, so that ICU does.
    init?(language: String) {
        guard ICU.usesRootSentenceRules(locale: language),
              let abbreviations = ICU.sentenceBreakSuppressions(locale: language),
              (0..<128).allSatisfy({ Self.stopBytes[$0] == 0 || Self.asciiStops.contains(UInt8($0)) })
        else { return nil }
        suppressions = SentenceBreakSuppressions(abbreviations: abbreviations)
    }

    /// Appends to `boundaries` ICU's sentence boundaries in `text` after its start (the last is
    /// `text.count`), as UTF-8 offsets. A paragraph that holds an Extend or Format character goes
    /// to `breakParagraph`, which gives ICU's boundaries in the bytes it gets, after their start:
    /// ICU starts afresh after every paragraph separator, so these are its boundaries in the
    /// whole text. When there is `evidence` to gather, the same pass notes the bytes it needs.
    func appendBoundaries(
        in text: UnsafeBufferPointer<UInt8>, to boundaries: inout [Int], evidence: inout SentenceEvidence?,
        breakParagraph: (UnsafeBufferPointer<UInt8>) -> [Int]
    ) {
        Self.basicClasses.withUnsafeBufferPointer { classes in
            Self.stopBytes.withUnsafeBufferPointer { stops in
                Scan(text: text, classes: classes, suppressions: suppressions)
                    .run(stops: stops, into: &boundaries, evidence: &evidence, breakParagraph: breakParagraph)
            }
        }
    }
}

/// One pass of `SentenceBreakScanner` over one text.
private struct Scan {
    private typealias Class = ICU.SentenceBreakClass

    let text: UnsafeBufferPointer<UInt8>
    let classes: UnsafeBufferPointer<UInt8>
    let suppressions: SentenceBreakSuppressions

    /// Appends the boundaries, and notes in `evidence` every byte it may need.
    func run(
        stops: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int], evidence: inout SentenceEvidence?,
        breakParagraph: (UnsafeBufferPointer<UInt8>) -> [Int]
    ) {
        let end = text.count
        var last = 0
        func emit(_ boundary: Int) {
            guard boundary < end else { return }
            if suppressions.suppressesBreak(at: boundary, in: text) { return }
            boundaries.append(boundary)
            last = boundary
        }
        // The rules have read every byte before `resume`; the current paragraph starts at
        // `paragraphStart`, and its boundaries at `paragraphBoundaries` in `boundaries`.
        var resume = 0
        var paragraphStart = 0
        var paragraphBoundaries = boundaries.count
        var offset = 0
        while offset < end {
            if offset &+ 16 <= end, let base = text.baseAddress {
                // Straight to the first of the next 16 bytes that may stop the pass, or past all of them.
                let first = Self.stopCandidates(in: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                let second = Self.stopCandidates(in: UnsafeRawPointer(base + offset + 8).loadUnaligned(as: UInt64.self))
                if first | second == 0 {
                    offset &+= 16
                    continue
                }
                offset &+= first != 0 ? first.trailingZeroBitCount &>> 3 : 8 &+ second.trailingZeroBitCount &>> 3
            }
            let byte = text[offset]
            if byte & 0xC0 == 0x80 {
                // Inside a character.
                offset += 1
                continue
            }
            evidence?.note(at: offset, in: text)
            if offset < resume || stops[Int(byte)] == 0 {
                offset += 1
                continue
            }
            let (kind, width) = character(at: offset)
            switch kind {
            case Class.extend, Class.format:
                boundaries.removeSubrange(paragraphBoundaries...)
                let paragraphEnd = self.paragraphEnd(after: offset)
                for boundary in breakParagraph(UnsafeBufferPointer(rebasing: text[paragraphStart..<paragraphEnd])) {
                    boundaries.append(paragraphStart + boundary)
                }
                last = boundaries.last ?? 0
                resume = paragraphEnd
                paragraphStart = paragraphEnd
                paragraphBoundaries = boundaries.count
            case Class.lineFeed, Class.sep, Class.carriageReturn:
                resume = separatorEnd(at: offset, kind: kind, width: width)
                emit(resume)
                paragraphStart = resume
                paragraphBoundaries = boundaries.count
            case Class.aTerm, Class.sTerm:
                let (next, breaks, endsParagraph) = afterTerminator(at: offset, kind: kind, width: width)
                if breaks { emit(next) }
                resume = next
                if endsParagraph {
                    paragraphStart = next
                    paragraphBoundaries = boundaries.count
                }
            default:
                resume = offset + width
            }
            offset += 1
        }
        if end > 0 && last != end { boundaries.append(end) }
    }

    /// The end of the paragraph that holds `offset`: after the next paragraph separator (CR LF
    /// is one), or the end of the text.
    private func paragraphEnd(after offset: Int) -> Int {
        var position = offset
        while position < text.count {
            let (kind, width) = character(at: position)
            switch kind {
            case Class.lineFeed, Class.sep, Class.carriageReturn: return separatorEnd(at: position, kind: kind, width: width)
            default: position += width
            }
        }
        return position
    }

    /// The high bit of each byte of `word` (8 bytes, the first lowest) that the pass may stop
    /// at: every byte below "0" but the space (which holds the terminators "." "!", the
    /// parentheses and the line breaks, and a few marks such as "," or "-" that the pass skips
    /// again), "?", and every byte above 0x7F. Range tests on the low seven bits of every byte at
    /// once: adding 0x50 sets a byte's high bit exactly when it is at least 0x30, and no sum
    /// carries into the next byte. The other tests are bytewise equality: a byte of `word ^
    /// pattern` is zero exactly where `word` holds the pattern's byte, and a byte is zero exactly
    /// when neither its low seven bits plus 0x7F nor the byte itself has the high bit set.
    @inline(__always)
    private static func stopCandidates(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs = ones &* 0x80
        let low7 = ~highs
        @inline(__always) func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & low7) &+ low7) | value) }
        let belowDigits = ~((word & low7) &+ ones &* 0x50)
        let spaces = zeroBytes(word ^ (ones &* 0x20))
        let questionMarks = zeroBytes(word ^ (ones &* 0x3F))
        return (word | belowDigits & ~spaces | questionMarks) & highs
    }

    /// The Sentence_Break class and byte width of the character at `offset`.
    @inline(__always)
    private func character(at offset: Int) -> (kind: UInt8, width: Int) {
        let byte = text[offset]
        if byte < 0x80 { return (classes[Int(byte)], 1) }
        let (value, width) = text.scalar(at: offset)
        return (value < 0x10000 ? classes[Int(value)] : ICU.sentenceBreakClass(of: value), width)
    }

    /// The end of the paragraph separator at `offset` (CR LF is one).
    @inline(__always)
    private func separatorEnd(at offset: Int, kind: UInt8, width: Int) -> Int {
        if kind == Class.carriageReturn, offset + 1 < text.count, text[offset + 1] == UInt8(ascii: "\n") {
            return offset + 2
        }
        return offset + width
    }

    /// Applies the rules after the terminator at `offset`: skips the closing punctuation and
    /// spaces after it (SB9, SB10), and returns where the scan goes on and whether a sentence
    /// boundary is there, and whether a paragraph ends there. A paragraph separator after them
    /// belongs to the sentence (SB11); the
    /// sentence goes on before a digit (SB6), before an upper-case letter after a letter and a
    /// period (SB7), before a lower-case letter past non-letters after a period (SB8), and
    /// before a continuation or another terminator (SB8a).
    private func afterTerminator(at offset: Int, kind: UInt8, width: Int) -> (next: Int, breaks: Bool, endsParagraph: Bool) {
        let end = text.count
        var next = offset + width
        var nextKind = Class.other
        var nextWidth = 0
        var seenSpace = false
        while next < end {
            (nextKind, nextWidth) = character(at: next)
            if nextKind == Class.close && !seenSpace || nextKind == Class.sp {
                seenSpace = seenSpace || nextKind == Class.sp
                next += nextWidth
            } else {
                break
            }
        }
        if next == end { return (end, false, false) }
        switch nextKind {
        case Class.lineFeed, Class.sep, Class.carriageReturn:
            return (separatorEnd(at: next, kind: nextKind, width: nextWidth), true, true)
        case Class.sContinue, Class.aTerm, Class.sTerm, Class.extend, Class.format:
            return (next, false, false)
        default:
            break
        }
        guard kind == Class.aTerm else { return (next, true, false) }
        if next == offset + width {
            if nextKind == Class.numeric { return (next, false, false) }
            if nextKind == Class.upper, offset > 0 {
                let previous = classBefore(offset)
                if previous == Class.upper || previous == Class.lower { return (next, false, false) }
            }
        }
        return (next, !lowercaseFollows(from: next), false)
    }

    /// Whether a lower-case letter comes at `offset` or after characters that are neither letters,
    /// separators nor terminators (SB8).
    private func lowercaseFollows(from offset: Int) -> Bool {
        var offset = offset
        while offset < text.count {
            let (kind, width) = character(at: offset)
            switch kind {
            case Class.lower: return true
            case Class.oLetter, Class.upper, Class.sep, Class.carriageReturn, Class.lineFeed, Class.aTerm, Class.sTerm:
                return false
            default: offset += width
            }
        }
        return false
    }

    /// The class of the character that ends at `offset`.
    private func classBefore(_ offset: Int) -> UInt8 {
        var start = offset - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return character(at: start).kind
    }
}
