import EnrichCore

/// Splits a document into sentences with ICU's sentence break iterator (`<lang>@ss=standard`),
/// trimming whitespace around each sentence.
public struct SentenceStage: DocumentStage {
    public let provides: Set<Layer> = [.sentences]
    private let breakers: ICU.BreakIteratorPool

    /// `language` is an ICU locale id ("en", "de").
    public init(language: String = "en") throws {
        breakers = try ICU.BreakIteratorPool(.sentence, locale: language + "@ss=standard")
    }

    public func process(_ document: inout Document) {
        document.sentences = document.withUTF8 { utf8 in
            var sentences: [TextRange] = []
            var start = 0
            breakers.withIterator { iterator in
                iterator.forEachBoundary(in: utf8) { boundary, _ in
                    if let sentence = trimmed(start..<boundary, in: utf8) { sentences.append(sentence) }
                    start = boundary
                }
            }
            return sentences
        }
    }
}

/// `range` without leading and trailing whitespace, or nil when nothing is left.
func trimmed(_ range: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> TextRange? {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, let width = whitespaceWidth(in: utf8, at: start) { start += width }
    while end > start, let width = whitespaceWidth(in: utf8, endingAt: end) { end -= width }
    return start < end ? TextRange(start: start, end: end) : nil
}
