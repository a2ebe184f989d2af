import EnrichCore

/// Splits text into sentences: ICU's sentence break iterator (`<lang>@ss=standard`, over the
/// UTF-8 bytes, or `SentenceBreakScanner`, which finds the same breaks at a fraction of the cost)
/// proposes breaks, and, when the language has a lexicon, `SentenceBoundaryRules`
/// refines them (abbreviations, initials, ellipses, lists, line structure, parentheses, footnotes).
/// Usable on its own, outside a pipeline.
public struct SentenceSegmenter: Sendable {
    private let breakers: ICU.BreakIteratorPool
    private let scanner: SentenceBreakScanner?
    private let rules: SentenceBoundaryRules?

    /// A segmenter for `language` (an ICU locale id such as "en"); without a `lexicon` it keeps
    /// ICU's breaks as they are.
    public init(language: String, lexicon: SentenceLexicon?) throws {
        breakers = try ICU.BreakIteratorPool.shared(.sentence, locale: language + "@ss=standard")
        scanner = SentenceBreakScanner(language: language)
        rules = lexicon.map(SentenceBoundaryRules.init)
    }

    /// The sentences of `text` as UTF-8 byte ranges: in order, never overlapping, without
    /// whitespace at either end; between two sentences there is only whitespace.
    public func sentences(in text: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var breaks: [Int] = []
        breaks.reserveCapacity(text.count / 64)
        if scanner?.appendBoundaries(in: text, to: &breaks) != true {
            breakers.withIterator { iterator in
                iterator.forEachBoundary(in: text) { offset, _ in breaks.append(offset) }
            }
        }
        if let rules {
            breaks = rules.sentenceStarts(
                candidates: breaks, evidence: SentenceEvidence(scanning: text, lexicon: rules.lexicon), in: text)
        }
        var sentences: [TextRange] = []
        sentences.reserveCapacity(breaks.count + 1)
        var start = 0
        for end in breaks + [text.count] where end > start {
            if let sentence = text.trimmed(start..<end) { sentences.append(sentence) }
            start = end
        }
        return sentences
    }

    /// The sentences of `text` as UTF-8 byte ranges (see `sentences(in:)` on bytes).
    public func sentences(in text: String) -> [TextRange] {
        var text = text
        return text.withUTF8 { sentences(in: $0) }
    }
}
