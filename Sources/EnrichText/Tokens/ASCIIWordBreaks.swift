import EnrichCore

/// ICU's word boundaries (UAX #29 as ICU implements it), computed on the bytes directly for text
/// made of ASCII plus what English news uses most beyond it: curly quotes (U+2018/2019 are
/// MidNumLet, U+201C/201D Other), en and em dashes, the ellipsis, the no-break space, the euro
/// sign, and the precomposed letters of Latin-1 and Latin Extended-A ("é", "ø", "ł": ALetter).
///
/// ICU's rule-based iterator costs about as much per byte as its sentence iterator; this scanner
/// gives the same boundaries and rule statuses for such text at a fraction of the cost, and stops
/// at the line of any other character, so that ICU handles every other script (`WordBoundaries`).
/// It reads the text once, a run at a time: a word (letters, digits and underscores, with the
/// periods, apostrophes and separators that UAX #29 keeps inside words and numbers), a run of
/// spaces, CR LF, or any other character alone, since no rule joins those.
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

    /// Where `scan` writes boundaries: the ends and statuses arrays' storage, and how many are written.
    struct Output {
        let ends: UnsafeMutablePointer<Int>
        let statuses: UnsafeMutablePointer<Int32>
        var count = 0

        init(ends: UnsafeMutablePointer<Int>, statuses: UnsafeMutablePointer<Int32>) {
            self.ends = ends
            self.statuses = statuses
        }

        @inline(__always)
        mutating func append(_ end: Int, _ status: Int32) {
            ends[count] = end
            statuses[count] = status
            count += 1
        }
    }

    /// Writes to `output` the boundaries of `text` after `start` (the last is the end of the text,
    /// or of the last line it scans) and ICU's rule status for the segment each one ends. `start`
    /// must be where ICU always breaks (the text's start, or just after a line feed). Stops at the
    /// start of the first line with a character outside this scanner's set, writing nothing for
    /// that line, and returns where it stopped (`text.count` when it scanned everything).
    ///
    /// The status is that of the last rule the segment matched, as ICU tags it: 200 after a letter
    /// (or an underscore joined to a letter or underscore), 100 after a digit (or an underscore
    /// right after one), 0 for anything else.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout Output) -> Int {
        byteClasses.withUnsafeBufferPointer { table in
            var scanner = Scanner(text: text, table: table)
            return scanner.scan(from: start, into: &output)
        }
    }

    /// One scan over one text.
    private struct Scanner {
        let text: UnsafeBufferPointer<UInt8>
        let table: UnsafeBufferPointer<UInt8>

        mutating func scan(from start: Int, into output: inout Output) -> Int {
            let end = text.count
            var offset = start
            var lineStart = start
            var lineCount = output.count
            while offset < end {
                let (current, width) = character(at: offset)
                switch current {
                case Class.letter, Class.numeric, Class.extendNumLet:
                    offset = wordEnd(from: offset, current, width, into: &output)
                case Class.space:
                    offset += 1
                    while offset < end && text[offset] == 0x20 { offset += 1 }  // WB3d
                    output.append(offset, 0)
                case Class.lineFeed:
                    offset += 1
                    output.append(offset, 0)
                    lineStart = offset
                    lineCount = output.count
                case Class.carriageReturn:
                    offset += 1
                    if offset < end && text[offset] == 0x0A {  // WB3
                        offset += 1
                        output.append(offset, 0)
                        lineStart = offset
                        lineCount = output.count
                    } else {
                        output.append(offset, 0)
                    }
                case Class.unsupported:
                    output.count = lineCount
                    return lineStart
                default:
                    offset += width
                    output.append(offset, 0)
                }
            }
            return end
        }

        /// Scans the word that starts at `start` with a character of class `first`, writes its
        /// boundary and status, and returns its end.
        @inline(__always)
        private func wordEnd(from start: Int, _ first: UInt8, _ width: Int, into output: inout Output) -> Int {
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
            output.append(offset, status)
            return offset
        }

        /// The class and byte width of the character at `offset`.
        @inline(__always)
        private func character(at offset: Int) -> (UInt8, Int) {
            let byteClass = table[Int(text[offset])]
            if byteClass != Class.nonASCII { return (byteClass, 1) }
            let scalar = text.scalar(at: offset)
            switch scalar.value {
            case 0x2018, 0x2019: return (Class.midNumLet, scalar.width)
            case 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0xA0, 0x20AC: return (Class.other, scalar.width)
            case 0xC0...0x17F where scalar.value != 0xD7 && scalar.value != 0xF7: return (Class.letter, scalar.width)
            default: return (Class.unsupported, scalar.width)
            }
        }
    }
}
