import EnrichCore

/// The lower-case words one thread has met, each with what the lexicon says about it (its stem,
/// Zipf frequency and stopword flag), so that a word is looked up in the lexicon (megabytes, mostly
/// out of the CPU caches) and stemmed once per thread rather than once per document; and, per
/// stem, its term in the document being analyzed, so that a token finds its term with one probe
/// of a table that stays in cache and one array read, without per-document tables.
///
/// Words are keyed by their `WordForm.vocabularyKey` (the lexicon, by their `WordHash`). Stems are numbered in order of first
/// use; a stem's term is valid only in the document of the current `stamp`.
struct Vocabulary: ~Copyable {
    /// Past this many words the thread's vocabulary starts afresh before its next document, so
    /// that input full of words met once (invented names, codes) cannot grow it without bound.
    static let wordLimit = 1 << 18

    /// What the vocabulary knows about one word.
    struct Word {
        /// The word's stem, numbered in this vocabulary.
        var stem: Int
        var zipf: Float
        var isStopword: Bool
    }

    private struct Slot {
        var key: UInt64
        /// `taken`, `stopword`, and the stem's number in the low 30 bits.
        var info: UInt32
        var zipf: Float

        static let taken: UInt32 = 1 << 31
        static let stopword: UInt32 = 1 << 30
        static let stemMask: UInt32 = (1 << 30) - 1
    }

    let lexicon: Lexicon
    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    private var shift: UInt64
    private(set) var wordCount = 0
    /// Each stem's number, by the `WordHash` of the stem.
    private var stemOfKey = KeyTable(minimumCapacity: 1 << 12)
    private var stemKeys: UnsafeMutablePointer<UInt64>
    /// Per stem: the stamp of the document it last had a term in (high half) and that term.
    private var stemTerms: UnsafeMutablePointer<UInt64>
    private var stemCapacity: Int
    private var stemCount = 0
    private var stamp: UInt64 = 0

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        capacity = 1 << 10
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: 0, info: 0, zipf: 0), count: capacity)
        stemCapacity = 1 << 10
        stemKeys = .allocate(capacity: stemCapacity)
        stemTerms = .allocate(capacity: stemCapacity)
    }

    deinit {
        slots.deallocate()
        stemKeys.deallocate()
        stemTerms.deallocate()
    }

    /// Whether this vocabulary is for `lexicon` and has room for another document.
    func serves(_ lexicon: Lexicon) -> Bool { self.lexicon.isSame(as: lexicon) && wordCount < Self.wordLimit }

    /// Starts a document: the terms of earlier documents no longer count.
    mutating func beginDocument() {
        stamp += 1
        if stamp > UInt64(UInt32.max) {
            stemTerms.update(repeating: 0, count: stemCount)
            stamp = 1
        }
    }

    /// The word `form` (read from `utf8[range]`), looked up in the lexicon and stemmed when the
    /// vocabulary meets it for the first time.
    @inline(__always)
    mutating func word(
        _ form: WordForm, utf8: UnsafeBufferPointer<UInt8>, range: TextRange, scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Word {
        let key = form.vocabularyKey
        let mask = capacity &- 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        while true {
            let stored = slots[slot]
            if stored.info == 0 { break }
            if stored.key == key {
                return Word(stem: Int(stored.info & Slot.stemMask), zipf: stored.zipf,
                            isStopword: stored.info & Slot.stopword != 0)
            }
            slot = (slot &+ 1) & mask
        }
        return insert(form, at: slot, utf8: utf8, range: range, scratch: scratch)
    }

    /// The term `stem` has in the current document, if it has one yet.
    @inline(__always)
    func term(ofStem stem: Int) -> Int32? {
        let stored = stemTerms[stem]
        return stored >> 32 == stamp ? Int32(truncatingIfNeeded: stored) : nil
    }

    @inline(__always)
    mutating func setTerm(_ term: Int32, ofStem stem: Int) {
        stemTerms[stem] = stamp << 32 | UInt64(UInt32(bitPattern: term))
    }

    /// The `WordHash` of the stem.
    @inline(__always)
    func stemKey(_ stem: Int) -> UInt64 { stemKeys[stem] }

    @inline(never)
    private mutating func insert(
        _ form: WordForm, at slot: Int, utf8: UnsafeBufferPointer<UInt8>, range: TextRange,
        scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Word {
        let entry = lexicon.entry(form.lowercaseHash)
        let isStopword = form.isShortOrContraction || entry?.isStopword == true
        let stemKey = entry?.stemKey
            ?? WordForm(utf8: utf8, range: range, scratch: scratch).stemHash(scratch: scratch)
        let stem: Int
        if let known = stemOfKey.valueOrInsert(stemKey, UInt32(stemCount)) {
            stem = Int(known)
        } else {
            stem = stemCount
            if stemCount == stemCapacity { growStems() }
            stemKeys[stem] = stemKey
            stemTerms[stem] = 0
            stemCount += 1
        }
        let word = Word(stem: stem, zipf: entry?.zipf ?? lexicon.unlistedZipf, isStopword: isStopword)
        slots[slot] = Slot(key: form.vocabularyKey,
                           info: Slot.taken | (isStopword ? Slot.stopword : 0) | UInt32(stem),
                           zipf: word.zipf)
        wordCount += 1
        if wordCount * 2 > capacity { grow() }
        return word
    }

    private mutating func grow() {
        let old = slots
        let oldCapacity = capacity
        capacity *= 2
        shift -= 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: 0, info: 0, zipf: 0), count: capacity)
        let mask = capacity &- 1
        for index in 0..<oldCapacity where old[index].info != 0 {
            var slot = Int(truncatingIfNeeded: (old[index].key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
            while slots[slot].info != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }

    private mutating func growStems() {
        let newCapacity = stemCapacity * 2
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
        keys.moveInitialize(from: stemKeys, count: stemCount)
        stemKeys.deallocate()
        stemKeys = keys
        let terms = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
        terms.moveInitialize(from: stemTerms, count: stemCount)
        stemTerms.deallocate()
        stemTerms = terms
        stemCapacity = newCapacity
    }
}

extension Vocabulary {
    /// Runs `body` with the current thread's vocabulary for `lexicon`, made afresh when the
    /// thread has none for it or its has grown past `wordLimit`.
    static func withCurrent<Result>(for lexicon: Lexicon, _ body: (inout Vocabulary) -> Result) -> Result {
        let holder = holders.value
        if !(holder.vocabulary?.serves(lexicon) ?? false) { holder.vocabulary = Vocabulary(lexicon: lexicon) }
        return body(&holder.vocabulary!)
    }

    private static let holders = ThreadLocal { VocabularyHolder() }
}

/// Holds a thread's vocabulary.
private final class VocabularyHolder {
    var vocabulary: Vocabulary?
}
