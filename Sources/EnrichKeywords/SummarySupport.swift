import EnrichCore

extension Lexicon {
    /// A word's term as `AnalyzedText` makes it: the hash of its stem (`AnalyzedText.termKeys`),
    /// its Zipf frequency and whether it is a stopword.
    public struct WordTerm {
        public var stemKey: UInt64
        public var zipf: Float
        public var isStopword: Bool
    }

    /// The term of a plain word of `utf8[range]` (ASCII bytes without an apostrophe, shorter than
    /// the words `AnalyzedText` analyzes), the same as `AnalyzedText` gives it; nil for any other
    /// word, which needs the full analysis. Lets the summary match a headline's few words against
    /// an article's terms without analyzing the headline as a document.
    public func plainWordTerm(_ utf8: UnsafeBufferPointer<UInt8>, range: TextRange) -> WordTerm? {
        guard range.count < WordForm.scratchCapacity / 2, let word = WordForm(plainASCII: utf8, range: range) else {
            return nil
        }
        let known = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordForm.scratchCapacity) { scratch in
            Vocabulary.withCurrent(for: self) { vocabulary in
                let known = vocabulary.word(word, utf8: utf8, range: range, scratch: scratch)
                return (known, vocabulary.stemKey(known.stem))
            }
        }
        return WordTerm(stemKey: known.1, zipf: known.0.zipf, isStopword: known.0.isStopword)
    }
}
