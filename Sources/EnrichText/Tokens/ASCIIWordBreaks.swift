import EnrichCore

/// ICU's word boundaries (UAX #29 as ICU implements it), computed on the bytes directly for text
/// made of ASCII plus what English news uses most beyond it: curly quotes (U+2018/2019 are
/// MidNumLet, U+201C/201D Other), en and em dashes, the ellipsis, the no-break space, the euro
/// sign, and the precomposed letters of Latin-1 and Latin Extended-A ("é", "ø", "ł": ALetter).
///
/// ICU's rule-based iterator costs about as much per byte as its sentence iterator; this scanner
/// gives the same boundaries and rule statuses for such text at a fraction of the cost, and
/// declines on any other character, so that ICU handles every other script (`WordBoundaries`).
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

        @inline(__always) static func isMidNumLetQ(_ c: UInt8) -> Bool { c == midNumLet || c == singleQuote }
        @inline(__always) static func isLineBreak(_ c: UInt8) -> Bool { c >= carriageReturn && c <= newline }
        @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool { c == letter || c == numeric }
    }

    private static let asciiClasses: [UInt8] = (0..<128).map { byte in
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
        default: Class.other
        }
    }

    /// Reusable buffers for `append`, so that scanning line after line allocates nothing.
    struct Scratch {
        fileprivate var classes: [UInt8] = []
        fileprivate var offsets: [Int32] = []
        fileprivate var ends: [Int] = []
        fileprivate var statuses: [Int32] = []
    }

    /// Appends to `ends` the boundaries in `range` after its start (the last is `range.upperBound`)
    /// and to `statuses` ICU's rule status for the segment each one ends. Returns false, appending
    /// nothing, when the range has a character outside this scanner's set. `range` must start and
    /// end where ICU always breaks (the text's ends, or just after a line feed).
    ///
    /// The status is that of the last rule the segment matched, as ICU tags it: 200 after a letter
    /// (or an underscore joined to a letter or underscore), 100 after a digit (or an underscore
    /// right after one), 0 for anything else.
    static func append(
        in text: UnsafeBufferPointer<UInt8>, range: Range<Int>, ends: inout [Int], statuses: inout [Int32],
        scratch: inout Scratch
    ) -> Bool {
        if scratch.classes.count < range.count + 1 {
            // Grown by doubling, so that a text whose lines get longer reallocates only a few
            // times; every slot is written before it is read, so the buffers need no zeroing.
            let capacity = max(range.count + 1, 2 * scratch.classes.count, 256)
            scratch.classes = [UInt8](unsafeUninitializedCapacity: capacity) { $1 = capacity }
            scratch.offsets = [Int32](unsafeUninitializedCapacity: capacity) { $1 = capacity }
            scratch.ends = [Int](unsafeUninitializedCapacity: capacity) { $1 = capacity }
            scratch.statuses = [Int32](unsafeUninitializedCapacity: capacity) { $1 = capacity }
        }
        let table = asciiClasses
        let found = scratch.classes.withUnsafeMutableBufferPointer { classes in
            scratch.offsets.withUnsafeMutableBufferPointer { offsets in
                scratch.ends.withUnsafeMutableBufferPointer { segmentEnds in
                    scratch.statuses.withUnsafeMutableBufferPointer { segmentStatuses in
                        table.withUnsafeBufferPointer { table -> Int? in
                            guard let count = classify(text, range, table, classes, offsets) else { return nil }
                            return segment(classes, offsets, count: count, base: range.lowerBound,
                                           ends: segmentEnds, statuses: segmentStatuses)
                        }
                    }
                }
            }
        }
        guard let found else { return false }
        ends.append(contentsOf: scratch.ends[0..<found])
        statuses.append(contentsOf: scratch.statuses[0..<found])
        return true
    }

    /// Writes the class and start offset of every character in `range`; nil on a character this
    /// scanner leaves to ICU. Returns the number of characters.
    @inline(__always)
    private static func classify(
        _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ table: UnsafeBufferPointer<UInt8>,
        _ classes: UnsafeMutableBufferPointer<UInt8>, _ offsets: UnsafeMutableBufferPointer<Int32>
    ) -> Int? {
        var count = 0
        var offset = range.lowerBound
        let end = range.upperBound
        while offset < end {
            let byte = text[offset]
            offsets[count] = Int32(truncatingIfNeeded: offset - range.lowerBound)
            if byte < 0x80 {
                classes[count] = table[Int(byte)]
                offset += 1
            } else {
                let scalar = text.scalar(at: offset)
                switch scalar.value {
                case 0x2018, 0x2019: classes[count] = Class.midNumLet
                case 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0xA0, 0x20AC: classes[count] = Class.other
                case 0xC0...0x17F where scalar.value != 0xD7 && scalar.value != 0xF7: classes[count] = Class.letter
                default: return nil
                }
                offset += scalar.width
            }
            count += 1
        }
        offsets[count] = Int32(truncatingIfNeeded: end - range.lowerBound)
        return count
    }

    /// Applies the break rules to classified characters and writes the segments' ends and
    /// statuses; returns how many there are.
    @inline(__always)
    private static func segment(
        _ classes: UnsafeMutableBufferPointer<UInt8>, _ offsets: UnsafeMutableBufferPointer<Int32>, count: Int, base: Int,
        ends: UnsafeMutableBufferPointer<Int>, statuses: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        var found = 0
        var status: Int32 = 0
        var segmentStart = 0
        for index in 0..<count {
            let current = classes[index]
            if current == Class.letter {
                status = 200
            } else if current == Class.numeric {
                status = 100
            } else if current == Class.extendNumLet && index > segmentStart {
                status = classes[index - 1] == Class.numeric ? 100 : 200
            }
            if index + 1 < count {
                let next = classes[index + 1]
                // Letters inside a word are the common case: no rule breaks there.
                if current == Class.letter && next == Class.letter { continue }
                if !breaks(classes, count: count, before: index + 1) { continue }
            }
            ends[found] = base + Int(offsets[index + 1])
            statuses[found] = status
            found += 1
            status = 0
            segmentStart = index + 1
        }
        return found
    }

    /// Whether UAX #29 breaks between the characters at `position - 1` and `position`.
    @inline(__always)
    private static func breaks(_ classes: UnsafeMutableBufferPointer<UInt8>, count: Int, before position: Int) -> Bool {
        let previous = classes[position - 1]
        let next = classes[position]
        if previous == Class.carriageReturn && next == Class.lineFeed { return false }  // WB3
        if Class.isLineBreak(previous) || Class.isLineBreak(next) { return true }  // WB3a, WB3b
        if previous == Class.space && next == Class.space { return false }  // WB3d
        if Class.isAlphanumeric(previous) && Class.isAlphanumeric(next) { return false }  // WB5, WB8, WB9, WB10
        let afterNext = position + 1 < count ? classes[position + 1] : Class.other
        let beforePrevious = position >= 2 ? classes[position - 2] : Class.other
        if previous == Class.letter && Class.isMidNumLetQ(next) && afterNext == Class.letter { return false }  // WB6
        if next == Class.letter && Class.isMidNumLetQ(previous) && beforePrevious == Class.letter { return false }  // WB7
        if previous == Class.numeric && (Class.isMidNumLetQ(next) || next == Class.midNum)
            && afterNext == Class.numeric { return false }  // WB12
        if next == Class.numeric && (Class.isMidNumLetQ(previous) || previous == Class.midNum)
            && beforePrevious == Class.numeric { return false }  // WB11
        if next == Class.extendNumLet && (Class.isAlphanumeric(previous) || previous == Class.extendNumLet) { return false }  // WB13a
        if previous == Class.extendNumLet && Class.isAlphanumeric(next) { return false }  // WB13b
        return true  // WB999
    }
}
