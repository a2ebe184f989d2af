import EnrichCore
import EnrichKeywords

/// The article's headline as a vector over the document's terms, for Edmundson's title method:
/// a sentence that shares the headline's words says what the article is about.
///
/// The headline is analyzed like the text (same normalization, stemmer and stopwords; a term is
/// its stem's hash, `AnalyzedText.TermInfo.key`, so headline and text terms match), its words split at
/// letters and digits with inner apostrophes, hyphens and periods kept ("state-backed", "U.S.",
/// "Harborview's"), as the tokenizer keeps them. Headline terms the text lacks still count in the
/// headline's norm, so a cosine is only high for sentences close to the whole headline.
/// Most headlines have only plain ASCII words, whose terms the lexicon gives word by word; a
/// headline with an apostrophe or a non-ASCII letter goes through a full `AnalyzedText`.
enum HeadlineVector {
    /// One of the headline's terms: its stem key, the rarity of its first word and its weight.
    struct Term {
        var key: UInt64
        var rarity: Float
        var weight: Double
    }

    /// Writes the cosine of every sentence vector with the headline (its weight, count times
    /// rarity, per document term) into `similarities`, one per sentence; returns false, writing
    /// nothing, when there is no headline or it has no content words. The headline's words,
    /// terms and dense vector are made in scratch blocks: a document allocates no array.
    static func similarities(
        of headline: String?, text: AnalyzedText, lexicon: Lexicon, vectors: SentenceVectors,
        into similarities: UnsafeMutableBufferPointer<Double>
    ) -> Bool {
        guard var headline, !headline.isEmpty else { return false }
        return headline.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: (utf8.count + 1) / 2) { wordBuffer in
                let words = UnsafeBufferPointer(rebasing: wordBuffer[0..<Self.words(utf8, into: wordBuffer)])
                return withUnsafeTemporaryAllocation(of: Term.self, capacity: words.count) { termBuffer in
                    let termCount = Self.plainTerms(utf8, words: words, lexicon: lexicon, into: termBuffer)
                        ?? Self.analyzedTerms(utf8, words: words, lexicon: lexicon, into: termBuffer)
                    let terms = UnsafeBufferPointer(rebasing: termBuffer[0..<termCount])
                    let norm = terms.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
                    guard norm > 0 else { return false }
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: text.termCount) { dense in
                        Self.densify(terms, text: text, into: dense)
                        for sentence in 0..<vectors.count {
                            similarities[sentence] = vectors.cosine(sentence, dense: UnsafeBufferPointer(dense), norm: norm)
                        }
                    }
                    return true
                }
            }
        }
    }

    /// The headline's `terms` as a dense vector over the document's terms (a term's weight, 0
    /// where the headline lacks it) into `dense`, one per document term.
    private static func densify(_ terms: UnsafeBufferPointer<Term>, text: AnalyzedText, into dense: UnsafeMutableBufferPointer<Double>) {
        // One pass over the document's terms (each key once), a headline term's key passing a
        // 64-bit filter of the headline's keys before it is looked for among them.
        var filter: UInt64 = 0
        for term in terms { filter |= 1 << (term.key & 63) }
        text.terms.withUnsafeBufferPointer { documentTerms in
            for documentTerm in documentTerms.indices {
                let key = documentTerms[documentTerm].key
                var weight = 0.0
                if filter & (1 << (key & 63)) != 0, let term = terms.firstIndex(where: { $0.key == key }) {
                    weight = terms[term].weight
                }
                (dense.baseAddress! + documentTerm).initialize(to: weight)
            }
        }
    }

    /// The headline's terms (stem keys, in order of first use) and their weights into `terms`,
    /// when every word is plain ASCII: straight from the lexicon, as `AnalyzedText` would make
    /// them (a term's rarity is that of its first word); returns how many, or nil when a word
    /// needs the full analysis.
    static func plainTerms(
        _ utf8: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Token>, lexicon: Lexicon,
        into terms: UnsafeMutableBufferPointer<Term>
    ) -> Int? {
        var termCount = 0
        let allPlain = lexicon.forEachPlainWordTerm(utf8, words: words) { wordTerm in
            var term = 0
            while term < termCount && terms[term].key != wordTerm.stemKey { term += 1 }
            if term == termCount {
                terms[term] = Term(key: wordTerm.stemKey, rarity: lexicon.rarity(zipf: wordTerm.zipf), weight: 0)
                termCount += 1
            }
            if !wordTerm.isStopword { terms[term].weight += Double(terms[term].rarity) }
        }
        return allPlain ? termCount : nil
    }

    /// The headline's terms and their weights into `terms`, from a full `AnalyzedText` of the
    /// headline; returns how many.
    static func analyzedTerms(
        _ utf8: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Token>, lexicon: Lexicon,
        into terms: UnsafeMutableBufferPointer<Term>
    ) -> Int {
        let analyzed = AnalyzedText(
            utf8: utf8, tokens: Array(words), sentences: [TextRange(start: 0, end: utf8.count)], lexicon: lexicon)
        for term in 0..<analyzed.termCount {
            terms[term] = Term(key: analyzed.terms[term].key, rarity: analyzed.terms[term].rarity, weight: 0)
        }
        for info in analyzed.tokens where info.term >= 0 && !info.isStopword {
            terms[Int(info.term)].weight += Double(analyzed.terms[Int(info.term)].rarity)
        }
        return analyzed.termCount
    }

    /// The headline's words and numbers: runs of letters and digits, joined across a single
    /// apostrophe, hyphen or period between two of them.
    /// The headline's words into `tokens`, which has room for one per two bytes; returns how many.
    static func words(_ utf8: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<Token>) -> Int {
        var count = 0
        var offset = 0
        var start: Int?
        var startsWithLetter = false
        while offset < utf8.count {
            let (value, width) = scalar(utf8, at: offset)
            if isWordCharacter(value) {
                if start == nil {
                    start = offset
                    startsWithLetter = !(value >= 0x30 && value <= 0x39)
                }
            } else if let wordStart = start {
                let next = offset + width
                let joins = isJoiner(value) && next < utf8.count && isWordCharacter(scalar(utf8, at: next).value)
                if !joins {
                    (tokens.baseAddress! + count).initialize(
                        to: Token(range: TextRange(start: wordStart, end: offset), kind: startsWithLetter ? .word : .number))
                    count += 1
                    start = nil
                }
            }
            offset += width
        }
        if let wordStart = start {
            (tokens.baseAddress! + count).initialize(
                to: Token(range: TextRange(start: wordStart, end: utf8.count), kind: startsWithLetter ? .word : .number))
            count += 1
        }
        return count
    }

    /// The scalar at `offset` and its width in bytes, ASCII without a call.
    @inline(__always)
    private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, width: Int) {
        let byte = utf8[offset]
        return byte < 0x80 ? (UInt32(byte), 1) : utf8.scalar(at: offset)
    }

    @inline(__always)
    private static func isWordCharacter(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Apostrophes (straight and curly), hyphens and periods, which stay inside a word.
    private static func isJoiner(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x2019 || value == 0x2D || value == 0x2E
    }
}
