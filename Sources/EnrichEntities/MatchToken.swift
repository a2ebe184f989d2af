import EnrichCore

/// A token as the tagger sees it: where it is, its normalized hash, its casing and what the word
/// lists say about it. An initialism and the period right after it are one token ("U.S" + ".").
struct MatchToken {
    var start: Int
    var end: Int
    var hash: NameHash
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
    }

    var isName: Bool { shape.contains(.word) && shape.contains(.capitalized) }
}

extension MatchToken {
    /// The match tokens of a document, from its `tokens` (and `sentences`, for sentence starts).
    static func tokens(of document: Document, utf8: UnsafeBufferPointer<UInt8>, gazetteer: CompiledGazetteer) -> [MatchToken] {
        guard let tokens = document.tokens, !tokens.isEmpty else { return [] }
        do {
            var result: [MatchToken] = []
            result.reserveCapacity(tokens.count)
            var index = 0
            while index < tokens.count {
                var token = tokens[index]
                let bytes = UnsafeBufferPointer(rebasing: utf8[token.range.start..<token.range.end])
                let singleCapital = bytes.count == 1 && bytes[0] >= 0x41 && bytes[0] <= 0x5A
                if token.kind == .word, singleCapital || NameNormalizer.isInitialism(bytes),
                    bytes.last != UInt8(ascii: "."),
                    index + 1 < tokens.count, tokens[index + 1].range.start == token.range.end,
                    utf8[token.range.end] == UInt8(ascii: "."), tokens[index + 1].range.count == 1 {
                    token = Token(range: TextRange(start: token.range.start, end: token.range.end + 1), kind: .word)
                    index += 1
                }
                if token.kind == .word, let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), hyphen > 0,
                    hyphen + 1 < bytes.count, bytes[hyphen + 1] >= 0x61 && bytes[hyphen + 1] <= 0x7A {
                    appendHyphenated(token, utf8: utf8, to: &result)
                } else {
                    result.append(make(token, utf8: utf8, previousEnd: result.last?.end))
                }
                index += 1
            }
            // Word-list lookups in a loop of their own: independent loads overlap their cache misses.
            for index in result.indices where result[index].shape.contains(.word) {
                result[index].wordClass = gazetteer.wordClass(
                    (result[index].stemHash ?? result[index].hash).key,
                    smallLetters: !result[index].shape.contains(.capitalized))
            }
            markSentenceStarts(&result, sentences: document.sentences ?? [])
            markAllCapsRuns(&result)
            markTitleCaseLines(&result)
            return result
        }
    }

    /// A word hyphenated to a small-letter word as its parts and hyphens ("Chinese-owned" →
    /// "Chinese", "-", "owned"), so that a name can be found in it; capitalized compounds
    /// ("Jean-Luc", "Okafor-Reyes") stay whole.
    private static func appendHyphenated(_ token: Token, utf8: UnsafeBufferPointer<UInt8>, to result: inout [MatchToken]) {
        var start = token.range.start
        for offset in token.range.start...token.range.end {
            guard offset == token.range.end || utf8[offset] == UInt8(ascii: "-") else { continue }
            if offset > start {
                let part = Token(range: TextRange(start: start, end: offset), kind: .word)
                result.append(make(part, utf8: utf8, previousEnd: result.last?.end))
            }
            if offset < token.range.end {
                let hyphen = Token(range: TextRange(start: offset, end: offset + 1), kind: .punctuation)
                result.append(make(hyphen, utf8: utf8, previousEnd: result.last?.end))
            }
            start = offset + 1
        }
    }

    /// Short lower-case words that may stand inside a name, as packed bytes (at most 3).
    private static let connectors: [UInt32] = ["of", "the", "and", "for", "de", "la", "le", "du", "des", "del",
        "da", "di", "do", "dos", "van", "von", "der", "den", "al", "el", "bin", "ibn", "y", "on", "in", "at"]
        .map { word in word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }

    @inline(__always)
    private static func isConnector(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var packed: UInt32 = 0
        for byte in bytes { packed = packed << 8 | UInt32(byte) }
        return connectors.contains(packed)
    }

    private static func make(
        _ token: Token, utf8: UnsafeBufferPointer<UInt8>, previousEnd: Int?
    ) -> MatchToken {
        let bytes = UnsafeBufferPointer(rebasing: utf8[token.range.start..<token.range.end])
        let hash = NameNormalizer.hash(bytes)
        var shape: Shape = []
        var upper = 0, lower = 0
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { upper += 1 } else if byte >= 0x61 && byte <= 0x7A { lower += 1 }
        }
        let first = utf8.scalar(at: token.range.start).value
        let firstScalar = Unicode.Scalar(first)
        let firstIsUpper = first < 0x80 ? (first >= 0x41 && first <= 0x5A) : (firstScalar?.properties.isUppercase ?? false)
        let firstIsLower = first < 0x80 ? (first >= 0x61 && first <= 0x7A) : (firstScalar?.properties.isLowercase ?? false)
        switch token.kind {
        case .word:
            shape.insert(.word)
            if firstIsUpper || (!firstIsLower && upper > 0) { shape.insert(.capitalized) }
            if upper > 0 && lower == 0 && !firstIsLower { shape.insert(.allCaps) }
            if lower > 0, upper == 0, bytes.count <= 3, isConnector(bytes) { shape.insert(.connector) }
            if bytes.count == 3, (bytes[0] | 0x20) == 0x74, (bytes[1] | 0x20) == 0x68, (bytes[2] | 0x20) == 0x65 {
                shape.insert(.the)
            }
            if bytes.count == 2, firstIsUpper, bytes[1] == UInt8(ascii: ".") { shape.insert(.initial) }
        case .number:
            shape.insert(.number)
            if upper > 0 { shape.formUnion([.word, .capitalized]) }
            if upper > 0 && lower == 0 { shape.insert(.allCaps) }
        case .punctuation, .symbol:
            if bytes.count == 1, bytes[0] == UInt8(ascii: ".") { shape.insert(.period) }
        }
        if token.kind == .punctuation, bytes.count == 1, bytes[0] == UInt8(ascii: "&") { shape.insert(.connector) }
        if let previousEnd {
            if previousEnd < token.range.start { shape.insert(.spaceBefore) }
            for offset in previousEnd..<token.range.start where utf8[offset] == 0x0A {
                shape.insert(.lineBreakBefore)
                break
            }
        }
        var stemHash: NameHash?
        var stemEnd = token.range.end
        if token.kind == .word, let suffix = possessiveSuffixLength(bytes), bytes.count > suffix {
            stemEnd = token.range.end - suffix
            stemHash = NameNormalizer.hash(UnsafeBufferPointer(rebasing: utf8[token.range.start..<stemEnd]))
        }
        return MatchToken(start: token.range.start, end: token.range.end, hash: hash, stemHash: stemHash,
                          stemEnd: stemEnd, shape: shape, wordClass: [])
    }

    /// 2 for "'s", 4 for "’s" at the end of a word, else nil.
    private static func possessiveSuffixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard count >= 3, bytes[count - 1] | 0x20 == UInt8(ascii: "s") else { return nil }
        if bytes[count - 2] == UInt8(ascii: "'") { return 2 }
        if count >= 5, bytes[count - 4] == 0xE2, bytes[count - 3] == 0x80, bytes[count - 2] == 0x99 { return 4 }
        return nil
    }

    private static func markSentenceStarts(_ tokens: inout [MatchToken], sentences: [TextRange]) {
        var sentence = 0
        var awaitingFirstWord = true
        for index in tokens.indices {
            let start = tokens[index].start
            while sentence < sentences.count, sentences[sentence].end <= start {
                sentence += 1
                awaitingFirstWord = true
            }
            if tokens[index].shape.contains(.lineBreakBefore) || index == 0 { awaitingFirstWord = true }
            let shape = tokens[index].shape
            if shape.contains(.word) || shape.contains(.number) {
                if awaitingFirstWord { tokens[index].shape.insert(.sentenceInitial) }
                awaitingFirstWord = false
            }
        }
    }

    private static func markTitleCaseLines(_ tokens: inout [MatchToken]) {
        var lineStart = 0
        func close(_ end: Int) {
            var words = 0, capitalized = 0
            for index in lineStart..<end where tokens[index].shape.contains(.word) {
                words += 1
                if tokens[index].shape.contains(.capitalized) { capitalized += 1 }
            }
            if words >= 5, capitalized * 4 >= words * 3 {
                for index in lineStart..<end { tokens[index].shape.insert(.titleCaseLine) }
            }
            lineStart = end
        }
        for index in tokens.indices where tokens[index].shape.contains(.lineBreakBefore) { close(index) }
        close(tokens.count)
    }

    /// Marks words in a run of two or more all-capital words of 3+ letters on one line.
    private static func markAllCapsRuns(_ tokens: inout [MatchToken]) {
        var runStart = -1
        var wordsInRun = 0
        func close(_ end: Int) {
            if wordsInRun >= 2, runStart >= 0 {
                for index in runStart..<end where tokens[index].shape.contains(.word) {
                    tokens[index].shape.insert(.allCapsContext)
                }
            }
            runStart = -1
            wordsInRun = 0
        }
        for index in tokens.indices {
            let shape = tokens[index].shape
            if shape.contains(.lineBreakBefore) { close(index) }
            guard shape.contains(.word) else { continue }
            if shape.contains(.allCaps), tokens[index].end - tokens[index].start >= 3 {
                if runStart < 0 { runStart = index }
                wordsInRun += 1
            } else if shape.contains(.allCaps) {
                continue
            } else {
                close(index)
            }
        }
        close(tokens.count)
    }
}
