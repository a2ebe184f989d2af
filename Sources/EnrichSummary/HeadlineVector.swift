import EnrichCore
import EnrichKeywords

/// The article's headline as a vector over the document's terms, for Edmundson's title method:
/// a sentence that shares the headline's words says what the article is about.
///
/// The headline is analyzed like the text (same normalization, stemmer and stopwords; a term is
/// its stem's hash, `AnalyzedText.termKeys`, so headline and text terms match), its words split at
/// letters and digits with inner apostrophes, hyphens and periods kept ("state-backed", "U.S.",
/// "Harborview's"), as the tokenizer keeps them. Headline terms the text lacks still count in the
/// headline's norm, so a cosine is only high for sentences close to the whole headline.
/// Most headlines have only plain ASCII words, whose terms the lexicon gives word by word; a
/// headline with an apostrophe or a non-ASCII letter goes through a full `AnalyzedText`.
struct HeadlineVector {
    /// The headline's weight (count times rarity) per document term, dense; 0 where it lacks one.
    let dense: [Double]
    /// The norm over all the headline's content terms, those missing from the text included.
    let norm: Double

    /// The headline's vector, or nil when there is no headline or it has no content words.
    init?(_ headline: String?, text: AnalyzedText, lexicon: Lexicon) {
        guard var headline, !headline.isEmpty else { return nil }
        let (keys, headlineWeights) = headline.withUTF8 { utf8 in
            let words = Self.words(utf8)
            return Self.plainTerms(utf8, words: words, lexicon: lexicon)
                ?? Self.analyzedTerms(utf8, words: words, lexicon: lexicon)
        }
        let norm = headlineWeights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return nil }
        // One pass over the document's terms (each key once), a headline term's key passing a
        // 64-bit filter of the headline's keys before it is looked for among them.
        var filter: UInt64 = 0
        for key in keys { filter |= 1 << (key & 63) }
        var dense = [Double](repeating: 0, count: text.termCount)
        for (documentTerm, key) in text.termKeys.enumerated() where filter & (1 << (key & 63)) != 0 {
            if let term = keys.firstIndex(of: key), headlineWeights[term] > 0 { dense[documentTerm] = headlineWeights[term] }
        }
        self.dense = dense
        self.norm = norm
    }

    /// The headline's terms (stem keys, in order of first use) and their weights, when every
    /// word is plain ASCII: straight from the lexicon, as `AnalyzedText` would make them (a
    /// term's rarity is that of its first word); nil when a word needs the full analysis.
    static func plainTerms(
        _ utf8: UnsafeBufferPointer<UInt8>, words: [Token], lexicon: Lexicon
    ) -> (keys: [UInt64], weights: [Double])? {
        var keys: [UInt64] = []
        var rarities: [Float] = []
        var weights: [Double] = []
        keys.reserveCapacity(words.count)
        rarities.reserveCapacity(words.count)
        weights.reserveCapacity(words.count)
        guard let wordTerms = lexicon.plainWordTerms(utf8, words: words) else { return nil }
        for wordTerm in wordTerms {
            let term: Int
            if let known = keys.firstIndex(of: wordTerm.stemKey) {
                term = known
            } else {
                term = keys.count
                keys.append(wordTerm.stemKey)
                rarities.append(lexicon.rarity(zipf: wordTerm.zipf))
                weights.append(0)
            }
            if !wordTerm.isStopword { weights[term] += Double(rarities[term]) }
        }
        return (keys, weights)
    }

    /// The headline's terms and their weights from a full `AnalyzedText` of the headline.
    static func analyzedTerms(
        _ utf8: UnsafeBufferPointer<UInt8>, words: [Token], lexicon: Lexicon
    ) -> (keys: [UInt64], weights: [Double]) {
        let analyzed = AnalyzedText(
            utf8: utf8, tokens: words, sentences: [TextRange(start: 0, end: utf8.count)], lexicon: lexicon)
        var weights = [Double](repeating: 0, count: analyzed.termCount)
        for info in analyzed.tokens where info.term >= 0 && !info.isStopword {
            weights[Int(info.term)] += Double(analyzed.termRarity[Int(info.term)])
        }
        return (analyzed.termKeys, weights)
    }

    /// The cosine of every sentence vector with the headline.
    func similarities(_ vectors: SentenceVectors) -> [Double] {
        dense.withUnsafeBufferPointer { dense in
            (0..<vectors.count).map { vectors.cosine($0, dense: dense, norm: norm) }
        }
    }

    /// The headline's words and numbers: runs of letters and digits, joined across a single
    /// apostrophe, hyphen or period between two of them.
    static func words(_ utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        // A word and the separator after it take at least two bytes.
        tokens.reserveCapacity((utf8.count + 1) / 2)
        var offset = 0
        var start: Int?
        var startsWithLetter = false
        while offset < utf8.count {
            let (value, width) = utf8.scalar(at: offset)
            if isWordCharacter(value) {
                if start == nil {
                    start = offset
                    startsWithLetter = !(value >= 0x30 && value <= 0x39)
                }
            } else if let wordStart = start {
                let next = offset + width
                let joins = isJoiner(value) && next < utf8.count && isWordCharacter(utf8.scalar(at: next).value)
                if !joins {
                    tokens.append(Token(range: TextRange(start: wordStart, end: offset), kind: startsWithLetter ? .word : .number))
                    start = nil
                }
            }
            offset += width
        }
        if let wordStart = start {
            tokens.append(Token(range: TextRange(start: wordStart, end: utf8.count), kind: startsWithLetter ? .word : .number))
        }
        return tokens
    }

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
