import EnrichCore

/// A document's tokens reduced to what keyword and sentence scoring need: each word token's
/// term (its normalized, stemmed form, numbered per document), whether it is a stopword, its
/// casing and its sentence; and for each term its count and general-English rarity.
///
/// Normalization merges variants: case ("Tariffs", "tariffs"), possessives ("Apple's"),
/// curly apostrophes, and inflections through Porter's stemmer ("tariff", "tariffs"). Everything
/// is done on UTF-8 bytes in one scratch buffer; only words with non-ASCII letters are lowered
/// through `String`.
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

    public private(set) var tokens: [TokenInfo] = []
    /// Per term: how often it occurs.
    public private(set) var termCounts: [Int32] = []
    /// Per term: rarity in general English, in (0, 1] (see `Lexicon.rarity`).
    public private(set) var termRarity: [Float] = []
    /// Per term: whether it is a stopword.
    public private(set) var termIsStopword: [Bool] = []
    /// Per term: the hash of its stemmed form, the same in every document.
    public private(set) var termKeys: [UInt64] = []
    public let sentenceCount: Int

    public var termCount: Int { termCounts.count }

    /// Analyzes `tokens` of `utf8`, split into `sentences` (both sorted, as the stages make them).
    public init(utf8: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [TextRange], lexicon: Lexicon) {
        sentenceCount = sentences.count
        self.tokens.reserveCapacity(tokens.count)
        // Terms by stem, and by lower-case word so that a word seen before skips stemming.
        var termOfStem = WordTable<Int32>(minimumCapacity: tokens.count / 4)
        var termOfWord = WordTable<(term: Int32, isStopword: Bool)>(minimumCapacity: tokens.count / 4)
        var sentence = 0
        var sentenceHasWord = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { scratch in
            for token in tokens {
                while sentence + 1 < sentences.count && sentences[sentence].end <= token.range.start {
                    sentence += 1
                    sentenceHasWord = false
                }
                var info = TokenInfo(term: -1, sentence: Int32(sentence), isStopword: false,
                                     isCapitalizedInside: false, isAcronym: false, isSentenceInitial: false)
                guard token.kind == .word, token.range.count < scratch.count / 2,
                    !Self.isPossessiveMarker(token.range, in: utf8)
                else {
                    self.tokens.append(info)
                    continue
                }
                let word = WordForm(utf8: utf8, range: token.range, scratch: scratch)
                info.isSentenceInitial = !sentenceHasWord
                sentenceHasWord = true
                info.isCapitalizedInside = word.isCapitalized && !info.isSentenceInitial
                info.isAcronym = word.isAcronym
                if let known = termOfWord[word.lowercaseHash] {
                    info.term = known.term
                    info.isStopword = known.isStopword
                    termCounts[Int(known.term)] += 1
                    self.tokens.append(info)
                    continue
                }
                info.isStopword = word.isContraction || lexicon.isStopword(word.lowercaseHash) || word.length < 2
                let key = word.stemHash(scratch: scratch)
                if let term = termOfStem[key] {
                    info.term = term
                    termCounts[Int(term)] += 1
                } else {
                    info.term = Int32(termCounts.count)
                    termOfStem[key] = info.term
                    termCounts.append(1)
                    termRarity.append(lexicon.rarity(word.lowercaseHash))
                    termIsStopword.append(info.isStopword)
                    termKeys.append(key)
                }
                termOfWord[word.lowercaseHash] = (info.term, info.isStopword)
                self.tokens.append(info)
            }
        }
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

/// One word token lowered into a scratch buffer, with its possessive dropped.
private struct WordForm {
    var length: Int
    var isCapitalized: Bool
    var isAcronym: Bool
    var isContraction: Bool
    var lowercaseHash: UInt64
    let scratch: UnsafeMutableBufferPointer<UInt8>

    init(utf8: UnsafeBufferPointer<UInt8>, range: TextRange, scratch: UnsafeMutableBufferPointer<UInt8>) {
        self.scratch = scratch
        let first = utf8[range.start]
        isCapitalized = first >= 0x41 && first <= 0x5A
        var letters = 0
        var capitals = 0
        var isASCII = true
        length = 0
        var offset = range.start
        while offset < range.end {
            var byte = utf8[offset]
            if byte == 0xE2 && offset + 2 < range.end && utf8[offset + 1] == 0x80 && utf8[offset + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                offset += 2
            } else if byte >= 0x80 {
                isASCII = false
            } else if byte >= 0x41 && byte <= 0x5A {
                capitals += 1
                letters += 1
                byte |= 0x20
            } else if byte >= 0x61 && byte <= 0x7A {
                letters += 1
            }
            scratch[length] = byte
            length += 1
            offset += 1
        }
        isAcronym = letters >= 2 && capitals == letters
        if !isASCII {
            let lowered = String(decoding: UnsafeBufferPointer(rebasing: scratch[0..<length]), as: UTF8.self).lowercased()
            length = 0
            for byte in lowered.utf8 where length < scratch.count / 2 {
                scratch[length] = byte
                length += 1
            }
            isCapitalized = Unicode.Scalar(utf8.scalar(at: range.start).value)?.properties.isUppercase ?? false
        }
        isContraction = false
        lowercaseHash = 0
        dropPossessiveAndDetectContraction()
        lowercaseHash = WordHash.hash(UnsafeBufferPointer(rebasing: scratch[0..<length]))
    }

    /// What follows the apostrophe of "don't", "they're", "we've", "I'll", "she'd", "I'm".
    private static let contractionEndings: [StaticString] = ["t", "re", "ve", "ll", "d", "m"]

    private mutating func dropPossessiveAndDetectContraction() {
        let apostrophe = UInt8(ascii: "'")
        if length >= 3 && scratch[length - 2] == apostrophe && scratch[length - 1] == UInt8(ascii: "s") {
            length -= 2
        } else if length >= 3 && scratch[length - 1] == apostrophe {
            length -= 1
        }
        guard let mark = (0..<length).last(where: { scratch[$0] == apostrophe }) else { return }
        let suffix = UnsafeBufferPointer(rebasing: scratch[(mark + 1)..<length])
        isContraction = Self.contractionEndings.contains { ending in
            ending.utf8CodeUnitCount == suffix.count
                && (0..<suffix.count).allSatisfy { suffix[$0] == ending.utf8Start[$0] }
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
