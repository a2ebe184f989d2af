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
        let maximumLength = 128
        guard range.count < maximumLength else { return nil }
        var hash = WordHash.empty
        for offset in range.start..<range.end {
            var byte = utf8[offset]
            if byte >= 0x80 || byte == UInt8(ascii: "'") { return nil }
            if byte &- 0x41 < 26 { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* WordHash.prime
        }
        let entry = entry(hash)
        let isStopword = range.count < 2 || entry?.isStopword == true
        let stemKey = entry?.stemKey ?? withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { word in
            for index in 0..<range.count {
                let byte = utf8[range.start + index]
                word[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            let stemmed = PorterStemmer.stem(word, count: range.count)
            return WordHash.hash(UnsafeBufferPointer(rebasing: word[0..<stemmed]))
        }
        return WordTerm(stemKey: stemKey, zipf: entry?.zipf ?? unlistedZipf, isStopword: isStopword)
    }
}
