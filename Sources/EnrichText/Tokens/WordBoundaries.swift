import EnrichCore

/// ICU's word boundaries and rule statuses for a whole text: `ASCIIWordBreaks` scans it on the
/// bytes, and each line it stops at (one with a character outside its set) goes through ICU's
/// word break iterator. Both give the same boundaries (ICU always breaks after a line feed), so the result is
/// ICU's, at a fraction of its cost on English news.
struct WordBoundaries: Sendable {
    private let breakers: ICU.BreakIteratorPool

    init(locale: String) throws {
        breakers = try ICU.BreakIteratorPool.shared(.word, locale: locale)
    }

    /// The boundary offsets after the start of `text` (the last is `text.count`) and the rule
    /// status of the segment each one ends.
    func boundaries(in text: UnsafeBufferPointer<UInt8>) -> (ends: [Int], statuses: [Int32]) {
        // Every boundary ends at least one character, so there are at most as many as bytes.
        let capacity = text.count
        var statuses: [Int32] = []
        let ends = [Int](unsafeUninitializedCapacity: capacity) { endsBuffer, endsCount in
            statuses = [Int32](unsafeUninitializedCapacity: capacity) { statusesBuffer, statusesCount in
                guard let ends = endsBuffer.baseAddress, let statuses = statusesBuffer.baseAddress else { return }
                var output = ASCIIWordBreaks.Output(ends: ends, statuses: statuses)
                var offset = 0
                while offset < text.count {
                    offset = ASCIIWordBreaks.scan(text, from: offset, into: &output)
                    if offset < text.count { offset = breakWithICU(lineAt: offset, in: text, into: &output) }
                }
                statusesCount = output.count
            }
            endsCount = statuses.count
        }
        return (ends, statuses)
    }

    /// Writes ICU's boundaries and statuses for the line that starts at `start`; returns its end.
    private func breakWithICU(lineAt start: Int, in text: UnsafeBufferPointer<UInt8>, into output: inout ASCIIWordBreaks.Output) -> Int {
        var end = start
        while end < text.count && text[end] != .lineFeed { end += 1 }
        if end < text.count { end += 1 }
        breakers.withIterator { iterator in
            iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: text[start..<end])) { offset, status in
                output.append(start + offset, status)
            }
        }
        return end
    }
}

extension UInt8 {
    fileprivate static let lineFeed = UInt8(ascii: "\n")
}
