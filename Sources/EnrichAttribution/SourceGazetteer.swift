import EnrichCore

/// Named sources known by their aliases: news outlets (`models/sources/outlets.tsv`) and
/// organizations often named by a short form (`models/sources/organizations.tsv`).
///
/// Aliases are tokenized with the same ICU word breaks as documents and matched token by token,
/// case-insensitively, with or without a leading "The". A class, so that every document's resolver
/// shares its tables without retaining each of them.
final class SourceGazetteer: Sendable {
    /// A named source.
    struct Entry: Sendable, Hashable {
        /// The usual full name ("Associated Press").
        let canonical: String
        let kind: Attribution.Kind
        /// For outlets, what kind of outlet: which description ("the magazine") can refer to it.
        let outletClass: OutletClass?
        /// The last word of the canonical name.
        let lastWord: PackedWord?
    }

    /// Every named source, in the order of the model files.
    private let entries: [Entry]
    /// Every alias by the hash of its words (`sequenceHash`), in an open-addressing table with
    /// linear probing (an empty slot has no words): where its words start in `aliasWords`, how
    /// many there are, and its entry.
    private let aliasSlots: [AliasSlot]
    private let aliasWords: [PackedWord]
    private let aliasMask: Int
    /// The longest alias (in tokens) that starts with a given word.
    private let longestAliasTable: WordTable<Int>

    /// Reads the outlet and organization tables; `tokenize` splits an alias into its token words.
    init(outlets: [Substring], organizations: [Substring], file: (String) -> String,
         tokenize: (String) -> [PackedWord]) throws(PipelineError) {
        var entries: [Entry] = []
        var aliases: [[PackedWord]: Int] = [:]
        var longestAlias: [PackedWord: Int] = [:]
        func add(_ entry: Entry, aliases list: Substring) {
            entries.append(entry)
            let index = entries.count - 1
            for alias in list.split(separator: "|") + [Substring(entry.canonical)] {
                var words = tokenize(String(alias))
                if words.first == Self.the { words.removeFirst() }
                guard let first = words.first, aliases[words] == nil else { continue }
                aliases[words] = index
                longestAlias[first] = max(longestAlias[first] ?? 0, words.count)
            }
        }
        for line in outlets {
            let columns = line.split(separator: "\t")
            guard columns.count == 3, let outletClass = OutletClass(rawValue: String(columns[1])) else {
                throw PipelineError("model file \(file("sources/outlets.tsv")): bad line '\(line)' "
                    + "(expected canonical name, class (agency, newspaper, magazine, broadcaster or site), "
                    + "aliases separated by tabs)")
            }
            add(Entry(canonical: String(columns[0]), kind: .media, outletClass: outletClass,
                      lastWord: tokenize(String(columns[0])).last),
                aliases: columns[2])
        }
        for line in organizations {
            let columns = line.split(separator: "\t")
            guard columns.count == 3, let kind = Attribution.Kind(rawValue: String(columns[1])) else {
                throw PipelineError("model file \(file("sources/organizations.tsv")): bad line '\(line)' "
                    + "(expected canonical name, kind, aliases separated by tabs)")
            }
            add(Entry(canonical: String(columns[0]), kind: kind, outletClass: nil,
                      lastWord: tokenize(String(columns[0])).last),
                aliases: columns[2])
        }
        self.entries = entries
        longestAliasTable = WordTable(longestAlias, filler: 0)
        var capacity = 16
        while capacity < aliases.count * 2 { capacity *= 2 }
        var aliasSlots = [AliasSlot](repeating: AliasSlot(hash: 0, start: 0, count: 0, entry: 0), count: capacity)
        var aliasWords: [PackedWord] = []
        aliasMask = capacity - 1
        for (words, entry) in aliases {
            let hash = Self.sequenceHash(words[...])
            var slot = Int(truncatingIfNeeded: hash) & aliasMask
            while aliasSlots[slot].count != 0 { slot = (slot + 1) & aliasMask }
            aliasSlots[slot] = AliasSlot(hash: hash, start: Int32(aliasWords.count), count: Int32(words.count),
                                         entry: Int32(entry))
            aliasWords.append(contentsOf: words)
        }
        self.aliasSlots = aliasSlots
        self.aliasWords = aliasWords
    }

    /// Writes the entries and alias tables for `init(decoding:)`.
    func encode(into image: inout ImageWriter) {
        image.append(UInt64(entries.count))
        for entry in entries {
            image.append(entry.canonical)
            image.append(UInt64(Attribution.Kind.allCases.firstIndex(of: entry.kind)!))
            image.append(entry.outletClass.map { UInt64(OutletClass.allCases.firstIndex(of: $0)!) + 1 } ?? 0)
            image.append(entry.lastWord.map { _ in 1 } ?? 0)
            image.append(entry.lastWord ?? PackedWord(low: 0, high: 0, count: 0))
        }
        image.append(UInt64(aliasWords.count))
        for word in aliasWords { image.append(word) }
        image.append(UInt64(aliasSlots.count))
        for slot in aliasSlots {
            image.append(slot.hash)
            image.append(UInt64(slot.start))
            image.append(UInt64(slot.count))
            image.append(UInt64(slot.entry))
        }
        longestAliasTable.encode(into: &image) { UInt64($0) }
    }

    /// Reads what `encode(into:)` wrote, without tokenizing or hashing an alias.
    init(decoding image: inout ImageReader) throws(PipelineError) {
        let kinds = Attribution.Kind.allCases
        let outletClasses = OutletClass.allCases
        var entries: [Entry] = []
        let entryCount = try image.count(atMost: 1 << 20)
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let canonical = try image.string()
            let kind = try image.count(atMost: kinds.count - 1)
            let outletClass = try image.count(atMost: outletClasses.count)
            let hasLastWord = try image.count(atMost: 1) == 1
            let lastWord = try image.word()
            entries.append(Entry(canonical: canonical, kind: kinds[kind],
                                 outletClass: outletClass == 0 ? nil : outletClasses[outletClass - 1],
                                 lastWord: hasLastWord ? lastWord : nil))
        }
        var aliasWords: [PackedWord] = []
        let wordCount = try image.count(atMost: 1 << 24)
        aliasWords.reserveCapacity(wordCount)
        for _ in 0..<wordCount { aliasWords.append(try image.word()) }
        var aliasSlots: [AliasSlot] = []
        let capacity = try image.count(atMost: 1 << 24)
        guard capacity >= 16, capacity & (capacity - 1) == 0 else { throw ImageReader.damaged }
        aliasSlots.reserveCapacity(capacity)
        var used = 0
        for _ in 0..<capacity {
            let hash = try image.integer()
            let start = try image.count(atMost: wordCount)
            let count = try image.count(atMost: wordCount - start)
            let entry = try image.count(atMost: max(entryCount - 1, 0))
            if count > 0 { used += 1 }
            aliasSlots.append(AliasSlot(hash: hash, start: Int32(start), count: Int32(count), entry: Int32(entry)))
        }
        guard used < capacity, used == 0 || entryCount > 0 else { throw ImageReader.damaged }
        self.entries = entries
        self.aliasWords = aliasWords
        self.aliasSlots = aliasSlots
        aliasMask = capacity - 1
        longestAliasTable = try WordTable(decoding: &image, filler: 0) { Int(exactly: $0) }
    }

    /// One alias in `aliasSlots`.
    private struct AliasSlot: Sendable {
        var hash: UInt64
        var start: Int32
        var count: Int32
        var entry: Int32
    }

    /// The entry of the alias whose words hash to `hash` and are `words[range]`, if any.
    private func alias(hashed hash: UInt64, _ words: UnsafeBufferPointer<PackedWord?>, _ range: Range<Int>) -> Entry? {
        var slot = Int(truncatingIfNeeded: hash) & aliasMask
        while aliasSlots[slot].count != 0 {
            let found = aliasSlots[slot]
            if found.hash == hash {
                guard Int(found.count) == range.count else { return nil }
                for (offset, index) in range.enumerated() where words[index] != aliasWords[Int(found.start) + offset] {
                    return nil
                }
                return entries[Int(found.entry)]
            }
            slot = (slot + 1) & aliasMask
        }
        return nil
    }

    /// A hash of a word sequence that can be extended one word at a time.
    private static func extend(_ hash: UInt64, _ word: PackedWord) -> UInt64 {
        var mixed = (hash ^ word.mixed) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return mixed
    }

    private static func sequenceHash(_ words: ArraySlice<PackedWord>) -> UInt64 {
        words.reduce(0x243F_6A88_85A3_08D3, extend)
    }

    static let the = PackedWord("the")!

    /// True when some alias starts with `word`: one table probe, for callers that try many words
    /// before asking for a match.
    @inline(__always)
    func startsAlias(_ word: PackedWord) -> Bool { longestAliasTable[word] != nil }

    /// The longest alias that starts at `words[start]`: its length in words and its entry.
    func longestMatch(_ words: UnsafeBufferPointer<PackedWord?>, from start: Int, limit: Int) -> (length: Int, entry: Entry)? {
        guard let first = words[start], let longest = longestAliasTable[first] else { return nil }
        let most = min(longest, limit - start)
        guard most > 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: most) { hashes in
            var hash: UInt64 = 0x243F_6A88_85A3_08D3
            var length = 0
            while length < most, let word = words[start + length] {
                hash = Self.extend(hash, word)
                hashes[length] = hash
                length += 1
            }
            while length > 0 {
                if let entry = alias(hashed: hashes[length - 1], words, start..<(start + length)) { return (length, entry) }
                length -= 1
            }
            return nil
        }
    }

    /// The entry whose alias is exactly `words` (a leading "the" is ignored).
    func entry(exactly words: Slice<UnsafeBufferPointer<PackedWord?>>) -> Entry? {
        var first = words.startIndex
        if first < words.endIndex && words[first] == Self.the { first += 1 }
        guard first < words.endIndex, let word = words[first], let longest = longestAliasTable[word],
              longest >= words.endIndex - first else { return nil }
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        for index in first..<words.endIndex {
            guard let word = words[index] else { return nil }
            hash = Self.extend(hash, word)
        }
        return alias(hashed: hash, words.base, first..<words.endIndex)
    }
}
