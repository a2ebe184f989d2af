import EnrichCore

/// ICU's word boundaries and rule statuses for a whole text, line by line: lines that
/// `ASCIIWordBreaks` accepts are scanned on the bytes, the others go through ICU's word break
/// iterator. Both give the same boundaries (ICU always breaks after a line feed), so the result is
/// ICU's, at a fraction of its cost on English news.
struct WordBoundaries: Sendable {
    private let breakers: ICU.BreakIteratorPool

    init(locale: String) throws {
        breakers = try ICU.BreakIteratorPool.shared(.word, locale: locale)
    }

    /// The boundary offsets after the start of `text` (the last is `text.count`) and the rule
    /// status of the segment each one ends.
    func boundaries(in text: UnsafeBufferPointer<UInt8>) -> (ends: [Int], statuses: [Int32]) {
        var ends: [Int] = []
        var statuses: [Int32] = []
        ends.reserveCapacity(text.count / 3)
        statuses.reserveCapacity(text.count / 3)
        var scratch = ASCIIWordBreaks.Scratch()
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count && text[lineEnd] != .lineFeed { lineEnd += 1 }
            if lineEnd < text.count { lineEnd += 1 }
            let line = lineStart..<lineEnd
            if !ASCIIWordBreaks.append(in: text, range: line, ends: &ends, statuses: &statuses, scratch: &scratch) {
                breakers.withIterator { iterator in
                    iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: text[line])) { offset, status in
                        ends.append(line.lowerBound + offset)
                        statuses.append(status)
                    }
                }
            }
            lineStart = lineEnd
        }
        return (ends, statuses)
    }
}

extension UInt8 {
    fileprivate static let lineFeed = UInt8(ascii: "\n")
}
