import EnrichCore

/// The word segments of one text (the spans between ICU's word boundaries) with ICU's rule status
/// for each, read one at a time as the tokenizer goes, so that no array of boundaries is ever
/// built. The text goes in regions: lines that `ASCIIWordBreaks` covers, scanned a segment at a
/// time, then the line of the first character it does not cover, broken by ICU at once.
struct WordSegments {
    private let text: UnsafeBufferPointer<UInt8>
    private let classes: UnsafeBufferPointer<UInt8>
    private let breakers: ICU.BreakIteratorPool

    /// Where the current segment ends; when the reader stands here, the next one is not read yet.
    private(set) var end = 0
    /// ICU's rule status for the current segment.
    private(set) var status: Int32 = 0

    /// Segments that start before this offset are scanned on the bytes.
    private var scannedEnd = 0
    /// The line ICU breaks runs from `scannedEnd` to here; the next region starts here.
    private var regionEnd = 0
    /// ICU's boundaries (each segment's end) and statuses in the line it broke.
    private var icuEnds: [Int] = []
    private var icuStatuses: [Int32] = []
    /// The index in `icuEnds` of the last segment read in that line.
    private var icuIndex = 0

    init(text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>, breakers: ICU.BreakIteratorPool) {
        self.text = text
        self.classes = classes
        self.breakers = breakers
    }

    /// Where the lines that `ASCIIWordBreaks` covers end, from `start` (a boundary before the
    /// text's end) on: the caller may read the segments up to there on the bytes itself. `start`
    /// when its line is left to ICU.
    @inline(__always)
    mutating func scannedEnd(from start: Int) -> Int {
        if start >= regionEnd { enterRegion(at: start) }
        return max(start, scannedEnd)
    }

    /// Takes `boundary` as the end of the current segment: the caller read the segments before it
    /// on its own (`scannedEnd(from:)`), or skipped whitespace in them.
    @inline(__always)
    mutating func passed(to boundary: Int) {
        end = boundary
    }

    /// Reads the segment that starts at the current end (which must be before the text's end).
    @inline(__always)
    mutating func readNext() {
        let start = end
        if scannedEnd(from: start) > start {
            (end, status) = ASCIIWordBreaks.segment(at: start, in: text, classes: classes)
        } else {
            while icuEnds[icuIndex] <= start { icuIndex += 1 }
            end = icuEnds[icuIndex]
            status = icuStatuses[icuIndex]
        }
    }

    /// Reads segments until the current one ends at or after `offset`.
    @inline(__always)
    mutating func read(to offset: Int) {
        while end < offset { readNext() }
    }

    /// The end and status of the segment that starts at `start`, a boundary after the current
    /// segment on the same line.
    @inline(__always)
    func segment(startingAt start: Int) -> (end: Int, status: Int32) {
        if start < scannedEnd { return ASCIIWordBreaks.segment(at: start, in: text, classes: classes) }
        var index = icuIndex
        while icuEnds[index] <= start { index += 1 }
        return (icuEnds[index], icuStatuses[index])
    }

    /// Sets up the region that starts at `start` (the text's start or a line's): the lines the
    /// scanner covers, then the line of the first character it does not, broken by ICU.
    private mutating func enterRegion(at start: Int) {
        let unsupported = ASCIIWordBreaks.firstUnsupportedCharacter(in: text, from: start)
        guard unsupported < text.count else {
            scannedEnd = text.count
            regionEnd = text.count
            return
        }
        var lineStart = unsupported
        while lineStart > start && text[lineStart - 1] != .lineFeed { lineStart -= 1 }
        var lineEnd = unsupported
        while lineEnd < text.count && text[lineEnd] != .lineFeed { lineEnd += 1 }
        if lineEnd < text.count { lineEnd += 1 }
        scannedEnd = lineStart
        regionEnd = lineEnd
        icuEnds.removeAll(keepingCapacity: true)
        icuStatuses.removeAll(keepingCapacity: true)
        icuIndex = 0
        breakers.withIterator { iterator in
            iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd])) { offset, status in
                icuEnds.append(lineStart + offset)
                icuStatuses.append(status)
            }
        }
    }
}

extension UInt8 {
    fileprivate static let lineFeed = UInt8(ascii: "\n")
}
