import EnrichCore

/// What one pass over a text's bytes finds for the sentence rules besides ICU's breaks: sentence
/// starts ICU cannot see (list items that run on in one line, bullets, a sentence glued to the
/// period before it as in "the end.Then"), and where parentheses open and close.
struct SentenceEvidence {
    /// Offsets where a sentence starts whatever ICU says, ascending.
    private(set) var forcedStarts: [Int] = []
    /// Offsets of capitalized words after a period and whitespace ("Org. He"), ascending: breaks
    /// for the rules to judge that ICU's built-in abbreviation list (`ss=standard`) may have hidden.
    private(set) var periodBreaks: [Int] = []
    /// Offsets of "(" and of ")", ascending.
    private(set) var openingParentheses: [Int] = []
    private(set) var closingParentheses: [Int] = []

    /// List markers, bullets and glued sentence starts found so far, for `finish()`.
    private var markers: [ListMarker] = []
    private var bullets: [Int] = []
    private var glued: [Int] = []

    private let lexicon: SentenceLexicon

    /// Evidence to gather byte by byte (`note(at:in:)`), the way `SentenceBreakScanner` does in
    /// its own pass, with room for a text of `byteCount` bytes.
    init(reservingFor byteCount: Int, lexicon: SentenceLexicon) {
        self.lexicon = lexicon
        periodBreaks.reserveCapacity(byteCount / 128)
    }

    /// The evidence of `text`, in a pass of its own.
    init(scanning text: UnsafeBufferPointer<UInt8>, lexicon: SentenceLexicon) {
        self.init(reservingFor: text.count, lexicon: lexicon)
        let count = text.count
        var offset = 0
        while offset < count {
            if offset + 8 <= count {
                // Straight to the first of the next 8 bytes that may matter, or past all of them.
                let candidates = Self.candidates(in: Self.word(at: offset, in: text))
                if candidates == 0 {
                    offset += 8
                    continue
                }
                offset += candidates.trailingZeroBitCount >> 3
            }
            note(at: offset, in: text)
            offset += 1
        }
        finish()
    }

    /// Records what the byte at `offset` shows: a period, "!" or "?", a parenthesis, a bullet.
    /// Every byte that is one of these (`.` `!` `?` `(` `)` 0xE2) must be noted, in order; any
    /// other byte may be, and shows nothing.
    @inline(__always)
    mutating func note(at offset: Int, in text: UnsafeBufferPointer<UInt8>) {
        let count = text.count
        let byte = text[offset]
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            if offset + 2 < count, text[offset + 1].isASCIIUpper, text[offset + 2].isASCIILower,
               offset > 0, text[offset - 1].isASCIILower || text[offset - 1].isASCIIDigit,
               Self.startsGluedSentence(afterPeriodAt: offset, in: text, lexicon: lexicon) {
                glued.append(offset + 1)
            }
            if byte == UInt8(ascii: ".") {
                if let marker = Self.listItem(endingAt: offset + 1, in: text) { markers.append(marker) }
                if let next = Self.capitalizedWord(afterPeriodAt: offset, in: text) { periodBreaks.append(next) }
            }
        case UInt8(ascii: ")"):
            closingParentheses.append(offset)
            if let marker = Self.listItem(endingAt: offset + 1, in: text) { markers.append(marker) }
        case UInt8(ascii: "("):
            openingParentheses.append(offset)
        case 0xE2:
            if offset > 0, text[offset - 1].isASCIISpace, ListMarker.bulletWidth(at: offset, in: text) != nil,
               offset + 3 < count, text[offset + 3].isASCIISpace || text[offset + 3].isASCIIDigit {
                bullets.append(offset)
            }
        default:
            break
        }
    }

    /// Sets `forcedStarts` from what the bytes noted showed.
    mutating func finish() {
        guard !bullets.isEmpty || !glued.isEmpty || markers.count > 1 else { return }
        var starts = bullets + glued + Self.itemStarts(of: markers)
        starts.sort()
        forcedStarts = starts
    }

    /// The 8 bytes at `offset` as one integer, the first byte lowest.
    @inline(__always)
    private static func word(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `word` that may be one the scan looks at: `.` `!` `?` `(` `)`
    /// or 0xE2 (the lead byte of the bullets). Bytewise equality without branches: a byte of `word
    /// ^ pattern` is zero exactly where `word` holds the pattern's byte. The lowest bit set marks
    /// such a byte for certain; higher ones may be false alarms (a borrow), which the scan skips.
    @inline(__always)
    private static func candidates(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value }
        let found = zeroBytes(word ^ (ones &* 0x2E)) | zeroBytes(word ^ (ones &* 0x21)) | zeroBytes(word ^ (ones &* 0x3F))
            | zeroBytes((word | ones) ^ (ones &* 0x29)) | zeroBytes(word ^ (ones &* 0xE2))
        return found & highs
    }

    /// The offset of the capitalized word (or of the quote or bracket that opens it) that follows
    /// the period at `period` after closing quotes or brackets and whitespace, or nil.
    private static func capitalizedWord(afterPeriodAt period: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = period + 1
        while position < text.count {
            switch text[position] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): position += 1
            case 0xE2 where position + 2 < text.count && text[position + 1] == 0x80
                && (text[position + 2] == 0x99 || text[position + 2] == 0x9D):
                position += 3
            default:
                guard text[position].isASCIISpace else { return nil }
                let next = text.skippingWhitespace(from: position)
                var word = next
                while word < text.count, text.isOpener(at: word) { word += text.scalar(at: word).width }
                return word < text.count && text.isUppercaseLetter(at: word) ? next : nil
            }
        }
        return nil
    }

    /// The marker ending at `end` when a space and a capitalized word follow it ("2. The").
    private static func listItem(endingAt end: Int, in text: UnsafeBufferPointer<UInt8>) -> ListMarker? {
        guard end + 1 < text.count, text[end] == UInt8(ascii: " ") || text[end] == UInt8(ascii: "\t"),
              text.isUppercaseLetter(at: text.skippingWhitespace(from: end))
        else { return nil }
        return ListMarker.ending(at: end, in: text)
    }

    /// The starts of the second and later items of a list: two or more markers in a row that
    /// count up ("1." "2.", "a)" "b)"), so that a lone "5." in running text is never taken for an
    /// item. The first item may belong to the sentence that introduces the list ("as follows: 1. ...").
    private static func itemStarts(of markers: [ListMarker]) -> [Int] {
        var starts: [Int] = []
        var index = 0
        while index < markers.count {
            var last = index
            while last + 1 < markers.count, markers[last].isFollowed(by: markers[last + 1]) { last += 1 }
            if last > index {
                starts += markers[(index + 1)...last].map(\.start)
            }
            index = last + 1
        }
        return starts
    }

    /// Whether the capitalized word right after the period (or "!", "?") at `period` starts a new
    /// sentence although no space separates them: "Hello world.Today is ...", "bought 1,000.That".
    /// Not in web addresses, e-mail addresses, file names or dotted abbreviations.
    private static func startsGluedSentence(
        afterPeriodAt period: Int, in text: UnsafeBufferPointer<UInt8>, lexicon: SentenceLexicon
    ) -> Bool {
        var wordStart = period
        while wordStart > 0, period - wordStart < 64 {
            let byte = text[wordStart - 1]
            if byte.isASCIISpace { break }
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "_"):
                return false
            default:
                wordStart -= 1
            }
        }
        var wordEnd = period + 1
        while wordEnd < text.count, wordEnd - period < 64, !text[wordEnd].isASCIISpace {
            if text[wordEnd] == UInt8(ascii: "@") || text[wordEnd] == UInt8(ascii: "/") { return false }
            wordEnd += 1
        }
        var letters = period
        while letters > wordStart, text[letters - 1].isASCIILetter { letters -= 1 }
        if letters < period {
            guard period - letters >= 2 else { return false }
            switch lexicon.abbreviationKind(text, letters..<period) {
            case .title?, .inline?: return false
            case .beforeNumber?, .mayEnd?: return lexicon.isStarter(text, (period + 1)..<text.letterRunEnd(from: period + 1))
            case nil: break
            }
        }
        return true
    }
}
