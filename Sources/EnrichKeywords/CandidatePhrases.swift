import EnrichCore

/// A phrase's terms (one to four), the key under which its occurrences are merged.
struct PhraseKey: Hashable {
    static let maxWords = 4
    var terms: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
    var count: Int = 0

    subscript(index: Int) -> Int32 {
        switch index {
        case 0: terms.0
        case 1: terms.1
        case 2: terms.2
        default: terms.3
        }
    }

    mutating func append(_ term: Int32) {
        switch count {
        case 0: terms.0 = term
        case 1: terms.1 = term
        case 2: terms.2 = term
        default: terms.3 = term
        }
        count += 1
    }

    /// Whether `self`'s terms occur, in order and contiguous, inside `other`.
    func isPart(of other: PhraseKey) -> Bool {
        guard count < other.count else { return false }
        return (0...(other.count - count)).contains { start in
            (0..<count).allSatisfy { self[$0] == other[start + $0] }
        }
    }

    static func == (lhs: PhraseKey, rhs: PhraseKey) -> Bool {
        lhs.count == rhs.count && lhs.terms == rhs.terms
    }

    func hash(into hasher: inout Hasher) { hasher.combine(packed) }

    /// The four terms mixed into 64 bits (splitmix64 finalizer over both halves); distinct
    /// phrases of one document collide with negligible probability.
    var packed: UInt64 {
        let low = UInt64(UInt32(bitPattern: terms.0)) | UInt64(UInt32(bitPattern: terms.1)) << 32
        let high = UInt64(UInt32(bitPattern: terms.2)) | UInt64(UInt32(bitPattern: terms.3)) << 32
        var mixed = low ^ (high &* 0x9E37_79B9_7F4A_7C15)
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// A candidate keyword: all occurrences of one phrase key in a document.
struct CandidatePhrase {
    var key: PhraseKey
    var count: Int32 = 0
    var firstSentence: Int32
    var lastSentence: Int32 = -1
    var sentenceCount: Int32 = 0
    /// Token range of the occurrence whose spelling represents the phrase: the first one not at
    /// the start of a sentence, where casing is the writer's choice.
    var surface: Range<Int>
    var surfaceIsSentenceInitial: Bool
    /// Some occurrence is a named-entity mention from an earlier stage.
    var isEntity = false

    /// The candidate of `key` with its first occurrence, at `surface`.
    init(key: PhraseKey, surface: Range<Int>, sentence: Int32, isSentenceInitial: Bool) {
        self.key = key
        self.surface = surface
        self.firstSentence = sentence
        self.surfaceIsSentenceInitial = isSentenceInitial
        count = 1
        lastSentence = sentence
        sentenceCount = 1
    }

    mutating func addOccurrence(tokens: Range<Int>, sentence: Int32, isSentenceInitial: Bool) {
        count += 1
        if sentence != lastSentence {
            sentenceCount += 1
            lastSentence = sentence
        }
        if surfaceIsSentenceInitial && !isSentenceInitial {
            surface = tokens
            surfaceIsSentenceInitial = false
        }
    }
}

/// Collects candidate phrases: every 1- to 4-word run of content words that no stopword,
/// punctuation mark, number or sentence end interrupts, and the spans of named entities
/// (which may hold stopwords: "Bank of England").
struct CandidateCollector {
    let candidates: [CandidatePhrase]

    /// Collects the candidates straight into the array's storage, made with room for every
    /// phrase a document can have (four per token and one per entity), so that adding one never
    /// grows or copies storage, and updating one needs no uniqueness check.
    init(text: AnalyzedText, tokens: [Token], entities: [Entity]?) {
        let capacity = PhraseKey.maxWords * text.tokens.count + (entities?.count ?? 0)
        candidates = [CandidatePhrase](unsafeUninitializedCapacity: capacity) { storage, initialized in
            var buffer = CandidateBuffer(storage: storage.baseAddress!)
            buffer.collect(text: text, tokens: tokens, entities: entities)
            initialized = buffer.count
        }
    }

    /// Whether an entity label names something; dates, amounts and the like are not keywords.
    static func isNameLabel(_ label: String) -> Bool {
        switch label {
        case "PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "LAW", "FAC", "WORK_OF_ART": true
        default: false
        }
    }

    /// The tokens inside `range`, found by binary search over the sorted tokens.
    static func tokenRange(of range: TextRange, in tokens: [Token]) -> Range<Int>? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.start < range.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < tokens.count && tokens[end].range.end <= range.end { end += 1 }
        return low < end ? low..<end : nil
    }
}

/// The candidates of one document while they are collected, in storage with room for them all.
private struct CandidateBuffer {
    let storage: UnsafeMutablePointer<CandidatePhrase>
    var count = 0

    init(storage: UnsafeMutablePointer<CandidatePhrase>) {
        self.storage = storage
    }

    mutating func collect(text: AnalyzedText, tokens: [Token], entities: [Entity]?) {
        KeywordScratch.withPhraseTable(capacity: text.tokens.count) { indexOfKey in
            text.tokens.withUnsafeBufferPointer { infos in
                var runStart = 0
                for index in infos.indices {
                    let info = infos[index]
                    guard info.term >= 0 && !info.isStopword else {
                        runStart = index + 1
                        continue
                    }
                    if index == 0 || infos[index - 1].sentence != info.sentence { runStart = index }
                    let longest = min(PhraseKey.maxWords, index - runStart + 1)
                    // The run's last terms, this token's last: each longer phrase prepends one.
                    let last = info.term
                    add(PhraseKey(terms: (last, -1, -1, -1), count: 1), tokens: index..<(index + 1), first: info,
                        indexOfKey: &indexOfKey)
                    guard longest >= 2 else { continue }
                    let second = infos[index - 1].term
                    add(PhraseKey(terms: (second, last, -1, -1), count: 2), tokens: (index - 1)..<(index + 1),
                        first: infos[index - 1], indexOfKey: &indexOfKey)
                    guard longest >= 3 else { continue }
                    let third = infos[index - 2].term
                    add(PhraseKey(terms: (third, second, last, -1), count: 3), tokens: (index - 2)..<(index + 1),
                        first: infos[index - 2], indexOfKey: &indexOfKey)
                    guard longest >= 4 else { continue }
                    add(PhraseKey(terms: (infos[index - 3].term, third, second, last), count: 4),
                        tokens: (index - 3)..<(index + 1), first: infos[index - 3], indexOfKey: &indexOfKey)
                }
            }
            if let entities { addEntities(entities, tokens: tokens, text: text, indexOfKey: &indexOfKey) }
        }
    }

    /// Adds an occurrence of `key` at `range`, whose first token is `first`, and returns its
    /// candidate's index; `indexOfKey` gives each key's index in `candidates`.
    @discardableResult @inline(__always)
    private mutating func add(
        _ key: PhraseKey, tokens range: Range<Int>, first: AnalyzedText.TokenInfo, indexOfKey: inout KeyTable
    ) -> Int {
        if let existing = indexOfKey.valueOrInsert(key.packed, UInt32(count)) {
            let index = Int(existing)
            storage[index].addOccurrence(tokens: range, sentence: first.sentence,
                                         isSentenceInitial: first.isSentenceInitial)
            return index
        }
        (storage + count).initialize(to: CandidatePhrase(key: key, surface: range, sentence: first.sentence,
                                                         isSentenceInitial: first.isSentenceInitial))
        count += 1
        return count - 1
    }

    /// Marks candidates that are entity mentions; an entity that is no content-word run (it holds
    /// a stopword) becomes a candidate of its own, counted once per mention.
    private mutating func addEntities(_ entities: [Entity], tokens: [Token], text: AnalyzedText, indexOfKey: inout KeyTable) {
        // The keys that entities added (rather than found among the content-word runs).
        var newKeys = KeyTable()
        for entity in entities where CandidateCollector.isNameLabel(entity.label) {
            guard let range = CandidateCollector.tokenRange(of: entity.range, in: tokens), !range.isEmpty else { continue }
            var key = PhraseKey()
            var first = -1
            var last = -1
            var wordCount = 0
            for index in range where text.tokens[index].term >= 0 {
                wordCount += 1
                if wordCount <= PhraseKey.maxWords { key.append(text.tokens[index].term) }
                if first < 0 { first = index }
                last = index
            }
            guard (1...PhraseKey.maxWords).contains(wordCount), text.isContent(first), text.isContent(last) else { continue }
            if let existing = indexOfKey.value(for: key.packed), newKeys.value(for: key.packed) == nil {
                storage[Int(existing)].isEntity = true
            } else {
                _ = newKeys.valueOrInsert(key.packed, 0)
                let added = add(key, tokens: first..<(last + 1), first: text.tokens[first], indexOfKey: &indexOfKey)
                storage[added].isEntity = true
            }
        }
    }
}
