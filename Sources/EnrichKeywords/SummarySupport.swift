import EnrichCore

extension Lexicon {
    /// A word's term as `AnalyzedText` makes it: the hash of its stem (`AnalyzedText.TermInfo.key`),
    /// its Zipf frequency and whether it is a stopword.
    public struct WordTerm {
        public var stemKey: UInt64
        public var zipf: Float
        public var isStopword: Bool
    }

    /// Calls `body` with the term of each plain word among `words` of `utf8` (ASCII bytes
    /// without an apostrophe, shorter than the words `AnalyzedText` analyzes), the same as
    /// `AnalyzedText` gives it, in order; stops and returns false at the first word that is not
    /// plain and needs the full analysis. Lets the summary match a headline's few words against
    /// an article's terms without analyzing the headline as a document, or allocating. Tokens
    /// that are not words are skipped.
    public func forEachPlainWordTerm(
        _ utf8: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Token>, _ body: (WordTerm) -> Void
    ) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordForm.scratchCapacity) { scratch in
            Vocabulary.withCurrent(for: self) { vocabulary in
                for token in words where token.kind == .word {
                    guard token.range.count < WordForm.scratchCapacity / 2,
                        let form = WordForm(plainASCII: utf8, range: token.range)
                    else { return false }
                    let word = vocabulary.word(form, utf8: utf8, range: token.range, scratch: scratch)
                    body(WordTerm(stemKey: vocabulary.stemKey(word.stem), zipf: word.zipf, isStopword: word.isStopword))
                }
                return true
            }
        }
    }
}
