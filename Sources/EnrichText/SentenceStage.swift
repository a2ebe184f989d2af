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
                    if let sentence = utf8.trimmed(start..<boundary) { sentences.append(sentence) }
                    start = boundary
                }
            }
            return sentences
        }
    }
}
