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
enum CandidateCollector {
    /// Runs `body` with the candidates of `text`, collected straight into the thread's
    /// candidates block, made with room for every phrase a document can have (four per token
    /// and one per entity), so that adding one never grows or copies storage.
    static func withCandidates<Result>(
        text: AnalyzedText, tokens: [Token], entities: [Entity]?, _ body: (UnsafeBufferPointer<CandidatePhrase>) -> Result
    ) -> Result {
        let capacity = PhraseKey.maxWords * text.tokens.count + (entities?.count ?? 0)
        return KeywordScratch.withBlock(.candidates, of: CandidatePhrase.self, count: capacity) { storage in
            var buffer = CandidateBuffer(storage: storage.baseAddress!)
            buffer.collect(text: text, tokens: tokens, entities: entities)
            return body(UnsafeBufferPointer(start: storage.baseAddress!, count: buffer.count))
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
///
/// A phrase of the content-word runs is found without hashing its words: a one-word phrase by
/// its term (`candidateOfTerm`), a longer one as the phrase one word shorter that ended at the
/// token before, extended by its last term (`extensions`, keyed by that candidate's index and
/// the term). Each key names one phrase exactly, and each step is one probe with a key already
/// at hand.
private struct CandidateBuffer {
    let storage: UnsafeMutablePointer<CandidatePhrase>
    var count = 0

    init(storage: UnsafeMutablePointer<CandidatePhrase>) {
        self.storage = storage
    }

    mutating func collect(text: AnalyzedText, tokens: [Token], entities: [Entity]?) {
        KeywordScratch.withPhraseTable(capacity: text.tokens.count) { extensions in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: text.termCount) { candidateOfTerm in
                candidateOfTerm.initialize(repeating: -1)
                text.tokens.withUnsafeBufferPointer { infos in
                    // The candidates of the one-, two- and three-word phrases that end at the
                    // previous token, while the run goes on.
                    var ending: (Int32, Int32, Int32) = (-1, -1, -1)
                    var runLength = 0
                    var previousSentence: Int32 = -1
                    for index in infos.indices {
                        let info = infos[index]
                        guard info.term >= 0 && !info.isStopword else {
                            runLength = 0
                            previousSentence = info.sentence
                            continue
                        }
                        if info.sentence != previousSentence { runLength = 0 }
                        previousSentence = info.sentence
                        runLength += 1
                        let one = addWord(info.term, at: index, info: info, candidateOfTerm: candidateOfTerm)
                        guard runLength >= 2 else {
                            ending = (one, -1, -1)
                            continue
                        }
                        let two = add(extending: ending.0, by: info.term, tokens: (index - 1)..<(index + 1),
                                      first: infos[index - 1], extensions: &extensions)
                        guard runLength >= 3 else {
                            ending = (one, two, -1)
                            continue
                        }
                        let three = add(extending: ending.1, by: info.term, tokens: (index - 2)..<(index + 1),
                                        first: infos[index - 2], extensions: &extensions)
                        if runLength >= 4 {
                            add(extending: ending.2, by: info.term, tokens: (index - 3)..<(index + 1),
                                first: infos[index - 3], extensions: &extensions)
                        }
                        ending = (one, two, three)
                    }
                }
                if let entities {
                    addEntities(entities, tokens: tokens, text: text, candidateOfTerm: candidateOfTerm,
                                extensions: &extensions)
                }
            }
        }
    }

    /// Adds an occurrence of the one-word phrase of `term` at token `index` and returns its
    /// candidate's index.
    @inline(__always)
    private mutating func addWord(
        _ term: Int32, at index: Int, info: AnalyzedText.TokenInfo, candidateOfTerm: UnsafeMutableBufferPointer<Int32>
    ) -> Int32 {
        let existing = candidateOfTerm[Int(term)]
        if existing >= 0 {
            storage[Int(existing)].addOccurrence(tokens: index..<(index + 1), sentence: info.sentence,
                                                 isSentenceInitial: info.isSentenceInitial)
            return existing
        }
        candidateOfTerm[Int(term)] = Int32(truncatingIfNeeded: count)
        return append(PhraseKey(terms: (term, -1, -1, -1), count: 1), tokens: index..<(index + 1), first: info)
    }

    /// Adds an occurrence at `range`, whose first token is `first`, of the phrase of candidate
    /// `prefix` followed by `term`, and returns its candidate's index.
    @discardableResult @inline(__always)
    private mutating func add(
        extending prefix: Int32, by term: Int32, tokens range: Range<Int>, first: AnalyzedText.TokenInfo,
        extensions: inout KeyTable
    ) -> Int32 {
        if let existing = extensions.valueOrInsert(Self.extensionKey(prefix, term), UInt32(truncatingIfNeeded: count)) {
            storage[Int(existing)].addOccurrence(tokens: range, sentence: first.sentence,
                                                 isSentenceInitial: first.isSentenceInitial)
            return Int32(bitPattern: existing)
        }
        var key = storage[Int(prefix)].key
        key.append(term)
        return append(key, tokens: range, first: first)
    }

    /// The key of the phrase of candidate `prefix` followed by `term` in the extensions table.
    @inline(__always)
    private static func extensionKey(_ prefix: Int32, _ term: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: prefix)) << 32 | UInt64(UInt32(bitPattern: term))
    }

    /// A new candidate of `key`, first seen at `range`; returns its index.
    @inline(__always)
    private mutating func append(_ key: PhraseKey, tokens range: Range<Int>, first: AnalyzedText.TokenInfo) -> Int32 {
        (storage + count).initialize(to: CandidatePhrase(key: key, surface: range, sentence: first.sentence,
                                                         isSentenceInitial: first.isSentenceInitial))
        count += 1
        return Int32(truncatingIfNeeded: count - 1)
    }

    /// The candidate of the content-word runs with `key`, if there is one.
    private func runCandidate(
        _ key: PhraseKey, candidateOfTerm: UnsafeMutableBufferPointer<Int32>, extensions: borrowing KeyTable
    ) -> Int32? {
        var candidate = candidateOfTerm[Int(key[0])]
        guard candidate >= 0 else { return nil }
        for position in 1..<key.count {
            guard let next = extensions.value(for: Self.extensionKey(candidate, key[position])) else { return nil }
            candidate = Int32(bitPattern: next)
        }
        return candidate
    }

    /// Marks candidates that are entity mentions; an entity that is no content-word run (it holds
    /// a stopword, or a mark between its words) becomes a candidate of its own, counted once per mention.
    private mutating func addEntities(
        _ entities: [Entity], tokens: [Token], text: AnalyzedText, candidateOfTerm: UnsafeMutableBufferPointer<Int32>,
        extensions: inout KeyTable
    ) {
        // The candidates that entities added (rather than found among the content-word runs), by key.
        var entityCandidates = KeyTable()
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
            if let existing = runCandidate(key, candidateOfTerm: candidateOfTerm, extensions: extensions) {
                storage[Int(existing)].isEntity = true
            } else if let existing = entityCandidates.valueOrInsert(key.packed, UInt32(truncatingIfNeeded: count)) {
                let info = text.tokens[first]
                storage[Int(existing)].addOccurrence(tokens: first..<(last + 1), sentence: info.sentence,
                                                     isSentenceInitial: info.isSentenceInitial)
                storage[Int(existing)].isEntity = true
            } else {
                let added = append(key, tokens: first..<(last + 1), first: text.tokens[first])
                storage[Int(added)].isEntity = true
            }
        }
    }
}
