import EnrichCore

/// A document's tokens reduced to what keyword and sentence scoring need: each word token's
/// term (its normalized, stemmed form, numbered per document), whether it is a stopword, its
/// casing and its sentence; and for each term its count and general-English rarity.
///
/// Normalization merges variants: case ("Tariffs", "tariffs"), possessives ("Apple's"),
/// curly apostrophes, and inflections through Porter's stemmer ("tariff", "tariffs"). Everything
/// is done on UTF-8 bytes, without per-token allocations; only words with non-ASCII letters are
/// lowered through `String`.
public struct AnalyzedText {
    /// One entry per token of the document.
    public struct TokenInfo {
        /// The token's term, or -1 for a token that is not a word (number, punctuation, symbol).
        public var term: Int32
        public var sentence: Int32
        public var isStopword: Bool
        /// Written with a capital first letter, not as the first word of its sentence.
        public var isCapitalizedInside: Bool
        /// Written in capitals throughout, at least two letters ("NASA").
        public var isAcronym: Bool
        public var isSentenceInitial: Bool
    }

    /// What the document says of one term, and the lexicon of its first word; one struct per
    /// term, as the scorers read these together.
    public struct TermInfo {
        /// The hash of the term's stemmed form, the same in every document.
        public var key: UInt64
        /// How often the term occurs.
        public var count: Int32
        /// Rarity in general English, in (0, 1] (see `Lexicon.rarity`).
        public var rarity: Float
        public var isStopword: Bool
    }

    public private(set) var tokens: [TokenInfo] = []
    /// Per term, in order of first use.
    public private(set) var terms: [TermInfo] = []
    public let sentenceCount: Int

    public var termCount: Int { terms.count }

    /// Analyzes `tokens` of `utf8`, split into `sentences` (both sorted, as the stages make them).
    /// The keywords and the summary stage both analyze each record: the second gets the first's
    /// analysis from the thread's `AnalysisMemo`.
    public init(utf8: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [TextRange], lexicon: Lexicon) {
        let memo = AnalysisMemo.current
        if let known = memo.analysis(of: utf8, tokens: tokens, sentences: sentences, lexicon: lexicon) {
            self = known
        } else {
            self = AnalyzedText(analyzing: utf8, tokens: tokens, sentences: sentences, lexicon: lexicon)
            memo.remember(self, of: utf8, tokens: tokens, sentences: sentences, lexicon: lexicon)
        }
    }

    /// One pass over the tokens: each word is read (lowered and hashed) and found in the thread's
    /// `Vocabulary`, which knows its stem, frequency and stopword flag from earlier documents or
    /// asks the lexicon once; the stem's term in this document is one array read away.
    private init(analyzing utf8: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [TextRange], lexicon: Lexicon) {
        sentenceCount = sentences.count
        // A document has at most one term per token.
        var tokenInfos: [TokenInfo] = []
        terms = [TermInfo](unsafeUninitializedCapacity: tokens.count) { terms, termCount in
            termCount = 0
            tokenInfos = Vocabulary.withCurrent(for: lexicon) { vocabulary in
                vocabulary.beginDocument()
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordForm.scratchCapacity) { scratch in
                    [TokenInfo](unsafeUninitializedCapacity: tokens.count) { infos, initialized in
                        tokens.withUnsafeBufferPointer { tokens in
                            sentences.withUnsafeBufferPointer { sentences in
                                var sentence = 0
                                var sentenceEnd = sentences.count > 1 ? sentences[0].end : Int.max
                                var sentenceHasWord = false
                                for index in tokens.indices {
                                    let token = tokens[index]
                                    if token.range.start >= sentenceEnd {
                                        while sentence + 1 < sentences.count && sentences[sentence].end <= token.range.start {
                                            sentence += 1
                                        }
                                        sentenceEnd = sentence + 1 < sentences.count ? sentences[sentence].end : Int.max
                                        sentenceHasWord = false
                                    }
                                    var info = TokenInfo(term: -1, sentence: Int32(truncatingIfNeeded: sentence), isStopword: false,
                                                         isCapitalizedInside: false, isAcronym: false, isSentenceInitial: false)
                                    if token.kind == .word, token.range.count < scratch.count / 2,
                                        let form = WordForm(plainASCII: utf8, range: token.range)
                                            ?? (Self.isPossessiveMarker(token.range, in: utf8)
                                                ? nil : WordForm(utf8: utf8, range: token.range, scratch: scratch)) {
                                        info.isSentenceInitial = !sentenceHasWord
                                        sentenceHasWord = true
                                        info.isCapitalizedInside = form.isCapitalized && !info.isSentenceInitial
                                        info.isAcronym = form.isAcronym
                                        let word = vocabulary.word(form, utf8: utf8, range: token.range, scratch: scratch)
                                        info.isStopword = word.isStopword
                                        if let term = vocabulary.term(ofStem: word.stem) {
                                            info.term = term
                                            terms[Int(term)].count &+= 1
                                        } else {
                                            info.term = Int32(truncatingIfNeeded: termCount)
                                            vocabulary.setTerm(info.term, ofStem: word.stem)
                                            (terms.baseAddress! + termCount).initialize(to: TermInfo(
                                                key: vocabulary.stemKey(word.stem), count: 1,
                                                rarity: lexicon.rarity(zipf: word.zipf), isStopword: word.isStopword))
                                            termCount += 1
                                        }
                                    }
                                    (infos.baseAddress! + index).initialize(to: info)
                                }
                            }
                        }
                        initialized = tokens.count
                    }
                }
            }
        }
        self.tokens = tokenInfos
    }

    /// Whether `range` is the tokenizer's separate possessive ("'s", "’s", "'"), which ends a
    /// phrase like punctuation does: "Harborview's managers" gives "Harborview", not a phrase.
    private static func isPossessiveMarker(_ range: TextRange, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count <= 4 else { return false }
        let first = utf8[range.start]
        return first == UInt8(ascii: "'")
            || (first == 0xE2 && range.count >= 3 && utf8[range.start + 1] == 0x80 && utf8[range.start + 2] == 0x99)
    }

    /// Whether the token is a content word: a word that is not a stopword.
    @inline(__always)
    public func isContent(_ index: Int) -> Bool {
        let info = tokens[index]
        return info.term >= 0 && !info.isStopword
    }
}

/// One word token in lower case, with its possessive dropped, and the hash of that form
/// (computed while lowering: plain ASCII words take one pass over their bytes).
struct WordForm {
    /// The scratch buffer a word is lowered and stemmed in; words of half its size or more are
    /// not analyzed.
    static let scratchCapacity = 256

    var length: Int
    var isCapitalized: Bool
    var isAcronym: Bool
    var isContraction: Bool
    /// The `WordHash` state after the lower-case form's bytes, before it is finished.
    var lowercaseState: UInt64

    /// The `WordHash` of the lower-case form, as the lexicon keys it.
    var lowercaseHash: UInt64 { WordHash.finish(lowercaseState, length: length) }

    /// The key of the lower-case form in a thread's `Vocabulary`: the unfinished hash state with
    /// the length mixed in, which names a form as surely as the finished hash, without the
    /// finishing multiplications that every token would pay.
    var vocabularyKey: UInt64 { lowercaseState ^ UInt64(truncatingIfNeeded: length) }

    /// A single letter or a contraction ("don't"): a stopword whatever the lexicon says.
    var isShortOrContraction: Bool { isContraction || length < 2 }

    /// The common case, without a scratch buffer: a word of ASCII bytes without apostrophes;
    /// nil for any other word. Reads eight bytes at a time: each chunk is checked, lowered and
    /// hashed with a few word-wide operations.
    @inline(__always)
    init?(plainASCII utf8: UnsafeBufferPointer<UInt8>, range: TextRange) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits = ones &* 0x80
        var state = WordHash.seed
        // Per byte lane, how many capitals the chunks had there: a word of fewer than 128 bytes
        // has at most 16 chunks, so no lane carries into the next.
        var capitalLanes: UInt64 = 0
        var smallLetters: UInt64 = 0
        var offset = range.start
        while offset < range.end {
            var chunk = WordHash.chunk(of: utf8, at: offset, end: range.end)
            if chunk & highBits != 0 { return nil }
            // The bytes are below 0x80, so adding less than 0x80 to each carries into no other byte.
            let apostrophes = chunk ^ (ones &* 0x27)
            if (apostrophes &- ones) & ~apostrophes & highBits != 0 { return nil }
            let capitalLetters = (chunk &+ ones &* 0x3F) & ~(chunk &+ ones &* 0x25) & highBits
            smallLetters |= (chunk &+ ones &* 0x1F) & ~(chunk &+ ones &* 0x05) & highBits
            capitalLanes &+= capitalLetters >> 7
            chunk |= capitalLetters >> 2
            state = WordHash.mix(state, chunk)
            offset &+= 8
        }
        length = range.end &- range.start
        let first = utf8[range.start]
        isCapitalized = first &- 0x41 < 26
        // The lanes' sum is in the top byte of the product (at most 127 capitals).
        isAcronym = (capitalLanes &* ones) >> 56 >= 2 && smallLetters == 0
        isContraction = false
        lowercaseState = state
    }

    /// Any word: lowered into `scratch` (through `String` when it has non-ASCII letters), its
    /// possessive dropped, its contraction recognized.
    @inline(__always)
    init(utf8: UnsafeBufferPointer<UInt8>, range: TextRange, scratch: UnsafeMutableBufferPointer<UInt8>) {
        let apostrophe = UInt8(ascii: "'")
        let first = utf8[range.start]
        isCapitalized = first >= 0x41 && first <= 0x5A
        var letters = 0
        var capitals = 0
        var isASCII = true
        var hasApostrophe = false
        length = 0
        var offset = range.start
        while offset < range.end {
            var byte = utf8[offset]
            if byte >= 0x41 && byte <= 0x5A {
                capitals += 1
                letters += 1
                byte |= 0x20
            } else if byte >= 0x61 && byte <= 0x7A {
                letters += 1
            } else if byte == 0xE2 && offset + 2 < range.end && utf8[offset + 1] == 0x80 && utf8[offset + 2] == 0x99 {
                byte = apostrophe
                hasApostrophe = true
                offset += 2
            } else if byte >= 0x80 {
                isASCII = false
            } else if byte == apostrophe {
                hasApostrophe = true
            }
            scratch[length] = byte
            length += 1
            offset += 1
        }
        isAcronym = letters >= 2 && capitals == letters
        isContraction = false
        lowercaseState = 0
        if !isASCII {
            lowerNonASCII(scratch: scratch)
            isCapitalized = Unicode.Scalar(utf8.scalar(at: range.start).value)?.properties.isUppercase ?? false
        }
        if hasApostrophe {
            dropPossessiveAndDetectContraction(scratch: scratch)
        }
        lowercaseState = WordHash.state(UnsafeBufferPointer(rebasing: scratch[0..<length]))
    }

    /// Lowers a word with non-ASCII letters through `String`.
    private mutating func lowerNonASCII(scratch: UnsafeMutableBufferPointer<UInt8>) {
        let lowered = String(decoding: UnsafeBufferPointer(rebasing: scratch[0..<length]), as: UTF8.self).lowercased()
        length = 0
        for byte in lowered.utf8 where length < scratch.count / 2 {
            scratch[length] = byte
            length += 1
        }
    }

    /// Drops a final "'s" or "'" (of three bytes or more), and tells whether the apostrophe left
    /// is that of a contraction: "don't", "they're", "we've", "I'll", "she'd", "I'm".
    private mutating func dropPossessiveAndDetectContraction(scratch: UnsafeMutableBufferPointer<UInt8>) {
        let apostrophe = UInt8(ascii: "'")
        if length >= 3 && scratch[length - 2] == apostrophe && scratch[length - 1] == UInt8(ascii: "s") {
            length -= 2
        } else if length >= 3 && scratch[length - 1] == apostrophe {
            length -= 1
        }
        var mark = length - 1
        while mark >= 0 && scratch[mark] != apostrophe { mark -= 1 }
        guard mark >= 0 else { return }
        switch length - mark - 1 {
        case 1:
            let last = scratch[mark + 1]
            isContraction = last == UInt8(ascii: "t") || last == UInt8(ascii: "d") || last == UInt8(ascii: "m")
        case 2:
            let pair = (scratch[mark + 1], scratch[mark + 2])
            isContraction = pair == (UInt8(ascii: "r"), UInt8(ascii: "e")) || pair == (UInt8(ascii: "v"), UInt8(ascii: "e"))
                || pair == (UInt8(ascii: "l"), UInt8(ascii: "l"))
        default:
            break
        }
    }

    /// The hash of the stemmed form; the stem is built in the upper half of the scratch buffer.
    func stemHash(scratch: UnsafeMutableBufferPointer<UInt8>) -> UInt64 {
        let half = scratch.count / 2
        for index in 0..<length { scratch[half + index] = scratch[index] }
        let stem = UnsafeMutableBufferPointer(rebasing: scratch[half..<(half + length)])
        let stemmed = PorterStemmer.stem(stem, count: length)
        return WordHash.hash(UnsafeBufferPointer(rebasing: stem[0..<stemmed]))
    }
}
