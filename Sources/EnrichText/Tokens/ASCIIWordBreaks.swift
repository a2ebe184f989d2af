import EnrichCore

/// ICU's word boundaries (UAX #29 as ICU implements it), computed on the bytes directly for text
/// made of ASCII plus the punctuation English news uses most: curly quotes (U+2018/2019 are
/// MidNumLet, U+201C/201D Other), en and em dashes, the ellipsis and the no-break space.
///
/// ICU's rule-based iterator costs about as much per byte as its sentence iterator; this scanner
/// gives the same boundaries and rule statuses for such text at a fraction of the cost, and
/// declines (returns nil) on any other character, so that ICU handles every other script.
/// `ASCIIWordBreaksTests` checks it against ICU on random text.
enum ASCIIWordBreaks {
    /// Word_Break classes that occur in the text this scanner accepts.
    private enum Class: UInt8 {
        case other, letter, numeric, midLetterOrNumber, singleQuote, midNumber, extendNumLet
        case carriageReturn, lineFeed, newline, space

        var isAHLetter: Bool { self == .letter }
        /// MidNumLetQ: MidNumLet or Single_Quote.
        var isMidNumLetQ: Bool { self == .midLetterOrNumber || self == .singleQuote }
        var isLineBreak: Bool { self == .carriageReturn || self == .lineFeed || self == .newline }
    }

    private static let asciiClasses: [Class] = (0..<128).map { byte in
        switch UInt8(byte) {
        // ICU counts "@" as a letter, so that e-mail addresses hold together.
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .numeric
        case UInt8(ascii: "."): .midLetterOrNumber
        case UInt8(ascii: "'"): .singleQuote
        case UInt8(ascii: ","), UInt8(ascii: ";"): .midNumber
        case UInt8(ascii: "_"): .extendNumLet
        case 0x0D: .carriageReturn
        case 0x0A: .lineFeed
        case 0x0B, 0x0C: .newline
        case 0x20: .space
        default: .other
        }
    }

    /// The class and width of the character at `offset`, or nil for one this scanner leaves to ICU.
    @inline(__always)
    private static func character(in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Class, Int)? {
        let byte = text[offset]
        if byte < 0x80 { return (asciiClasses[Int(byte)], 1) }
        let scalar = text.scalar(at: offset)
        switch scalar.value {
        case 0x2018, 0x2019: return (.midLetterOrNumber, 3)
        case 0x201C, 0x201D, 0x2013, 0x2014, 0x2026: return (.other, 3)
        case 0xA0: return (.other, 2)
        default: return nil
        }
    }

    /// Boundary offsets after the start (the last is `text.count`) with ICU's rule status for the
    /// segment each one ends, or nil when the text has a character outside this scanner's set.
    /// The status is that of the last rule the segment matched, as ICU tags it: 200 after a letter
    /// (or an underscore joined to a letter or underscore), 100 after a digit (or an underscore
    /// right after one), 0 for anything else.
    static func boundaries(in text: UnsafeBufferPointer<UInt8>) -> (ends: [Int], statuses: [Int32])? {
        var classes: [Class] = []
        var offsets: [Int] = []
        classes.reserveCapacity(text.count)
        offsets.reserveCapacity(text.count + 1)
        var offset = 0
        while offset < text.count {
            guard let (kind, width) = character(in: text, at: offset) else { return nil }
            classes.append(kind)
            offsets.append(offset)
            offset += width
        }
        offsets.append(text.count)

        var ends: [Int] = []
        var statuses: [Int32] = []
        ends.reserveCapacity(text.count / 3)
        statuses.reserveCapacity(text.count / 3)
        var status: Int32 = 0
        var segmentStart = 0
        let count = classes.count
        for index in 0..<count {
            switch classes[index] {
            case .letter: status = 200
            case .numeric: status = 100
            case .extendNumLet where index > segmentStart: status = classes[index - 1] == .numeric ? 100 : 200
            default: break
            }
            let next = index + 1 < count ? classes[index + 1] : nil
            if let next, !breaks(before: index + 1, next: next, classes: classes) { continue }
            ends.append(offsets[index + 1])
            statuses.append(status)
            status = 0
            segmentStart = index + 1
        }
        return (ends, statuses)
    }

    /// Whether UAX #29 breaks between `classes[position - 1]` and `classes[position]` (`next`).
    @inline(__always)
    private static func breaks(before position: Int, next: Class, classes: [Class]) -> Bool {
        let previous = classes[position - 1]
        if previous == .carriageReturn && next == .lineFeed { return false }  // WB3
        if previous.isLineBreak || next.isLineBreak { return true }  // WB3a, WB3b
        if previous == .space && next == .space { return false }  // WB3d
        let afterNext = position + 1 < classes.count ? classes[position + 1] : nil
        let beforePrevious = position >= 2 ? classes[position - 2] : nil
        switch (previous, next) {
        case (.letter, .letter), (.numeric, .numeric), (.letter, .numeric), (.numeric, .letter):
            return false  // WB5, WB8, WB9, WB10
        case (.letter, _) where next.isMidNumLetQ && afterNext == .letter:
            return false  // WB6
        case (_, .letter) where previous.isMidNumLetQ && beforePrevious == .letter:
            return false  // WB7
        case (.numeric, _) where (next.isMidNumLetQ || next == .midNumber) && afterNext == .numeric:
            return false  // WB12
        case (_, .numeric) where (previous.isMidNumLetQ || previous == .midNumber) && beforePrevious == .numeric:
            return false  // WB11
        case (.letter, .extendNumLet), (.numeric, .extendNumLet), (.extendNumLet, .extendNumLet),
            (.extendNumLet, .letter), (.extendNumLet, .numeric):
            return false  // WB13a, WB13b
        default:
            return true  // WB999
        }
    }
}
