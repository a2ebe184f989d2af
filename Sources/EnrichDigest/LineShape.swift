import EnrichCore

/// What a line of text looks like: how many words, how many capitalised, how it starts and
/// ends. Enough to tell a headline ("US Bans Apps From Stores") from a paragraph of prose
/// and from a label in capitals ("DATA PROTECTION—U.S.").
struct LineShape {
    var byteCount = 0
    var wordCount = 0
    /// Words other than short function words ("of", "the", "in").
    var significantWords = 0
    /// Significant words that start with a capital letter or a digit.
    var capitalizedWords = 0
    var asciiLetters = 0
    var lowercaseLetters = 0
    /// The first scalar after opening quotes and brackets.
    var firstScalar: UInt32 = 0
    /// The last scalar before closing quotes and brackets.
    var lastScalar: UInt32 = 0
    /// The first word has a capital after a lowercase start ("iPhone", "eBay").
    var startsWithCamelCase = false
    /// A quotation closes after a comma (“We are watching,” she said): running text, not a headline.
    var hasQuotedClause = false
    /// The last word is an abbreviation written with periods ("U.S.", "D.C.").
    var endsWithAbbreviation = false

    /// Measures `range` in one pass over its bytes; word-level detail (capitals, letters,
    /// function words) only for lines that could be a headline or a label: short, and not
    /// ending like a sentence unless very short ("DATA PROTECTION—U.S.").
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        byteCount = range.count
        let inner = bytes.unwrapped(range)
        guard !inner.isEmpty else { return }
        firstScalar = bytes.scalarValue(at: inner.lowerBound).value
        lastScalar = bytes.scalarValue(at: bytes.scalarStart(endingAt: inner.upperBound)).value
        let detailed = byteCount <= Self.maximumHeadlineBytes && (byteCount <= 60 || !Punctuation.endsSentence(lastScalar))
        var lastWord: Range<Int>?
        var wordStart = -1
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            let spaceWidth: Int
            if byte < 0x80 {
                // ASCII whitespace is the space and 0x09–0x0D, decided without a call.
                guard byte == 0x20 || byte &- 0x09 < 5 else {
                    if wordStart < 0 { wordStart = offset }
                    offset += 1
                    continue
                }
                spaceWidth = 1
            } else if let width = bytes.whitespaceWidth(at: offset) {
                spaceWidth = width
            } else {
                if wordStart < 0 { wordStart = offset }
                offset += bytes.scalarWidth(at: offset)
                continue
            }
            if wordStart >= 0 {
                count(bytes, word: wordStart..<offset, detailed: detailed)
                lastWord = wordStart..<offset
            }
            wordStart = -1
            offset += spaceWidth
        }
        if wordStart >= 0 {
            count(bytes, word: wordStart..<range.upperBound, detailed: detailed)
            lastWord = wordStart..<range.upperBound
        }
        if let lastWord {
            let core = bytes.unwrapped(lastWord)
            endsWithAbbreviation = core.count <= 6 && core.reduce(0) { $0 + (bytes[$1] == 0x2E ? 1 : 0) } >= 2
        }
    }

    /// Counts one word of the line, measuring it when the line gets word-level detail.
    private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>, word: Range<Int>, detailed: Bool) {
        if wordCount == 0, detailed, bytes[word.lowerBound].isASCIILowercase {
            startsWithCamelCase = bytes[word].contains { $0.isASCIIUppercase }
        }
        wordCount += 1
        if detailed { measureWord(bytes, word) }
    }

    /// The shape of a line known to be running text (`LineClassifier.isPlainSentence`): only
    /// its size, its ends, and its words counted up to three (all `isProse` needs of a line
    /// this long), without word-level detail.
    init(sentence bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        byteCount = range.count
        let inner = bytes.unwrapped(range)
        firstScalar = bytes.scalarValue(at: inner.lowerBound).value
        lastScalar = bytes.scalarValue(at: bytes.scalarStart(endingAt: inner.upperBound)).value
        var words = 1
        var offset = range.lowerBound
        while words < 3, offset < range.upperBound {
            if bytes[offset] == 0x20 { words += 1 }
            offset += 1
        }
        wordCount = words
    }

    private mutating func measureWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) {
        let core = bytes.unwrapped(word)
        guard !core.isEmpty else { return }
        if !Self.isFunctionWord(bytes, core) {
            significantWords += 1
            if Self.isCapital(bytes.scalarValue(at: core.lowerBound).value) { capitalizedWords += 1 }
        }
        for offset in core {
            let byte = bytes[offset]
            if byte.isASCIIUppercase {
                asciiLetters += 1
            } else if byte.isASCIILowercase {
                asciiLetters += 1
                lowercaseLetters += 1
            } else if byte == 0x2C, offset + 1 < core.upperBound || offset + 1 < word.upperBound {
                let next = bytes[offset + 1]
                hasQuotedClause = hasQuotedClause || next == 0x22
                    || next == 0xE2 && offset + 3 < bytes.count && bytes[offset + 2] == 0x80 && bytes[offset + 3] == 0x9D
            }
        }
    }

    /// Longer lines are never headlines, labels or title lines.
    static let maximumHeadlineBytes = 240

    /// Most significant words are capitalised ("Razer Data Leak Exposes Records"). Always
    /// false for a line over 60 bytes ending like a sentence.
    var isTitleCase: Bool { significantWords > 0 && capitalizedWords * 10 >= significantWords * 7 }

    /// Letters are all capitals ("DATA PROTECTION—U.S.").
    var isAllCaps: Bool { asciiLetters >= 3 && lowercaseLetters == 0 }

    /// Ends like a sentence: a final period, question or exclamation mark, ellipsis or colon.
    var endsLikeSentence: Bool {
        (Punctuation.endsSentence(lastScalar) || lastScalar == 0x3A) && !endsWithAbbreviation
    }

    /// A paragraph of running text: a finished sentence of a few words, or simply long.
    var isProse: Bool { endsLikeSentence && wordCount >= 3 || wordCount >= 28 || byteCount > Self.maximumHeadlineBytes }

    /// Short, capitalised at the start ("iPhone" counts), and not ending like a sentence or a clause.
    var isHeadlineLike: Bool {
        guard (2...24).contains(wordCount), byteCount <= Self.maximumHeadlineBytes, !hasQuotedClause,
              Self.isCapital(firstScalar) || startsWithCamelCase else {
            return false
        }
        switch lastScalar {
        case 0x2E: return endsWithAbbreviation
        case 0x2C, 0x3B, 0x3A, 0x2026: return false
        case 0x3F, 0x21: return isTitleCase
        default: return true
        }
    }

    /// Starts with a capital letter, a digit or a currency sign (a headline may start "100K").
    static func isCapital(_ value: UInt32) -> Bool {
        if value < 0x80 {
            let byte = UInt8(value)
            return byte.isASCIIUppercase || byte.isASCIIDigit || byte == 0x24
        }
        return (0xC0...0xDE).contains(value) && value != 0xD7 || (0x391...0x3A9).contains(value)
            || (0x410...0x42F).contains(value) || value == 0x20AC || value == 0xA3
    }

    /// Function words packed by `packed`, sorted for binary search.
    private static let functionWords: [UInt64] = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as", "via", "vs",
        "from", "with", "into", "over", "than", "off", "up", "out", "is", "are", "be", "its", "per", "nor",
        "amid", "after", "onto", "upon",
    ].map { packed($0.utf8) }.sorted()

    private static func isFunctionWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count <= 5 else { return false }
        var key: UInt64 = 0
        for offset in word { key = key << 8 | UInt64(bytes[offset].asciiLowercased) }
        var low = 0
        var high = functionWords.count
        while low < high {
            let middle = (low + high) / 2
            if functionWords[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < functionWords.count && functionWords[low] == key
    }

    /// Up to eight bytes packed into one integer, so short words compare without allocating.
    private static func packed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
