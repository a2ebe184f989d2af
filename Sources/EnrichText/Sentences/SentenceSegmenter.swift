import EnrichCore

/// Splits text into sentences: ICU's sentence break iterator (`<lang>@ss=standard`, over the
/// UTF-8 bytes, or `SentenceBreakScanner`, which finds the same breaks at a fraction of the cost)
/// proposes breaks, and, when the language has a lexicon, `SentenceBoundaryRules`
/// refines them (abbreviations, initials, ellipses, lists, line structure, parentheses, footnotes).
/// Usable on its own, outside a pipeline.
public struct SentenceSegmenter: Sendable {
    private let breakers: OnDemandBreakIterators
    private let scanner: SentenceBreakScanner?
    private let rules: SentenceBoundaryRules?

    /// A segmenter for `language` (an ICU locale id such as "en"); without a `lexicon` it keeps
    /// ICU's breaks as they are.
    public init(language: String, lexicon: SentenceLexicon?) throws {
        scanner = SentenceBreakScanner(language: language)
        breakers = try OnDemandBreakIterators(.sentence, locale: language + "@ss=standard", lazily: scanner != nil)
        rules = lexicon.map(SentenceBoundaryRules.init)
    }

    /// The sentences of `text` as UTF-8 byte ranges: in order, never overlapping, without
    /// whitespace at either end; between two sentences there is only whitespace.
    public func sentences(in text: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var breaks: [Int] = []
        var evidence = rules.map { SentenceEvidence(reservingFor: text.count, lexicon: $0.lexicon) }
        if let scanner {
            breaks.reserveCapacity(text.count / 64)
            let breakers = self.breakers
            scanner.appendBoundaries(in: text, to: &breaks, evidence: &evidence) { breakers.boundaries(in: $0) }
            evidence?.finish()
        } else {
            breaks = breakers.boundaries(in: text)
            evidence = rules.map { SentenceEvidence(scanning: text, lexicon: $0.lexicon) }
        }
        if let rules, let evidence {
            breaks = rules.sentenceStarts(candidates: breaks, evidence: evidence, in: text)
        }
        var sentences: [TextRange] = []
        sentences.reserveCapacity(breaks.count + 1)
        var start = 0
        for end in breaks where end > start {
            if let sentence = Self.trimmed(start..<end, in: text) { sentences.append(sentence) }
            start = end
        }
        if let sentence = Self.trimmed(start..<text.count, in: text) { sentences.append(sentence) }
        return sentences
    }

    /// `range` of `text` without whitespace at either end, or nil when nothing else is left.
    private static func trimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> TextRange? {
        let start = text.skippingWhitespace(from: range.lowerBound)
        guard start < range.upperBound else { return nil }
        return TextRange(start: start, end: text.trimmingWhitespace(backFrom: range.upperBound, floor: start))
    }

    /// The sentences of `text` as UTF-8 byte ranges (see `sentences(in:)` on bytes).
    public func sentences(in text: String) -> [TextRange] {
        var text = text
        return text.withUTF8 { sentences(in: $0) }
    }
}
