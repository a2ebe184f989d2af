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
    /// The last word is an abbreviation written with periods ("U.S.", "D.C.").
    var endsWithAbbreviation = false
    /// The line contains a `;` (teasers list headlines separated by semicolons).
    var hasSemicolon = false

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        byteCount = range.count
        let inner = bytes.unwrapped(range)
        guard !inner.isEmpty else { return }
        firstScalar = bytes.scalar(at: inner.lowerBound).value
        lastScalar = bytes.scalar(at: bytes.scalarStart(endingAt: inner.upperBound)).value
        let words = bytes.words(in: range)
        wordCount = words.count
        for word in words {
            let core = bytes.unwrapped(word)
            guard !core.isEmpty else { continue }
            if !Self.isFunctionWord(bytes, core) {
                significantWords += 1
                let lead = bytes.scalar(at: core.lowerBound).value
                if Self.isCapital(lead) { capitalizedWords += 1 }
            }
            for offset in core {
                let byte = bytes[offset]
                if byte.isASCIIUppercase { asciiLetters += 1 }
                if byte.isASCIILowercase {
                    asciiLetters += 1
                    lowercaseLetters += 1
                }
                if byte == 0x3B { hasSemicolon = true }
            }
        }
        if let last = words.last {
            let core = bytes.unwrapped(last)
            let periods = core.filter { bytes[$0] == 0x2E }.count
            endsWithAbbreviation = periods >= 2 && core.count <= 6
        }
    }

    /// Most significant words are capitalised ("Razer Data Leak Exposes Records").
    var isTitleCase: Bool { significantWords > 0 && capitalizedWords * 10 >= significantWords * 7 }

    /// Letters are all capitals ("DATA PROTECTION—U.S.").
    var isAllCaps: Bool { asciiLetters >= 3 && lowercaseLetters == 0 }

    /// Ends like a sentence: a final period, question or exclamation mark, ellipsis or colon.
    var endsLikeSentence: Bool {
        (Punctuation.endsSentence(lastScalar) || lastScalar == 0x3A) && !endsWithAbbreviation
    }

    /// A paragraph of running text: a finished sentence of a few words, or simply long.
    var isProse: Bool { endsLikeSentence && wordCount >= 3 || wordCount >= 28 }

    /// Short, capitalised at the start, and not ending like a sentence or a clause.
    var isHeadlineLike: Bool {
        guard (2...24).contains(wordCount), byteCount <= 240, Self.isCapital(firstScalar) else { return false }
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

    private static let functionWords: Set<UInt64> = Set([
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as", "via", "vs",
        "from", "with", "into", "over", "than", "off", "up", "out", "is", "are", "be", "its", "per", "nor",
        "amid", "after", "onto", "upon",
    ].map { packed($0.utf8) })

    private static func isFunctionWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count <= 5 && functionWords.contains(packed(word.lazy.map { bytes[$0].asciiLowercased }))
    }

    /// Up to eight bytes packed into one integer, so short words compare without allocating.
    private static func packed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
