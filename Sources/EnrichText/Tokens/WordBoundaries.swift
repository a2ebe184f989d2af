import EnrichCore

/// ICU's word boundaries and rule statuses: `ASCIIWordBreaks` finds them on the bytes, and each
/// line with a character outside its set goes through ICU's word break iterator. Both give the
/// same boundaries (ICU always breaks after a line feed), so the result is ICU's, at a fraction of
/// its cost on English news.
struct WordBoundaries: Sendable {
    private let breakers: ICU.BreakIteratorPool

    init(locale: String) throws {
        breakers = try ICU.BreakIteratorPool.shared(.word, locale: locale)
    }

    /// Calls `body` with the word segments of `text`, positioned on the first.
    func withSegments<Result>(of text: UnsafeBufferPointer<UInt8>, _ body: (inout WordSegments) -> Result) -> Result {
        ASCIIWordBreaks.withClasses { classes in
            var segments = WordSegments(text: text, classes: classes, breakers: breakers)
            return body(&segments)
        }
    }
}
