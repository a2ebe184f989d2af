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

/// A document's match tokens, and where in them a name or a date may start.
struct MatchTokenList {
    let tokens: [MatchToken]
    /// The indices, in order, of the capitalized words and numbers, of the small-letter words the
    /// lists mark as a title or as starting a name ("analyst", "eBay"), and of those that may be
    /// a weekday or "today" (ending in "day" or "row", or with periods): every name and date rule
    /// starts at one of these, so the rules walk them instead of every token.
    let ruleStarts: [Int32]

    static let empty = MatchTokenList(tokens: [], ruleStarts: [])
}

extension MatchToken {
    /// The match tokens of a document's text `utf8`, from its `tokens` (and `sentences`, for sentence starts).
    static func tokens(
        _ tokens: [Token], sentences: [TextRange], utf8: UnsafeBufferPointer<UInt8>, gazetteer: CompiledGazetteer
    ) -> MatchTokenList {
        guard !tokens.isEmpty else { return .empty }
        return tokens.withUnsafeBufferPointer { tokens in
            sentences.withUnsafeBufferPointer { sentences in
                // Hyphenated words split into several match tokens: room for one in eight, else
                // (very rarely) a second build with more room.
                var capacity = tokens.count + tokens.count / 8 + 8
                while true {
                    if let built = build(tokens, sentences: sentences, utf8: utf8, gazetteer: gazetteer, capacity: capacity) {
                        return built
                    }
                    capacity *= 2
                }
            }
        }
    }

    /// The match tokens, written straight into the array's storage; nil when they need more than `capacity`.
    private static func build(
        _ tokens: UnsafeBufferPointer<Token>, sentences: UnsafeBufferPointer<TextRange>, utf8: UnsafeBufferPointer<UInt8>,
        gazetteer: CompiledGazetteer, capacity: Int
    ) -> MatchTokenList? {
        var complete = true
        var ruleStarts = [Int32](repeating: 0, count: capacity)
        var ruleStartCount = 0
        let built = [MatchToken](unsafeUninitializedCapacity: capacity) { storage, initialized in
            ruleStarts.withUnsafeMutableBufferPointer { ruleStarts in
                var builder = MatchTokenBuilder(utf8: utf8, sentences: sentences, gazetteer: gazetteer, storage: storage,
                                                ruleStarts: ruleStarts.baseAddress!)
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
                        tokens[index + 1].range.end == end + 1, utf8[end - 1] != UInt8(ascii: "."),
                        isInitialOrInitialism(UnsafeBufferPointer(rebasing: utf8[start..<end])) {
                        end += 1
                        index += 1
                    }
                    builder.appendWord(start: start, end: end)
                    index += 1
                }
                complete = !builder.isFull
                initialized = builder.finish()
                ruleStartCount = builder.ruleStartCount
            }
        }
        guard complete else { return nil }
        ruleStarts.removeSubrange(ruleStartCount...)
        return MatchTokenList(tokens: built, ruleStarts: ruleStarts)
    }

    /// A single capital ("J") or an initialism ("U.S"): joined with the period written after it.
    private static func isInitialOrInitialism(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (bytes.count == 1 && bytes[0] &- 0x41 < 26) || NameNormalizer.isInitialism(bytes)
    }
}

/// Builds a document's match tokens in one pass: each token's hash, shape, word classes and
/// whether a listed name starts there as it is appended (one loop over its bytes, the table
/// lookups while the token is at hand), and the marks that depend on its neighbours (sentence
/// starts, runs of capitals, title-case lines) as each sentence, run and line closes.
private struct MatchTokenBuilder {
    let utf8: UnsafeBufferPointer<UInt8>
    let sentences: UnsafeBufferPointer<TextRange>
    let gazetteer: CompiledGazetteer
    /// `ByteClass.table`, read once per document rather than through its lazy global at each byte.
    let byteClasses: UnsafePointer<UInt32>
    /// `ByteClass.powers`, likewise.
    let powers: UnsafePointer<UInt64>
    /// The array storage the tokens go to: appending is a store, with no uniqueness check.
    private let tokens: UnsafeMutablePointer<MatchToken>
    private let capacity: Int
    private var tokenCount = 0
    /// Where the indices of `MatchTokenList.ruleStarts` go (room for `capacity`), and how many so far.
    private let ruleStarts: UnsafeMutablePointer<Int32>
    private(set) var ruleStartCount = 0
    /// A token found no room (and was dropped): the build must be made again with more.
    private(set) var isFull = false
    /// Where the last token ended; past any start before the first, which has no space before it.
    private var previousEnd = Int.max
    private var sentence = 0
    /// Where sentence `sentence` ends: no token before it needs to look at the sentences.
    private var sentenceEnd: Int
    /// The first token of the text awaits its word too.
    private var awaitingFirstWord = true
    private var lineStart = 0
    private var lineWords = 0
    private var lineCapitalized = 0
    private var capitalsRunStart = -1
    private var capitalsRunWords = 0

    init(utf8: UnsafeBufferPointer<UInt8>, sentences: UnsafeBufferPointer<TextRange>, gazetteer: CompiledGazetteer,
         storage: UnsafeMutableBufferPointer<MatchToken>, ruleStarts: UnsafeMutablePointer<Int32>) {
        self.ruleStarts = ruleStarts
        self.utf8 = utf8
        self.sentences = sentences
        sentenceEnd = sentences.first?.end ?? Int.max
        self.gazetteer = gazetteer
        byteClasses = ByteClass.table
        powers = ByteClass.powers
        tokens = storage.baseAddress!
        capacity = storage.count
    }

    /// A word token; one whose first hyphen joins a small-letter word goes in as its parts and
    /// hyphens ("Chinese-owned" → "Chinese", "-", "owned"), so that a name can be found in it;
    /// capitalized compounds ("Jean-Luc", "Okafor-Reyes") stay whole.
    @inline(__always)
    mutating func appendWord(start: Int, end: Int) {
        let scan = MatchTokenBuilder.scan(start: start, end: end, in: utf8, byteClasses: byteClasses,
                                          powers: powers)
        if scan.classes & ByteClass.hyphen != 0, let hyphen = firstHyphen(start: start, end: end),
            hyphen > start, hyphen + 1 < end, utf8[hyphen + 1] &- 0x61 < 26 {
            appendHyphenated(start: start, end: end, firstHyphen: hyphen)
        } else {
            append(start: start, end: end, kind: .word, scan: scan)
        }
    }

    @inline(never)
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

    private func firstHyphen(start: Int, end: Int) -> Int? {
        var offset = start
        while offset < end {
            if utf8[offset] == UInt8(ascii: "-") { return offset }
            offset += 1
        }
        return nil
    }

    /// A token as it stands: punctuation, a symbol, a number, or a part of a hyphenated word.
    @inline(__always)
    mutating func append(start: Int, end: Int, kind: Token.Kind) {
        append(start: start, end: end, kind: kind,
               scan: MatchTokenBuilder.scan(start: start, end: end, in: utf8, byteClasses: byteClasses, powers: powers))
    }

    /// One loop over a token's bytes: the hash of its normalized form and the `ByteClass` bits it
    /// has. Plain ASCII that is not an initialism (most tokens) is hashed in the same loop, each
    /// byte's table entry giving both its class bits and the value it adds to the hash.
    @inline(__always)
    private static func scan(
        start: Int, end: Int, in utf8: UnsafeBufferPointer<UInt8>, byteClasses: UnsafePointer<UInt32>,
        powers: UnsafePointer<UInt64>
    ) -> (hash: NameHash, classes: UInt8) {
        var value: UInt64 = 0
        var bits: UInt32 = 0
        let bytes = utf8.baseAddress!
        var offset = start
        while offset < end {
            let entry = byteClasses[Int(bytes[offset])]
            bits |= entry
            value = value &* NameHash.multiplier &+ UInt64(entry & ByteClass.hashedMask)
            offset &+= 1
        }
        let classes = UInt8(truncatingIfNeeded: bits >> ByteClass.classShift)
        let count = end &- start
        let power = count < ByteClass.powerCount ? powers[count] : ByteClass.power(count)
        if classes & (ByteClass.nonASCII | ByteClass.period) != 0 {
            let plain = NameHash(value: value, power: power)
            return (slowHash(UnsafeBufferPointer(rebasing: utf8[start..<end]), classes: classes, plain: plain), classes)
        }
        return (NameHash(value: value, power: power), classes)
    }

    /// The hash of a token with non-ASCII bytes or periods: `NameNormalizer`'s full rules.
    @inline(never)
    private static func slowHash(_ bytes: UnsafeBufferPointer<UInt8>, classes: UInt8, plain: NameHash) -> NameHash {
        if classes & ByteClass.nonASCII == 0, !NameNormalizer.isInitialism(bytes) { return plain }
        return NameNormalizer.hash(bytes)
    }

    @inline(__always)
    private mutating func append(start: Int, end: Int, kind: Token.Kind, scan: (hash: NameHash, classes: UInt8)) {
        if kind == .word {
            appendWord(start: start, end: end, scan: scan)
        } else {
            appendOther(start: start, end: end, kind: kind, scan: scan)
        }
    }

    /// A word: its shape from its case and bytes, its word classes, whether a listed name starts there.
    @inline(__always)
    private mutating func appendWord(start: Int, end: Int, scan: (hash: NameHash, classes: UInt8)) {
        let count = end &- start
        let hasUpper = scan.classes & ByteClass.upper != 0
        let hasLower = scan.classes & ByteClass.lower != 0
        let lead = utf8[start]
        let (firstIsUpper, firstIsLower) = lead < 0x80 ? (lead &- 0x41 < 26, lead &- 0x61 < 26)
            : MatchTokenBuilder.letterCase(ofScalarAt: start, in: utf8)
        var shape: MatchToken.Shape = .word
        let capitalized = firstIsUpper || (!firstIsLower && hasUpper)
        if capitalized { shape.insert(.capitalized) }
        if hasUpper && !hasLower && !firstIsLower { shape.insert(.allCaps) }
        if count <= 3 { shape.formUnion(MatchTokenBuilder.shortWordShape(start: start, count: count, in: utf8,
                                                                          firstIsUpper: firstIsUpper,
                                                                          smallLettersOnly: hasLower && !hasUpper)) }
        var stemHash: NameHash?
        var stemEnd = end
        if count >= 3, utf8[end &- 1] | 0x20 == UInt8(ascii: "s"),
            let suffix = MatchTokenBuilder.possessiveSuffixLength(end: end, count: count, in: utf8) {
            stemEnd = end &- suffix
            stemHash = NameNormalizer.hash(UnsafeBufferPointer(rebasing: utf8[start..<stemEnd]))
        }
        shape.formUnion(spacing(before: start))
        let index = tokenCount
        if shape.contains(.lineBreakBefore) { closeLine(at: index) }
        if startsSentence(at: start, lineBreak: shape.contains(.lineBreakBefore)) { shape.insert(.sentenceInitial) }
        awaitingFirstWord = false
        let key = scan.hash.key
        countLineWord(at: index, capitalized: capitalized, allCaps: shape.contains(.allCaps), count: count)
        let wordClass = gazetteer.wordClass(stemHash?.key ?? key, smallLetters: !capitalized)
        if capitalized || wordClass.contains(.lowerNameStart),
            gazetteer.name(key) != nil || stemHash.map({ gazetteer.name($0.key) != nil }) ?? false {
            shape.insert(.startsListedName)
        }
        store(MatchToken(start: start, end: end, hash: scan.hash, key: key, stemHash: stemHash, stemEnd: stemEnd,
                         shape: shape, wordClass: wordClass),
              isRuleStart: capitalized || !wordClass.isDisjoint(with: [.title, .lowerNameStart])
                || MatchTokenBuilder.mayBeDayWord(end: end, count: count, classes: scan.classes, in: utf8))
    }

    /// The marks of a word of at most three bytes: a connector ("of"), "the", an initial ("J.").
    @inline(__always)
    private static func shortWordShape(
        start: Int, count: Int, in utf8: UnsafeBufferPointer<UInt8>, firstIsUpper: Bool, smallLettersOnly: Bool
    ) -> MatchToken.Shape {
        // The word's bytes packed into one number, first byte highest: each mark is one comparison.
        var packed = UInt32(utf8[start])
        if count >= 2 { packed = packed << 8 | UInt32(utf8[start &+ 1]) }
        if count == 3 { packed = packed << 8 | UInt32(utf8[start &+ 2]) }
        var shape: MatchToken.Shape = []
        if smallLettersOnly, isConnector(packed) { shape.insert(.connector) }
        if count == 3, packed | 0x20_2020 == 0x74_6865 { shape.insert(.the) }
        if count == 2, firstIsUpper, packed & 0xFF == UInt32(UInt8(ascii: ".")) { shape.insert(.initial) }
        return shape
    }

    /// A number, punctuation or a symbol (words go to `appendWord`).
    @inline(never)
    private mutating func appendOther(start: Int, end: Int, kind: Token.Kind, scan: (hash: NameHash, classes: UInt8)) {
        let count = end &- start
        let hasUpper = scan.classes & ByteClass.upper != 0
        let hasLower = scan.classes & ByteClass.lower != 0
        var shape: MatchToken.Shape = []
        let lead = utf8[start]
        switch kind {
        case .punctuation:
            if count == 1, lead == UInt8(ascii: ".") { shape.insert(.period) }
            if count == 1, lead == UInt8(ascii: "&") { shape.insert(.connector) }
        case .symbol:
            if count == 1, lead == UInt8(ascii: ".") { shape.insert(.period) }
        case .number, .word:
            shape.insert(.number)
            if hasUpper { shape.formUnion([.word, .capitalized]) }
            if hasUpper && !hasLower { shape.insert(.allCaps) }
        }
        shape.formUnion(spacing(before: start))
        let index = tokenCount
        if shape.contains(.lineBreakBefore) { closeLine(at: index) }
        let isSentenceStart = startsSentence(at: start, lineBreak: shape.contains(.lineBreakBefore))
        var wordClass: WordClass = []
        if shape.contains(.number) {
            if isSentenceStart { shape.insert(.sentenceInitial) }
            awaitingFirstWord = false
        }
        let key = scan.hash.key
        if shape.contains(.word) {
            let capitalized = shape.contains(.capitalized)
            countLineWord(at: index, capitalized: capitalized, allCaps: shape.contains(.allCaps), count: count)
            wordClass = gazetteer.wordClass(key, smallLetters: !capitalized)
        }
        if shape.contains(.number), gazetteer.name(key) != nil {
            shape.insert(.startsListedName)
        }
        store(MatchToken(start: start, end: end, hash: scan.hash, key: key, stemHash: nil, stemEnd: end,
                         shape: shape, wordClass: wordClass),
              isRuleStart: shape.contains(.number))
    }

    /// `spaceBefore` and `lineBreakBefore` for a token at `start`, from the bytes since the last one.
    @inline(__always)
    private func spacing(before start: Int) -> MatchToken.Shape {
        guard previousEnd < start else { return [] }
        if previousEnd &+ 1 == start {
            return utf8[previousEnd] == 0x0A ? [.spaceBefore, .lineBreakBefore] : .spaceBefore
        }
        var offset = previousEnd
        repeat {
            if utf8[offset] == 0x0A { return [.spaceBefore, .lineBreakBefore] }
            offset &+= 1
        } while offset < start
        return .spaceBefore
    }

    /// Whether the sentence or line of a token at `start` still awaits its first word or number
    /// (a word or number that asks then ends the wait; punctuation does not).
    @inline(__always)
    private mutating func startsSentence(at start: Int, lineBreak: Bool) -> Bool {
        if start >= sentenceEnd { advanceSentence(to: start) }
        if lineBreak { awaitingFirstWord = true }
        return awaitingFirstWord
    }

    /// Moves past the sentences that end at or before `start`.
    @inline(never)
    private mutating func advanceSentence(to start: Int) {
        while sentence < sentences.count, sentences[sentence].end <= start {
            sentence += 1
            awaitingFirstWord = true
        }
        sentenceEnd = sentence < sentences.count ? sentences[sentence].end : Int.max
    }

    /// Writes `token`; with `isRuleStart`, its index goes to the rule starts too.
    @inline(__always)
    private mutating func store(_ token: MatchToken, isRuleStart: Bool) {
        guard tokenCount < capacity else {
            isFull = true
            return
        }
        (tokens + tokenCount).initialize(to: token)
        ruleStarts[ruleStartCount] = Int32(truncatingIfNeeded: tokenCount)
        if isRuleStart { ruleStartCount &+= 1 }
        tokenCount &+= 1
        previousEnd = token.end
    }

    /// Sets the marks of the last line and run of capitals; how many tokens were written.
    mutating func finish() -> Int {
        closeLine(at: tokenCount)
        return tokenCount
    }

    /// Whether the (non-ASCII) character at `offset` is a capital and whether it is a small letter.
    @inline(never)
    private static func letterCase(ofScalarAt offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (upper: Bool, lower: Bool) {
        guard let properties = Unicode.Scalar(utf8.scalar(at: offset).value)?.properties else { return (false, false) }
        return (properties.isUppercase, properties.isLowercase)
    }

    /// Counts word `index` (of `count` bytes) for its line's title-case test and its run of
    /// all-capital words.
    @inline(__always)
    private mutating func countLineWord(at index: Int, capitalized: Bool, allCaps: Bool, count: Int) {
        lineWords &+= 1
        if capitalized { lineCapitalized &+= 1 }
        if allCaps {
            if count >= 3 {
                if capitalsRunStart < 0 { capitalsRunStart = index }
                capitalsRunWords &+= 1
            }
        } else if capitalsRunStart >= 0 {
            closeCapitalsRun(at: index)
        }
    }

    /// Ends the line before token `end`: its run of capitals closes, and on five or more words,
    /// three in four of them capitalized, every token of it is on a title-case line.
    @inline(never)
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
    @inline(never)
    private mutating func closeCapitalsRun(at end: Int) {
        if capitalsRunWords >= 2, capitalsRunStart >= 0 {
            for index in capitalsRunStart..<end where tokens[index].shape.contains(.word) {
                tokens[index].shape.insert(.allCapsContext)
            }
        }
        capitalsRunStart = -1
        capitalsRunWords = 0
    }

    /// Short lower-case words that may stand inside a name ("of", "de", "and"), from the word's
    /// bytes packed first byte highest.
    @inline(__always)
    private static func isConnector(_ packed: UInt32) -> Bool {
        switch packed {
        case 0x6F66, 0x746865, 0x616E64, 0x666F72, 0x6465, 0x6C61, 0x6C65, 0x6475, 0x646573, 0x64656C, 0x6461,
             0x6469, 0x646F, 0x646F73, 0x76616E, 0x766F6E, 0x646572, 0x64656E, 0x616C, 0x656C, 0x62696E, 0x69626E,
             0x79, 0x6F6E, 0x696E, 0x6174:
            // of the and for de la le du des del da di do dos van von der den al el bin ibn y on in at
            return true
        default:
            return false
        }
    }

    /// Whether a word may normalize to a weekday, "today", "yesterday" or "tomorrow": it ends in
    /// "day" or "row" in any case, or has periods (an initialism drops them).
    @inline(__always)
    private static func mayBeDayWord(end: Int, count: Int, classes: UInt8, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        if classes & ByteClass.period != 0 { return true }
        let lastByte = utf8[end &- 1] | 0x20
        guard lastByte == UInt8(ascii: "y") || lastByte == UInt8(ascii: "w"), count >= 5 else { return false }
        let last = UInt32(utf8[end &- 3] | 0x20) << 16 | UInt32(utf8[end &- 2] | 0x20) << 8 | UInt32(lastByte)
        return last == 0x646179 || last == 0x726F77  // "day", "row"
    }

    /// 2 for "'s", 4 for "’s" at the end of a word (whose last byte is an "s"), else nil.
    @inline(__always)
    private static func possessiveSuffixLength(end: Int, count: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        if utf8[end - 2] == UInt8(ascii: "'") { return 2 }
        if count >= 5, utf8[end - 4] == 0xE2, utf8[end - 3] == 0x80, utf8[end - 2] == 0x99 { return 4 }
        return nil
    }
}

/// What kinds of byte a token holds, one bit each, from a 256-entry table: the scan ORs them
/// together. Each entry also holds the byte's hashed value (`NameHash.append`): the byte, a
/// capital made small, plus one.
private enum ByteClass {
    static let lower: UInt8 = 0x01
    static let nonASCII: UInt8 = 0x02
    static let period: UInt8 = 0x04
    static let hyphen: UInt8 = 0x08
    static let upper: UInt8 = 0x20

    /// Where the class bits sit in a table entry; below them, the hashed value (up to 0x100).
    static let classShift: UInt32 = 16
    static let hashedMask: UInt32 = 0x1FF

    /// Filled once and never written or freed after, so every thread may read it.
    nonisolated(unsafe) static let table: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 256)
        for byte in 0..<256 {
            var bits: UInt8 = 0
            switch byte {
            case 0x41...0x5A: bits = upper
            case 0x61...0x7A: bits = lower
            case 0x80...: bits = nonASCII
            case 0x2E: bits = period
            case 0x2D: bits = hyphen
            default: bits = 0
            }
            let small = UInt32(byte) | UInt32(bits & upper)
            table[byte] = UInt32(bits) << classShift | (small + 1)
        }
        return UnsafePointer(table)
    }()

    /// How many token lengths `powers` covers.
    static let powerCount = 64

    /// `NameHash.multiplier` to the power of each length below `powerCount`: a plain token's
    /// hash power, looked up instead of multiplied out byte by byte.
    nonisolated(unsafe) static let powers: UnsafePointer<UInt64> = {
        let powers = UnsafeMutablePointer<UInt64>.allocate(capacity: powerCount)
        for count in 0..<powerCount { powers[count] = power(count) }
        return UnsafePointer(powers)
    }()

    /// `NameHash.multiplier` to the power of `count`.
    static func power(_ count: Int) -> UInt64 {
        var power: UInt64 = 1
        for _ in 0..<count { power = power &* NameHash.multiplier }
        return power
    }
}
