import EnrichCore

/// Turns gazetteer files into the bytes of a compiled gazetteer (`GazetteerImage`).
///
/// Every name and alias is normalized (`NameNormalizer`, a leading "the" dropped) and stored
/// under its `NameHash` key, with a prefix marker at each place a token may end inside it so the
/// matcher knows when to keep extending. When two entities share a name, the one from the earlier
/// file wins (the source order is the type priority: user lists, hand-curated, generated).
public enum GazetteerCompiler {
    public static func compile(_ files: [GazetteerFile], sourceKey: UInt64) throws(PipelineError) -> [UInt8] {
        var words: [UInt64: WordClass] = [:]
        var commonWords = Set<[UInt8]>()
        for file in files {
            guard case .words(let wordClass) = file.kind else { continue }
            try file.forEachWord { word in
                var key = normalizedKey(word)
                if wordClass == .title || wordClass == .organizationHead, key.last == UInt8(ascii: ".") {
                    key.removeLast()
                }
                guard !key.isEmpty, !key.contains(UInt8(ascii: " ")) else { return }
                if wordClass.contains(.commonWord) { commonWords.insert(key) }
                words[hash(key).key, default: []].formUnion(wordClass)
            }
        }

        var names: [UInt64: (entry: UInt32, flags: UInt32)] = [:]
        var entries: [(id: Substring, label: EntityLabel, flags: EntryFlags)] = []
        var entryIndex: [Substring: Int] = [:]
        for file in files where file.kind == .entities {
            try file.forEachEntity { entityNames, label, id in
                let index: Int
                if let known = entryIndex[id] {
                    index = known
                } else {
                    index = entries.count
                    let includesThe = entityNames[0].hasPrefix("The ")
                    entries.append((id, label, includesThe ? .includesThe : []))
                    entryIndex[id] = index
                }
                for name in entityNames {
                    var key = normalizedKey(name)
                    if key.starts(with: theSpace), key.count > theSpace.count {
                        key.removeFirst(theSpace.count)
                    }
                    guard !key.isEmpty else { continue }
                    let full = hash(key).key
                    if let existing = names[full], existing.entry != 0 { continue }
                    let nameFlags = flags(of: name, key: key, commonWords: commonWords)
                    names[full] = (UInt32(index + 1), nameFlags.rawValue)
                    let ends = tokenEnds(in: key)
                    if nameFlags.contains(.lowerInitial) {
                        words[hash(key[..<(ends.first ?? key.count)]).key, default: []].insert(.lowerNameStart)
                    }
                    for end in ends {
                        let prefix = hash(key[..<end]).key
                        if names[prefix] == nil { names[prefix] = (0, 0) }
                    }
                }
            }
        }
        return layout(names: names, entries: entries, words: words, sourceKey: sourceKey)
    }

    private static let theSpace: [UInt8] = Array("the ".utf8)

    /// The normalized bytes of a name: its space-separated chunks normalized, one space between.
    static func normalizedKey(_ name: Substring) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var chunk: [UInt8] = []
        func flush() {
            guard !chunk.isEmpty else { return }
            if !key.isEmpty { key.append(UInt8(ascii: " ")) }
            chunk.withUnsafeBufferPointer { buffer in NameNormalizer.forEachByte(of: buffer) { key.append($0) } }
            chunk.removeAll(keepingCapacity: true)
        }
        for byte in name.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { flush() } else { chunk.append(byte) }
        }
        flush()
        return key
    }

    static func hash(_ bytes: some Collection<UInt8>) -> NameHash {
        var hash = NameHash()
        for byte in bytes { hash.append(byte) }
        return hash
    }

    /// Offsets inside `key` where a token may end: before a space, and where letters or digits
    /// meet punctuation ("at|&|t").
    private static func tokenEnds(in key: [UInt8]) -> [Int] {
        var ends: [Int] = []
        for index in 1..<max(1, key.count) {
            let previous = key[index - 1], current = key[index]
            if current == UInt8(ascii: " ") {
                ends.append(index)
            } else if previous != UInt8(ascii: " "), isWordByte(previous) != isWordByte(current) {
                ends.append(index)
            }
        }
        return ends
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "'")
    }

    private static func flags(of name: Substring, key: [UInt8], commonWords: Set<[UInt8]>) -> NameFlags {
        var flags: NameFlags = []
        let oneWord = !key.contains(UInt8(ascii: " "))
        let letters = name.utf8.filter { NameNormalizer.isASCIILetter($0) }
        if oneWord, letters.count >= 2, letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { flags.insert(.acronym) }
        if oneWord, commonWords.contains(key) { flags.insert(.commonWord) }
        if let first = name.utf8.first, first >= 0x61 && first <= 0x7A { flags.insert(.lowerInitial) }
        return flags
    }

    private static func slotCount(for keys: Int) -> Int {
        var count = 16
        while count < keys * 2 { count <<= 1 }
        return count
    }

    private static func layout(
        names: [UInt64: (entry: UInt32, flags: UInt32)],
        entries: [(id: Substring, label: EntityLabel, flags: EntryFlags)],
        words: [UInt64: WordClass], sourceKey: UInt64
    ) -> [UInt8] {
        var strings: [UInt8] = []
        var idRanges: [(offset: Int, length: Int)] = []
        idRanges.reserveCapacity(entries.count)
        for entry in entries {
            let bytes = Array(entry.id.utf8.prefix(Int(UInt16.max)))
            idRanges.append((strings.count, bytes.count))
            strings += bytes
        }
        let smallWords = words.filter { !$0.value.isDisjoint(with: WordClass.inSmallLetters) }
        var header = GazetteerImage.Header(
            nameSlotCount: slotCount(for: names.count), entryCount: entries.count,
            wordSlotCount: slotCount(for: words.count), smallWordSlotCount: slotCount(for: smallWords.count),
            stringBytes: strings.count, fileLength: 0, sourceKey: sourceKey)
        header.fileLength = header.expectedLength
        var image = [UInt8](repeating: 0, count: header.fileLength)
        image.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: GazetteerImage.magic.littleEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: GazetteerImage.formatVersion.littleEndian, toByteOffset: 8, as: UInt32.self)
            raw.storeBytes(of: UInt32(header.smallWordSlotCount).littleEndian, toByteOffset: 12, as: UInt32.self)
            for (offset, value) in [(16, header.nameSlotCount), (24, header.entryCount), (32, header.wordSlotCount),
                                    (40, header.stringBytes), (48, header.fileLength)] {
                raw.storeBytes(of: UInt64(value).littleEndian, toByteOffset: offset, as: UInt64.self)
            }
            raw.storeBytes(of: sourceKey.littleEndian, toByteOffset: 56, as: UInt64.self)

            let nameMask = header.nameSlotCount - 1
            for key in names.keys.sorted() {
                let value = names[key]!
                var slot = Int(truncatingIfNeeded: key) & nameMask
                while raw.load(fromByteOffset: header.namesOffset + slot * 16, as: UInt64.self) != 0 {
                    slot = (slot + 1) & nameMask
                }
                let at = header.namesOffset + slot * 16
                raw.storeBytes(of: key.littleEndian, toByteOffset: at, as: UInt64.self)
                raw.storeBytes(of: value.entry.littleEndian, toByteOffset: at + 8, as: UInt32.self)
                raw.storeBytes(of: value.flags.littleEndian, toByteOffset: at + 12, as: UInt32.self)
            }
            for (index, entry) in entries.enumerated() {
                let at = header.entriesOffset + index * GazetteerImage.entrySize
                raw.storeBytes(of: UInt32(idRanges[index].offset).littleEndian, toByteOffset: at, as: UInt32.self)
                raw.storeBytes(of: UInt16(idRanges[index].length).littleEndian, toByteOffset: at + 4, as: UInt16.self)
                raw.storeBytes(of: entry.label.rawValue, toByteOffset: at + 6, as: UInt8.self)
                raw.storeBytes(of: entry.flags.rawValue, toByteOffset: at + 7, as: UInt8.self)
            }
            for (table, offset, count) in [(words, header.wordsOffset, header.wordSlotCount),
                                           (smallWords, header.smallWordsOffset, header.smallWordSlotCount)] {
                let mask = count - 1
                for key in table.keys.sorted() {
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while raw.load(fromByteOffset: offset + slot * 16, as: UInt64.self) != 0 {
                        slot = (slot + 1) & mask
                    }
                    raw.storeBytes(of: key.littleEndian, toByteOffset: offset + slot * 16, as: UInt64.self)
                    raw.storeBytes(of: table[key]!.rawValue.littleEndian, toByteOffset: offset + slot * 16 + 8,
                                   as: UInt64.self)
                }
            }
            for (index, byte) in strings.enumerated() {
                raw[header.stringsOffset + index] = byte
            }
        }
        return image
    }
}
