import EnrichCore

/// A token as the tagger sees it: where it is, its normalized hash, its casing and what the word
/// lists say about it. An initialism and the period right after it are one token ("U.S" + ".").
struct MatchToken {
    var start: Int
    var end: Int
    var hash: NameHash
    /// `hash.key`, computed once: most tokens are looked up in a table or two.
    var key: UInt64
    /// The hash without a possessive "'s" / "’s", and where the token ends without it.
    var stemHash: NameHash?
    var stemEnd: Int
    var shape: Shape
    var wordClass: WordClass

    struct Shape: OptionSet {
        let rawValue: UInt16
        /// Letters (or letters and digits): a token a name may start with.
        static let word = Shape(rawValue: 1)
        static let number = Shape(rawValue: 2)
        /// Starts with a capital letter (or a digit).
        static let capitalized = Shape(rawValue: 4)
        /// Has capitals and no small letters ("FBI", "U.S.").
        static let allCaps = Shape(rawValue: 8)
        /// A short lower-case word that may stand inside a name ("of", "de", "and").
        static let connector = Shape(rawValue: 16)
        /// The first word of its sentence or line.
        static let sentenceInitial = Shape(rawValue: 32)
        /// Part of a run of all-capital words (a headline in capitals): casing tells nothing here.
        static let allCapsContext = Shape(rawValue: 64)
        /// Whitespace separates it from the token before.
        static let spaceBefore = Shape(rawValue: 128)
        /// A line break separates it from the token before.
        static let lineBreakBefore = Shape(rawValue: 256)
        /// A single capital letter with its period ("J."): a middle initial.
        static let initial = Shape(rawValue: 512)
        /// The word "the", any case.
        static let the = Shape(rawValue: 1024)
        /// A period token.
        static let period = Shape(rawValue: 2048)
        /// On a line of five or more words, three in four of them capitalized (a headline in
        /// title case): a capital there is weak evidence of a name.
        static let titleCaseLine = Shape(rawValue: 4096)
        /// May start a name (`GazetteerMatcher.mayStartName`) and is, alone or with its possessive
        /// "'s" dropped, a stored name or the start of one: where the matcher tries names.
        static let startsListedName = Shape(rawValue: 8192)
    }

    var isName: Bool { shape.contains(.word) && shape.contains(.capitalized) }

    /// The key of the word without a possessive "'s": what the word lists and surnames store.
    var wordKey: UInt64 { stemHash?.key ?? key }
}

extension MatchToken {
    /// The match tokens of a document, from its `tokens` (and `sentences`, for sentence starts).
    static func tokens(of document: Document, utf8: UnsafeBufferPointer<UInt8>, gazetteer: CompiledGazetteer) -> [MatchToken] {
        guard let tokens = document.tokens, !tokens.isEmpty else { return [] }
        var builder = MatchTokenBuilder(utf8: utf8, sentences: document.sentences ?? [],
                                        capacity: tokens.count + tokens.count / 8 + 8)
        tokens.withUnsafeBufferPointer { tokens in
            var index = 0
            while index < tokens.count {
                let token = tokens[index]
                let start = token.range.start
                var end = token.range.end
                guard token.kind == .word else {
                    builder.append(start: start, end: end, kind: token.kind)
                    index += 1
                    continue
                }
                if index + 1 < tokens.count, tokens[index + 1].range.start == end, utf8[end] == UInt8(ascii: "."),
                    tokens[index + 1].range.count == 1, utf8[end - 1] != UInt8(ascii: "."),
                    isInitialOrInitialism(UnsafeBufferPointer(rebasing: utf8[start..<end])) {
                    end += 1
                    index += 1
                }
                builder.appendWord(start: start, end: end)
                index += 1
            }
        }
        return builder.finish(gazetteer: gazetteer)
    }

    /// A single capital ("J") or an initialism ("U.S"): joined with the period written after it.
    private static func isInitialOrInitialism(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (bytes.count == 1 && bytes[0] &- 0x41 < 26) || NameNormalizer.isInitialism(bytes)
    }

}

/// Builds a document's match tokens in one pass: each token's hash and shape as it is appended,
/// and the marks that depend on its neighbours (sentence starts, runs of capitals, title-case
/// lines) as each sentence, run and line closes.
private struct MatchTokenBuilder {
    let utf8: UnsafeBufferPointer<UInt8>
    let sentences: [TextRange]
    private var tokens: [MatchToken] = []
    private var previousEnd = -1
    private var sentence = 0
    private var awaitingFirstWord = true
    private var lineStart = 0
    private var lineWords = 0
    private var lineCapitalized = 0
    private var capitalsRunStart = -1
    private var capitalsRunWords = 0

    init(utf8: UnsafeBufferPointer<UInt8>, sentences: [TextRange], capacity: Int) {
        self.utf8 = utf8
        self.sentences = sentences
        tokens.reserveCapacity(capacity)
    }

    /// A word token; one whose first hyphen joins a small-letter word goes in as its parts and
    /// hyphens ("Chinese-owned" → "Chinese", "-", "owned"), so that a name can be found in it;
    /// capitalized compounds ("Jean-Luc", "Okafor-Reyes") stay whole.
    mutating func appendWord(start: Int, end: Int) {
        let scan = NameNormalizer.hashAndLetterCase(UnsafeBufferPointer(rebasing: utf8[start..<end]))
        let hyphen = scan.firstHyphen
        if hyphen > 0, start + hyphen + 1 < end, utf8[start + hyphen + 1] &- 0x61 < 26 {
            appendHyphenated(start: start, end: end, firstHyphen: start + hyphen)
        } else {
            append(start: start, end: end, kind: .word, scan: scan)
        }
    }

    private mutating func appendHyphenated(start: Int, end: Int, firstHyphen: Int) {
        var partStart = start
        var offset = firstHyphen
        while offset <= end {
            if offset == end || utf8[offset] == UInt8(ascii: "-") {
                if offset > partStart { append(start: partStart, end: offset, kind: .word) }
                if offset < end { append(start: offset, end: offset + 1, kind: .punctuation) }
                partStart = offset + 1
            }
            offset += 1
        }
    }

    /// A token as it stands: punctuation, a symbol, a number, or a part of a hyphenated word.
    mutating func append(start: Int, end: Int, kind: Token.Kind) {
        append(start: start, end: end, kind: kind,
               scan: NameNormalizer.hashAndLetterCase(UnsafeBufferPointer(rebasing: utf8[start..<end])))
    }

    private mutating func append(
        start: Int, end: Int, kind: Token.Kind,
        scan: (hash: NameHash, capitals: Int, smallLetters: Int, firstHyphen: Int)
    ) {
        let bytes = UnsafeBufferPointer(rebasing: utf8[start..<end])
        let (hash, upper, lower) = (scan.hash, scan.capitals, scan.smallLetters)
        var shape: MatchToken.Shape = []
        let lead = bytes[0]
        let (firstIsUpper, firstIsLower) = lead < 0x80 ? (lead &- 0x41 < 26, lead &- 0x61 < 26)
            : MatchTokenBuilder.letterCase(ofScalarAt: start, in: utf8)
        switch kind {
        case .word:
            shape.insert(.word)
            if firstIsUpper || (!firstIsLower && upper > 0) { shape.insert(.capitalized) }
            if upper > 0 && lower == 0 && !firstIsLower { shape.insert(.allCaps) }
            if lower > 0, upper == 0, bytes.count <= 3, MatchTokenBuilder.isConnector(bytes) { shape.insert(.connector) }
            if bytes.count == 3, (bytes[0] | 0x20) == 0x74, (bytes[1] | 0x20) == 0x68, (bytes[2] | 0x20) == 0x65 {
                shape.insert(.the)
            }
            if bytes.count == 2, firstIsUpper, bytes[1] == UInt8(ascii: ".") { shape.insert(.initial) }
        case .number:
            shape.insert(.number)
            if upper > 0 { shape.formUnion([.word, .capitalized]) }
            if upper > 0 && lower == 0 { shape.insert(.allCaps) }
        case .punctuation:
            if bytes.count == 1, lead == UInt8(ascii: ".") { shape.insert(.period) }
            if bytes.count == 1, lead == UInt8(ascii: "&") { shape.insert(.connector) }
        case .symbol:
            if bytes.count == 1, lead == UInt8(ascii: ".") { shape.insert(.period) }
        }
        if previousEnd >= 0 {
            if previousEnd < start { shape.insert(.spaceBefore) }
            var offset = previousEnd
            while offset < start {
                if utf8[offset] == 0x0A {
                    shape.insert(.lineBreakBefore)
                    break
                }
                offset += 1
            }
        }
        var stemHash: NameHash?
        var stemEnd = end
        if kind == .word, let suffix = MatchTokenBuilder.possessiveSuffixLength(bytes), bytes.count > suffix {
            stemEnd = end - suffix
            stemHash = NameNormalizer.hash(UnsafeBufferPointer(rebasing: utf8[start..<stemEnd]))
        }
        let index = tokens.count
        if shape.contains(.lineBreakBefore) { closeLine(at: index) }
        markSentenceStart(&shape, index: index, start: start)
        if shape.contains(.word) {
            lineWords += 1
            if shape.contains(.capitalized) { lineCapitalized += 1 }
            if shape.contains(.allCaps), end - start >= 3 {
                if capitalsRunStart < 0 { capitalsRunStart = index }
                capitalsRunWords += 1
            } else if !shape.contains(.allCaps), capitalsRunStart >= 0 {
                closeCapitalsRun(at: index)
            }
        }
        tokens.append(MatchToken(start: start, end: end, hash: hash, key: hash.key, stemHash: stemHash,
                                 stemEnd: stemEnd, shape: shape, wordClass: []))
        previousEnd = end
    }

    /// The tokens, with the marks of the last line and run of capitals, the word classes the
    /// lists give each word, and the tokens that start a listed name marked.
    mutating func finish(gazetteer: CompiledGazetteer) -> [MatchToken] {
        closeLine(at: tokens.count)
        var result: [MatchToken] = []
        swap(&result, &tokens)
        // Table lookups in a loop of their own, a token's word and name lookups side by side:
        // independent loads overlap their cache misses.
        result.withUnsafeMutableBufferPointer { result in
            for index in result.indices {
                let shape = result[index].shape
                if shape.contains(.word) {
                    result[index].wordClass = gazetteer.wordClass(
                        result[index].wordKey, smallLetters: !shape.contains(.capitalized))
                }
                if GazetteerMatcher.mayStartName(result[index]),
                    gazetteer.name(result[index].key) != nil
                        || result[index].stemHash.map({ gazetteer.name($0.key) != nil }) ?? false {
                    result[index].shape.insert(.startsListedName)
                }
            }
        }
        return result
    }

    /// Whether the (non-ASCII) character at `offset` is a capital and whether it is a small letter.
    @inline(never)
    private static func letterCase(ofScalarAt offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (upper: Bool, lower: Bool) {
        guard let properties = Unicode.Scalar(utf8.scalar(at: offset).value)?.properties else { return (false, false) }
        return (properties.isUppercase, properties.isLowercase)
    }

    /// The first word or number of each sentence and of each line is sentence-initial.
    @inline(__always)
    private mutating func markSentenceStart(_ shape: inout MatchToken.Shape, index: Int, start: Int) {
        sentences.withUnsafeBufferPointer { sentences in
            while sentence < sentences.count, sentences[sentence].end <= start {
                sentence += 1
                awaitingFirstWord = true
            }
        }
        if shape.contains(.lineBreakBefore) || index == 0 { awaitingFirstWord = true }
        if shape.contains(.word) || shape.contains(.number) {
            if awaitingFirstWord { shape.insert(.sentenceInitial) }
            awaitingFirstWord = false
        }
    }

    /// Ends the line before token `end`: its run of capitals closes, and on five or more words,
    /// three in four of them capitalized, every token of it is on a title-case line.
    private mutating func closeLine(at end: Int) {
        closeCapitalsRun(at: end)
        if lineWords >= 5, lineCapitalized * 4 >= lineWords * 3 {
            for index in lineStart..<end { tokens[index].shape.insert(.titleCaseLine) }
        }
        lineStart = end
        lineWords = 0
        lineCapitalized = 0
    }

    /// Ends a run of all-capital words of 3+ letters before token `end` (shorter all-capital words
    /// neither extend nor break it): with two or more, its words are in a context of capitals.
    private mutating func closeCapitalsRun(at end: Int) {
        if capitalsRunWords >= 2, capitalsRunStart >= 0 {
            for index in capitalsRunStart..<end where tokens[index].shape.contains(.word) {
                tokens[index].shape.insert(.allCapsContext)
            }
        }
        capitalsRunStart = -1
        capitalsRunWords = 0
    }

    /// Short lower-case words that may stand inside a name, packed into an integer (at most 3 bytes),
    /// in a table of 64 slots indexed by their top bits after a multiply.
    private static let connectors: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 64)
        for word in ["of", "the", "and", "for", "de", "la", "le", "du", "des", "del", "da", "di", "do", "dos", "van",
                     "von", "der", "den", "al", "el", "bin", "ibn", "y", "on", "in", "at"] {
            let packed = word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            var slot = connectorSlot(packed)
            while table[slot] != 0 { slot = (slot + 1) & 63 }
            table[slot] = packed
        }
        return table
    }()

    @inline(__always)
    private static func connectorSlot(_ packed: UInt32) -> Int { Int((packed &* 0x9E37_79B1) >> 26) }

    @inline(__always)
    private static func isConnector(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var packed: UInt32 = 0
        for byte in bytes { packed = packed << 8 | UInt32(byte) }
        return connectors.withUnsafeBufferPointer { table in
            var slot = connectorSlot(packed)
            while table[slot] != 0 {
                if table[slot] == packed { return true }
                slot = (slot + 1) & 63
            }
            return false
        }
    }

    /// 2 for "'s", 4 for "’s" at the end of a word, else nil.
    @inline(__always)
    private static func possessiveSuffixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard count >= 3, bytes[count - 1] | 0x20 == UInt8(ascii: "s") else { return nil }
        if bytes[count - 2] == UInt8(ascii: "'") { return 2 }
        if count >= 5, bytes[count - 4] == 0xE2, bytes[count - 3] == 0x80, bytes[count - 2] == 0x99 { return 4 }
        return nil
    }
}
