import EnrichCore

/// One document's tokens as the attribution rules see them: each token's lexicon key and classes,
/// its shape, its sentence, and whether it stands inside a quotation. Built once per document; a
/// class, so that the rules share it without copying it.
final class DocumentView {
    /// How a word is capitalized.
    enum Shape: UInt8 {
        /// Not a word (punctuation, symbol, number).
        case other
        case lower
        /// First letter upper case, some lower case ("Reuters", "McAfee").
        case capitalized
        /// No lower-case letter ("AP", "CPO", "U.S").
        case upper
    }

    let utf8: UnsafeBufferPointer<UInt8>
    /// The tokens, with possessive clitics joined to their word (`mergingPossessives`).
    let tokens: UnsafeBufferPointer<Token>
    let sentences: [TextRange]
    let entities: [Entity]
    /// Lexicon key of each token (for a possessive "Department’s", the key of "Department").
    let keys: UnsafeBufferPointer<PackedWord?>
    let classes: UnsafeBufferPointer<WordClass>
    let shapes: UnsafeBufferPointer<Shape>
    /// True for "X’s" and "X's".
    let possessive: UnsafeBufferPointer<Bool>
    /// The sentence each token belongs to.
    let sentenceOf: UnsafeBufferPointer<Int>
    /// The first token of each sentence (`tokens.count` for a sentence without tokens).
    let sentenceStart: UnsafeBufferPointer<Int>
    /// True when a line break stands between a token and the one before it.
    let lineBreakBefore: LineBreaks
    /// True for tokens inside a quotation (the quotation marks themselves excluded).
    let quoted: UnsafeBufferPointer<Bool>
    /// Every quotation: its tokens from the opening to the closing mark (an unclosed quotation
    /// ends with its paragraph).
    let quotations: UnsafeBufferPointer<Range<Int>>
    /// The tokens where a rule of `AttributionFinder` may start, in text order: words of the cue
    /// or frame classes, and colons.
    let ruleStarts: UnsafeBufferPointer<Int32>
    /// The tokens that can be part of a name (`isNameWord`), in text order.
    let nameWords: UnsafeBufferPointer<Int32>
    /// True for headline-style sentences, where most words are capitalized.
    private let headline: UnsafeBufferPointer<Bool>
    /// The memory of the columns above, freed with the view.
    private let storage: ColumnStorage

    init(utf8: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [TextRange], entities: [Entity],
         lexicon: Lexicon) {
        self.utf8 = utf8
        self.sentences = sentences
        self.entities = entities
        let rows = tokens.count
        let sentenceCount = max(sentences.count, 1)
        var storage = ColumnStorage(byteCount: Self.columnBytes(rows: rows, sentences: sentenceCount))
        let merged = storage.column(Token.self, count: rows)
        let sentenceOf = storage.column(Int.self, count: rows)
        let keys = storage.column(PackedWord?.self, count: rows)
        let classes = storage.column(WordClass.self, count: rows)
        let shapes = storage.column(Shape.self, count: rows)
        let possessive = storage.column(Bool.self, count: rows)
        let quoted = storage.column(Bool.self, count: rows)
        let sentenceStart = storage.column(Int.self, count: sentenceCount)
        let headline = storage.column(Bool.self, count: sentenceCount)
        let longWords = storage.column(Int32.self, count: sentenceCount)
        let capitalizedWords = storage.column(Int32.self, count: sentenceCount)
        let ruleStarts = storage.column(Int32.self, count: rows)
        let nameWords = storage.column(Int32.self, count: rows)
        // Each quotation opens at a token of its own, so there are at most `rows` of them.
        let quotations = storage.column(Range<Int>.self, count: rows)
        sentenceStart.initialize(repeating: -1)
        headline.initialize(repeating: false)
        longWords.initialize(repeating: 0)
        capitalizedWords.initialize(repeating: 0)
        // Two passes over the tokens. The first joins possessive clitics to their word and finds
        // each token's sentence and the quotations; the second reads each word (key, classes,
        // shape), counts how capitalized each sentence is, and lists the tokens where rules start
        // and the name words, so that the finder and the resolver visit only those.
        var quotationCount = 0
        let count = tokens.withUnsafeBufferPointer { tokens in
            Self.layOut(tokens, utf8: utf8, sentences: sentences, merged: merged, sentenceOf: sentenceOf,
                        sentenceStart: sentenceStart, quoted: quoted,
                        quotations: quotations.baseAddress!, quotationCount: &quotationCount)
        }
        let rowsRead = UnsafeMutableBufferPointer(rebasing: merged[0..<count])
        let (ruleStartCount, nameWordCount) = lexicon.withWordClasses { wordClasses in
            Self.readWords(UnsafeBufferPointer(rowsRead), utf8: utf8, wordClasses: wordClasses,
                           keys: keys.baseAddress!, classes: classes.baseAddress!, shapes: shapes.baseAddress!,
                           possessive: possessive.baseAddress!, sentenceOf: sentenceOf.baseAddress!,
                           longWords: longWords.baseAddress!, capitalizedWords: capitalizedWords.baseAddress!,
                           ruleStarts: ruleStarts.baseAddress!, nameWords: nameWords.baseAddress!)
        }
        for sentence in 0..<sentenceCount where sentenceStart[sentence] < 0 { sentenceStart[sentence] = count }
        for sentence in 0..<sentenceCount where longWords[sentence] >= 3 {
            headline[sentence] = capitalizedWords[sentence] * 10 >= longWords[sentence] * 7
        }
        self.tokens = UnsafeBufferPointer(rebasing: merged[0..<count])
        self.sentenceOf = UnsafeBufferPointer(rebasing: sentenceOf[0..<count])
        lineBreakBefore = LineBreaks(utf8: utf8, tokens: UnsafeBufferPointer(rebasing: merged[0..<count]))
        self.keys = UnsafeBufferPointer(rebasing: keys[0..<count])
        self.classes = UnsafeBufferPointer(rebasing: classes[0..<count])
        self.shapes = UnsafeBufferPointer(rebasing: shapes[0..<count])
        self.possessive = UnsafeBufferPointer(rebasing: possessive[0..<count])
        self.quoted = UnsafeBufferPointer(rebasing: quoted[0..<count])
        self.sentenceStart = UnsafeBufferPointer(sentenceStart)
        self.headline = UnsafeBufferPointer(headline)
        self.ruleStarts = UnsafeBufferPointer(rebasing: ruleStarts[0..<ruleStartCount])
        self.nameWords = UnsafeBufferPointer(rebasing: nameWords[0..<nameWordCount])
        self.quotations = UnsafeBufferPointer(rebasing: quotations[0..<quotationCount])
        self.storage = storage
    }

    deinit {
        storage.deallocate()
    }

    /// The bytes of the columns of `rows` tokens and `sentences` sentences.
    private static func columnBytes(rows: Int, sentences: Int) -> Int {
        ColumnStorage.bytes(for: Token.self, count: rows) + ColumnStorage.bytes(for: Int.self, count: rows)
            + 3 * ColumnStorage.bytes(for: Bool.self, count: rows) + ColumnStorage.bytes(for: PackedWord?.self, count: rows)
            + ColumnStorage.bytes(for: WordClass.self, count: rows) + ColumnStorage.bytes(for: Shape.self, count: rows)
            + ColumnStorage.bytes(for: Int.self, count: sentences) + ColumnStorage.bytes(for: Bool.self, count: sentences)
            + 2 * ColumnStorage.bytes(for: Int32.self, count: sentences) + 2 * ColumnStorage.bytes(for: Int32.self, count: rows)
            + ColumnStorage.bytes(for: Range<Int>.self, count: rows)
    }

    /// The first pass of `init`: writes `tokens` with their possessive clitics joined to `merged`,
    /// each one's sentence and whether it is quoted, and
    /// every quotation (curly “…”, and straight "…" pairs within a paragraph) to `quotations`,
    /// counted in `quotationCount`; returns how many tokens it wrote.
    private static func layOut(_ tokens: UnsafeBufferPointer<Token>, utf8: UnsafeBufferPointer<UInt8>,
                               sentences: [TextRange], merged: UnsafeMutableBufferPointer<Token>,
                               sentenceOf: UnsafeMutableBufferPointer<Int>, sentenceStart: UnsafeMutableBufferPointer<Int>,
                               quoted: UnsafeMutableBufferPointer<Bool>,
                               quotations: UnsafeMutablePointer<Range<Int>>, quotationCount: inout Int) -> Int {
        var count = 0
        var sentence = 0
        var nextSentenceStart = sentences.count > 1 ? sentences[1].start : Int.max
        var previousEnd = 0
        var openQuote = -1
        var straightQuote = false
        var startedSentence = -1
        var raw = 0
        while raw < tokens.count {
            var token = tokens[raw]
            raw &+= 1
            if token.kind == .word {
                var last = raw &- 1
                while raw < tokens.count && tokens[last].kind == .word && tokens[raw].range.start == token.range.end
                        && isPossessiveClitic(tokens[raw], utf8) {
                    token = Token(range: TextRange(start: token.range.start, end: tokens[raw].range.end), kind: .word)
                    last = raw
                    raw &+= 1
                }
            }
            let range = token.range
            let index = count
            count &+= 1
            merged.initializeElement(at: index, to: token)
            while range.start >= nextSentenceStart {
                sentence &+= 1
                nextSentenceStart = sentence &+ 1 < sentences.count ? sentences[sentence &+ 1].start : Int.max
            }
            sentenceOf[index] = sentence
            if sentence != startedSentence {
                sentenceStart[sentence] = index
                startedSentence = sentence
            }
            if openQuote >= 0 {
                var newlines = 0
                for offset in previousEnd..<range.start where utf8[offset] == 0x0A { newlines &+= 1 }
                if newlines > 0 && (straightQuote || newlines >= 2) {
                    quotations[quotationCount] = openQuote..<index
                    quotationCount &+= 1
                    openQuote = -1
                }
            }
            previousEnd = range.end
            let mark = token.kind == .word ? .none : quotationMark(utf8, range)
            if mark == .none {
                quoted[index] = openQuote >= 0
            } else if mark == .curlyOpening || (mark == .straight && openQuote < 0) {
                if openQuote >= 0 {
                    quotations[quotationCount] = openQuote..<index
                    quotationCount &+= 1
                }
                openQuote = index
                straightQuote = mark == .straight
                quoted[index] = false
            } else if openQuote >= 0 && (mark == .curlyClosing || (mark == .straight && straightQuote)) {
                quotations[quotationCount] = openQuote..<(index + 1)
                quotationCount &+= 1
                openQuote = -1
                quoted[index] = false
            } else {
                quoted[index] = openQuote >= 0
            }
        }
        if openQuote >= 0 {
            quotations[quotationCount] = openQuote..<count
            quotationCount &+= 1
        }
        return count
    }

    /// The second pass of `init`: each token's lexicon key, classes, shape and possessive mark;
    /// per sentence how many of its long words (4 bytes or more) there are and how many of them
    /// are capitalized; and the lists of rule starts and name words. Returns the lengths of the
    /// two lists.
    private static func readWords(_ tokens: UnsafeBufferPointer<Token>, utf8: UnsafeBufferPointer<UInt8>,
                                  wordClasses: WordTable<WordClass>.Probe,
                                  keys: UnsafeMutablePointer<PackedWord?>, classes: UnsafeMutablePointer<WordClass>,
                                  shapes: UnsafeMutablePointer<Shape>, possessive: UnsafeMutablePointer<Bool>,
                                  sentenceOf: UnsafeMutablePointer<Int>, longWords: UnsafeMutablePointer<Int32>,
                                  capitalizedWords: UnsafeMutablePointer<Int32>, ruleStarts: UnsafeMutablePointer<Int32>,
                                  nameWords: UnsafeMutablePointer<Int32>) -> (ruleStarts: Int, nameWords: Int) {
        let base = utf8.baseAddress!
        let byteCount = utf8.count
        var ruleStartCount = 0
        var nameWordCount = 0
        for index in 0..<tokens.count {
            let range = tokens[index].range
            let length = range.end &- range.start
            guard tokens[index].kind == .word else {
                if tokens[index].kind == .punctuation && length > 1 {
                    keys[index] = nil
                } else if length > 0 && length <= 8 && range.start &+ 8 <= byteCount {
                    keys[index] = PackedWord(short: base + range.start, length: length)
                } else {
                    keys[index] = PackedWord(utf8, range.start..<range.end)
                }
                classes[index] = []
                shapes[index] = .other
                possessive[index] = false
                if length == 1 && base[range.start] == 0x3A {
                    ruleStarts[ruleStartCount] = Int32(truncatingIfNeeded: index)
                    ruleStartCount &+= 1
                }
                continue
            }
            let suffix = possessiveSuffix(utf8, range)
            possessive[index] = suffix != nil
            let end = range.end &- (suffix ?? 0)
            let wordLength = end &- range.start
            let key: PackedWord?
            if wordLength > 0 && wordLength <= 8 && range.start &+ 8 <= byteCount {
                key = PackedWord(short: base + range.start, length: wordLength)
            } else if wordLength > 8 && wordLength <= 16 && range.start &+ 16 <= byteCount {
                key = PackedWord(long: base + range.start, length: wordLength)
            } else {
                key = PackedWord(utf8, range.start..<end)
            }
            keys[index] = key
            let wordClass = key.map { wordClasses[$0] ?? [] } ?? []
            classes[index] = wordClass
            if !wordClass.isDisjoint(with: [.cue, .frameWord]) {
                ruleStarts[ruleStartCount] = Int32(truncatingIfNeeded: index)
                ruleStartCount &+= 1
            }
            let first = base[range.start]
            guard first < 0x61 || first > 0x7A else {
                shapes[index] = .lower
                if length >= 4 { longWords[sentenceOf[index]] &+= 1 }
                continue
            }
            // "Reuters", "Smith": an ASCII capital then a lower-case letter is capitalized, without a call.
            let second = length > 1 ? base[range.start &+ 1] : 0
            let shape = first >= 0x41 && first <= 0x5A && second >= 0x61 && second <= 0x7A
                ? Shape.capitalized : Self.shape(utf8, range)
            shapes[index] = shape
            let capitalized = shape == .capitalized || shape == .upper
            if capitalized && !wordClass.contains(.calendarName)
                && (wordClass.isDisjoint(with: [.functionWord, .determiner]) || (shape == .upper && length > 1)) {
                nameWords[nameWordCount] = Int32(truncatingIfNeeded: index)
                nameWordCount &+= 1
            }
            if length >= 4 {
                let sentence = sentenceOf[index]
                longWords[sentence] &+= 1
                if capitalized { capitalizedWords[sentence] &+= 1 }
            }
        }
        return (ruleStartCount, nameWordCount)
    }

    /// Whether a line break stands between a token and the one before it, read from the bytes
    /// between them when a rule asks (a few rules ask, about few tokens).
    struct LineBreaks {
        fileprivate let utf8: UnsafeBufferPointer<UInt8>
        fileprivate let tokens: UnsafeBufferPointer<Token>

        subscript(index: Int) -> Bool {
            let end = tokens[index].range.start
            var offset = index > 0 ? tokens[index - 1].range.end : 0
            while offset < end {
                if utf8[offset] == 0x0A { return true }
                offset += 1
            }
            return false
        }
    }

    /// True for a token of a headline-style sentence, where most words are capitalized.
    func isHeadline(_ index: Int) -> Bool { headline[sentenceOf[index]] }

    /// The number of tokens.
    var count: Int { tokens.count }

    /// The byte range of tokens `range`.
    func span(_ range: Range<Int>) -> TextRange {
        TextRange(start: tokens[range.lowerBound].range.start, end: tokens[range.upperBound - 1].range.end)
    }

    /// The text of tokens `range` as written, with runs of whitespace made single spaces and a
    /// final possessive "’s" dropped.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let first = tokens[range.lowerBound].range.start
        var end = tokens[range.upperBound - 1].range.end
        if possessive[range.upperBound - 1], let suffix = Self.possessiveSuffix(utf8, tokens[range.upperBound - 1].range) {
            end -= suffix
        }
        guard end > first else { return "" }
        if isSpacedBySingleSpaces(range) {
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[first..<end]), as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: end - first) { buffer in
            var written = 0
            for index in range {
                let start = tokens[index].range.start
                if index > range.lowerBound && start > tokens[index - 1].range.end {
                    buffer[written] = 0x20
                    written += 1
                }
                let stop = min(tokens[index].range.end, end)
                for offset in start..<stop {
                    buffer[written] = utf8[offset]
                    written += 1
                }
            }
            return written
        }
    }

    /// True when the tokens `range` stand apart by at most one space each, so their text is the
    /// text between them as written.
    private func isSpacedBySingleSpaces(_ range: Range<Int>) -> Bool {
        for index in (range.lowerBound + 1)..<range.upperBound {
            let gap = tokens[index].range.start - tokens[index - 1].range.end
            if gap > 1 || (gap == 1 && utf8[tokens[index - 1].range.end] != 0x20) { return false }
        }
        return true
    }

    /// True when token `index` is the single character `byte` (an ASCII punctuation mark).
    func isByte(_ index: Int, _ byte: UInt8) -> Bool {
        index >= 0 && index < count && tokens[index].range.count == 1 && utf8[tokens[index].range.start] == byte
    }

    /// True for an opening quotation mark: “ or a straight " that opens.
    func opensQuote(_ index: Int) -> Bool {
        guard index >= 0 && index < count else { return false }
        let range = tokens[index].range
        if range.count == 3 && utf8[range.start] == 0xE2 && utf8[range.start + 1] == 0x80 {
            return utf8[range.start + 2] == 0x9C
        }
        return isByte(index, 0x22) && index + 1 < count && quoted[index + 1]
    }

    /// True for a closing quotation mark: ” or a straight " that closes.
    func closesQuote(_ index: Int) -> Bool {
        guard index >= 0 && index < count else { return false }
        let range = tokens[index].range
        if range.count == 3 && utf8[range.start] == 0xE2 && utf8[range.start + 1] == 0x80 {
            return utf8[range.start + 2] == 0x9D
        }
        return isByte(index, 0x22) && index > 0 && quoted[index - 1]
    }

    /// True for a word starting with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool {
        shapes[index] == .capitalized || shapes[index] == .upper
    }

    /// True when token `index` opens its sentence or line (after an opening quote or bracket).
    func startsClause(_ index: Int) -> Bool {
        var first = sentenceStart[sentenceOf[index]]
        while first < index && tokens[first].kind == .punctuation && !isByte(first, 0x2C) { first += 1 }
        return first == index || lineBreakBefore[index]
    }

    /// The token after the sentence of token `index`, or after the next sentence too when the
    /// sentence breaker cut a name at an abbreviation ("a U.S. | Justice Department document").
    func sentenceEnd(_ index: Int) -> Int {
        var sentence = sentenceOf[index]
        while sentence + 1 < sentenceStart.count {
            let next = min(sentenceStart[sentence + 1], count)
            guard next < count, next > 0, isByte(next - 1, 0x2E), tokens[next - 1].range.start == tokens[next - 2].range.end,
                  isCapitalized(next - 2), tokens[next - 2].range.count <= 4 || containsPeriod(next - 2),
                  isCapitalized(next), !lineBreakBefore[next] else { return next }
            sentence += 1
        }
        return count
    }

    private func containsPeriod(_ index: Int) -> Bool {
        for offset in tokens[index].range.start..<tokens[index].range.end where utf8[offset] == 0x2E { return true }
        return false
    }

    /// The position in `entities` of the entity (from an earlier stage) overlapping tokens
    /// `range`, preferring a PERSON; a position, so that asking copies no entity.
    func entityIndex(overlapping range: Range<Int>) -> Int? {
        var searchFrom = 0
        return entityIndex(overlapping: range, searchFrom: &searchFrom)
    }

    /// `entityIndex(overlapping:)` for a caller that asks in text order: `searchFrom` is a
    /// position before which every entity ends before `range` starts (0 at first), and is moved
    /// on to the first entity that does not, so the next question starts its search there.
    func entityIndex(overlapping range: Range<Int>, searchFrom: inout Int) -> Int? {
        guard !entities.isEmpty else { return nil }
        let span = span(range)
        return entities.withUnsafeBufferPointer { entities in
            var low = searchFrom
            var high = entities.count
            var steps = 0
            while low < high && steps < 4 && entities[low].range.end <= span.start {
                low += 1
                steps += 1
            }
            if steps < 4 { high = low }
            while low < high {
                let middle = (low + high) / 2
                if entities[middle].range.end <= span.start { low = middle + 1 } else { high = middle }
            }
            searchFrom = low
            var found: Int?
            var index = low
            while index < entities.count && entities[index].range.start < span.end {
                if found == nil || entities[index].label == "PERSON" { found = index }
                index += 1
            }
            return found
        }
    }

    /// A quotation mark a token may be.
    private enum QuotationMark {
        case none, curlyOpening, curlyClosing, straight
    }

    @inline(__always)
    private static func quotationMark(_ utf8: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> QuotationMark {
        switch range.end - range.start {
        case 1:
            return utf8[range.start] == 0x22 ? .straight : .none
        case 3:
            guard utf8[range.start] == 0xE2 && utf8[range.start + 1] == 0x80 else { return .none }
            switch utf8[range.start + 2] {
            case 0x9C: return .curlyOpening
            case 0x9D: return .curlyClosing
            default: return .none
            }
        default:
            return .none
        }
    }

    /// The quotations that end at most a few tokens before `range` or start at most a few tokens
    /// after its start.
    func quotations(near range: Range<Int>) -> Slice<UnsafeBufferPointer<Range<Int>>> {
        var low = 0
        var high = quotations.count
        while low < high {
            let middle = (low + high) / 2
            if quotations[middle].upperBound < range.lowerBound - 3 { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < quotations.count && quotations[end].lowerBound <= range.upperBound + 2 { end += 1 }
        return quotations[low..<end]
    }

    /// True when a blank line stands between token `index` and the one before it.
    func isParagraphBreak(before index: Int) -> Bool {
        guard index > 0 else { return true }
        var newlines = 0
        for offset in tokens[index - 1].range.end..<tokens[index].range.start where utf8[offset] == 0x0A {
            newlines += 1
        }
        return newlines >= 2
    }

    /// How the word `range` is capitalized (ASCII read byte by byte, anything else by its Unicode
    /// properties).
    private static func shape(_ utf8: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Shape {
        var offset = range.start
        while offset < range.end {
            let byte = utf8[offset]
            if byte >= 0x80 { return unicodeShape(utf8, range) }
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { break }
            if byte >= 0x30 && byte <= 0x39 { return .other }
            offset += 1
        }
        guard offset < range.end else { return .other }
        if utf8[offset] >= 0x61 { return .lower }
        offset += 1
        while offset < range.end {
            let byte = utf8[offset]
            if byte >= 0x80 { return unicodeShape(utf8, range) }
            if byte >= 0x61 && byte <= 0x7A { return .capitalized }
            offset += 1
        }
        return .upper
    }

    /// `shape` for a word with a non-ASCII character, by the Unicode properties of its letters.
    private static func unicodeShape(_ utf8: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Shape {
        var hasUpper = false
        var hasLower = false
        var firstUpper: Bool?
        var offset = range.start
        while offset < range.end {
            let byte = utf8[offset]
            var upper = false
            var lower = false
            var width = 1
            if byte < 0x80 {
                upper = byte >= 0x41 && byte <= 0x5A
                lower = byte >= 0x61 && byte <= 0x7A
                if firstUpper == nil && byte >= 0x30 && byte <= 0x39 { return .other }
            } else {
                let (value, scalarWidth) = utf8.scalar(at: offset)
                width = scalarWidth
                if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
                    upper = scalar.properties.isUppercase
                    lower = scalar.properties.isLowercase
                }
            }
            if firstUpper == nil && (upper || lower) { firstUpper = upper }
            hasUpper = hasUpper || upper
            hasLower = hasLower || lower
            if firstUpper == false || (hasUpper && hasLower) { break }
            offset += width
        }
        guard let firstUpper else { return .other }
        if !firstUpper { return .lower }
        return hasLower ? .capitalized : .upper
    }

    /// `tokens` with every possessive "’s" or "'s" that a tokenizer split off joined back to its
    /// word ("Department" + "’s" → "Department’s"), so a possessive is one token to the rules.
    static func mergingPossessives(_ tokens: [Token], _ utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        [Token](unsafeUninitializedCapacity: tokens.count) { merged, count in
            count = tokens.withUnsafeBufferPointer { mergePossessives($0, into: merged, utf8) }
        }
    }

    /// Writes `tokens` with their possessive clitics joined (see `mergingPossessives`) to the
    /// start of `merged`; returns how many it wrote.
    private static func mergePossessives(_ tokens: UnsafeBufferPointer<Token>, into merged: UnsafeMutableBufferPointer<Token>,
                                         _ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for index in tokens.indices {
            let token = tokens[index]
            if index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].range.end == token.range.start
                && isPossessiveClitic(token, utf8) {
                merged[count - 1] = Token(range: TextRange(start: merged[count - 1].range.start, end: token.range.end),
                                          kind: .word)
            } else {
                merged.initializeElement(at: count, to: token)
                count += 1
            }
        }
        return count
    }

    private static func isPossessiveClitic(_ token: Token, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.range
        if range.count == 2 { return utf8[range.start] == 0x27 && (utf8[range.start + 1] | 0x20) == 0x73 }
        return range.count == 4 && utf8[range.start] == 0xE2 && utf8[range.start + 1] == 0x80
            && utf8[range.start + 2] == 0x99 && (utf8[range.start + 3] | 0x20) == 0x73
    }

    /// The byte length of a final "'s" or "’s", if the token ends with one.
    @inline(__always)
    static func possessiveSuffix(_ utf8: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Int? {
        let end = range.end
        guard range.count > 2, utf8[end - 1] == 0x73 || utf8[end - 1] == 0x53 else { return nil }
        if utf8[end - 2] == 0x27 { return 2 }
        if range.count > 4 && utf8[end - 4] == 0xE2 && utf8[end - 3] == 0x80 && utf8[end - 2] == 0x99 { return 4 }
        return nil
    }
}
