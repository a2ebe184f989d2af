import EnrichCore

/// ICU's word boundaries (UAX #29 as ICU implements it), computed on the bytes directly for text
/// made of ASCII plus what English news uses most beyond it: curly quotes (U+2018/2019 are
/// MidNumLet, U+201C/201D Other), en and em dashes, the ellipsis, the no-break space, the euro
/// sign, and the precomposed letters of Latin-1 and Latin Extended-A ("é", "ø", "ł": ALetter).
///
/// ICU's rule-based iterator costs about as much per byte as its sentence iterator; this scanner
/// gives the same boundaries and rule statuses for such text at a fraction of the cost, and leaves
/// each line with any other character to ICU, which handles every other script (`WordSegments`).
/// It reads a segment at a time: a word (letters, digits and underscores, with the periods,
/// apostrophes and separators that UAX #29 keeps inside words and numbers), a run of spaces,
/// CR LF, or any other character alone, since no rule joins those.
/// `ASCIIWordBreaksTests` checks it against ICU on random text.
enum ASCIIWordBreaks {
    /// Word_Break classes of the characters this scanner accepts, as bytes for a tight loop.
    private enum Class {
        static let other: UInt8 = 0
        static let letter: UInt8 = 1
        static let numeric: UInt8 = 2
        /// MidNumLet: "." and the curly single quotes.
        static let midNumLet: UInt8 = 3
        static let singleQuote: UInt8 = 4
        /// MidNum: "," and ";".
        static let midNum: UInt8 = 5
        static let extendNumLet: UInt8 = 6
        static let carriageReturn: UInt8 = 7
        static let lineFeed: UInt8 = 8
        static let newline: UInt8 = 9
        static let space: UInt8 = 10
        /// A character this scanner leaves to ICU.
        static let unsupported: UInt8 = 255
        /// In the byte table: a byte of a character outside ASCII, which `character(at:)` decodes.
        static let nonASCII: UInt8 = 254

        @inline(__always) static func isMidNumLetQ(_ c: UInt8) -> Bool { c == midNumLet || c == singleQuote }
        @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool { c == letter || c == numeric }
    }

    /// The class of each ASCII byte, and `Class.nonASCII` for every other byte, so that the
    /// loops test a byte with one table read.
    private static let byteClasses: [UInt8] = (0..<256).map { byte in
        switch UInt8(byte) {
        // ICU counts "@" as a letter, so that e-mail addresses hold together.
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): Class.letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Class.numeric
        case UInt8(ascii: "."): Class.midNumLet
        case UInt8(ascii: "'"): Class.singleQuote
        case UInt8(ascii: ","), UInt8(ascii: ";"): Class.midNum
        case UInt8(ascii: "_"): Class.extendNumLet
        case 0x0D: Class.carriageReturn
        case 0x0A: Class.lineFeed
        case 0x0B, 0x0C: Class.newline
        case 0x20: Class.space
        case 0x80...: Class.nonASCII
        default: Class.other
        }
    }

    /// Calls `body` with the byte class table, which `segment(at:in:classes:)` reads.
    static func withClasses<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        byteClasses.withUnsafeBufferPointer(body)
    }

    /// The offset of the first character at or after `offset` that this scanner leaves to ICU, or
    /// `text.count` when there is none. ASCII goes by eight bytes at a time; only the characters
    /// outside it are decoded.
    static func firstUnsupportedCharacter(in text: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        guard let base = text.baseAddress else { return 0 }
        let count = text.count
        var position = offset
        while position < count {
            if position + 8 <= count {
                let high = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                if high == 0 {
                    position &+= 8
                    continue
                }
                position &+= UInt64(littleEndian: high).trailingZeroBitCount >> 3
            } else if base[position] < 0x80 {
                position &+= 1
                continue
            }
            let scalar = text.scalar(at: position)
            if nonASCIIClass(scalar.value) == Class.unsupported { return position }
            position &+= scalar.width
        }
        return count
    }

    /// The word segment that starts at `start` (a boundary: the text's start, or where the
    /// segment before ends) and ICU's rule status for it: 200 after a letter (or an underscore
    /// joined to a letter or underscore), 100 after a digit (or an underscore right after one), 0
    /// for anything else. The line that holds `start` must have no character this scanner leaves
    /// to ICU (`firstUnsupportedCharacter`); `classes` is the table `withClasses` lends.
    @inline(__always)
    static func segment(
        at start: Int, in text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>
    ) -> (end: Int, status: Int32) {
        Scanner(text: text, table: classes).segment(at: start)
    }

    /// The scan of one segment.
    private struct Scanner {
        let text: UnsafeBufferPointer<UInt8>
        let table: UnsafeBufferPointer<UInt8>

        @inline(__always)
        func segment(at start: Int) -> (end: Int, status: Int32) {
            let (current, width) = character(at: start)
            switch current {
            case Class.letter, Class.numeric, Class.extendNumLet:
                return wordEnd(from: start, current, width)
            case Class.space:
                let end = text.count
                var offset = start &+ 1
                while offset < end && text[offset] == 0x20 { offset &+= 1 }  // WB3d
                return (offset, 0)
            case Class.carriageReturn:
                return (start &+ 1 < text.count && text[start &+ 1] == 0x0A ? start &+ 2 : start &+ 1, 0)  // WB3
            default:
                return (start &+ width, 0)
            }
        }

    /// Scans the word that starts at `start` with a character of class `first`, writes its
        /// boundary and status, and returns its end.
        @inline(__always)
        private func wordEnd(from start: Int, _ first: UInt8, _ width: Int) -> (end: Int, status: Int32) {
            let end = text.count
            var offset = start + width
            var last = first
            var beforeLast = Class.other
            while offset < end {
                // ASCII letters and digits in a row, the bulk of every word. (`beforeLast` only
                // matters for a final underscore, and is set when one is read.)
                var run = offset
                while run < end, Class.isAlphanumeric(table[Int(text[run])]) { run &+= 1 }
                if run > offset {
                    last = table[Int(text[run &- 1])]
                    offset = run
                    if run == end { break }
                }
                let (current, width) = character(at: offset)
                if Class.isAlphanumeric(current) || current == Class.extendNumLet {  // WB5, WB8–10, WB13a, WB13b
                    beforeLast = last
                    last = current
                    offset += width
                    continue
                }
                let joinsLetters = last == Class.letter && Class.isMidNumLetQ(current)
                let joinsDigits = last == Class.numeric && (Class.isMidNumLetQ(current) || current == Class.midNum)
                guard joinsLetters || joinsDigits, offset + width < end else { break }
                let (after, afterWidth) = character(at: offset + width)
                guard joinsLetters && after == Class.letter || joinsDigits && after == Class.numeric else { break }  // WB6, WB7, WB11, WB12
                beforeLast = current
                offset += width + afterWidth
            }
            let status: Int32 = switch last {
            case Class.letter: 200
            case Class.numeric: 100
            default: offset - start == width ? 0 : beforeLast == Class.numeric ? 100 : 200
            }
            return (offset, status)
        }

        /// The class and byte width of the character at `offset`.
        @inline(__always)
        private func character(at offset: Int) -> (UInt8, Int) {
            let byteClass = table[Int(text[offset])]
            if byteClass != Class.nonASCII { return (byteClass, 1) }
            let scalar = text.scalar(at: offset)
            return (nonASCIIClass(scalar.value), scalar.width)
        }
    }

    /// The class of a character outside ASCII, `Class.unsupported` for those left to ICU.
    private static func nonASCIIClass(_ value: UInt32) -> UInt8 {
        switch value {
        case 0x2018, 0x2019: Class.midNumLet
        case 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0xA0, 0x20AC: Class.other
        case 0xC0...0x17F where value != 0xD7 && value != 0xF7: Class.letter
        default: Class.unsupported
        }
    }
}
