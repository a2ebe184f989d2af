import EnrichCore

/// A compiled gazetteer (`GazetteerImage`) mapped into memory read-only: loading costs one `mmap`
/// whatever the number of names, and pages are read only when a lookup touches them.
///
/// Immutable after `init`, so one instance serves every thread.
public final class CompiledGazetteer: @unchecked Sendable {
    private let file: MappedFile
    private let header: GazetteerImage.Header
    private let nameMask: Int
    private let wordMask: Int
    private let smallWordMask: Int
    /// The sections' addresses, computed once: lookups run for every token.
    private let names: UnsafeRawPointer
    private let words: UnsafeRawPointer
    private let smallWords: UnsafeRawPointer
    private let entries: UnsafeRawPointer
    private let strings: UnsafeRawPointer
    /// 4,096 bits, one per value of a key's top 12 bits, set for the keys of the small-letter word
    /// table: most words in small letters are in no list, and this tells so without a probe.
    private let smallWordFilter: UnsafeMutablePointer<UInt64>

    /// An entity's stored facts.
    struct Entry {
        let label: EntityLabel
        let flags: EntryFlags
    }

    /// What a name lookup found: nothing, a prefix of longer names, or a whole name.
    struct NameHit {
        /// The entity, when the key is a whole name (not only a prefix).
        let entry: Int?
        let flags: NameFlags
    }

    /// Maps the file at `path`; fails naming it when it is not a complete compiled gazetteer.
    public init(mapping path: String) throws(PipelineError) {
        file = try MappedFile(path: path, what: "compiled gazetteer")
        header = try CompiledGazetteer.validate(file.base, length: file.count, path: path)
        let base = file.base
        nameMask = header.nameSlotCount - 1
        wordMask = header.wordSlotCount - 1
        smallWordMask = header.smallWordSlotCount - 1
        names = base + header.namesOffset
        words = base + header.wordsOffset
        smallWords = base + header.smallWordsOffset
        entries = base + header.entriesOffset
        strings = base + header.stringsOffset
        smallWordFilter = .allocate(capacity: 64)
        smallWordFilter.initialize(repeating: 0, count: 64)
        for slot in 0..<header.smallWordSlotCount {
            let key = smallWords.load(fromByteOffset: slot * GazetteerImage.slotSize, as: UInt64.self)
            if key != 0 { smallWordFilter[Int(key >> 58)] |= 1 << ((key >> 52) & 63) }
        }
    }

    deinit {
        smallWordFilter.deallocate()
    }

    /// The key of the sources this file was built from (see `GazetteerCache`).
    public var sourceKey: UInt64 { header.sourceKey }
    /// How many entities the gazetteer holds.
    public var entityCount: Int { header.entryCount }

    private static func validate(
        _ base: UnsafeRawPointer, length: Int, path: String
    ) throws(PipelineError) -> GazetteerImage.Header {
        func field(_ offset: Int) -> Int { Int(truncatingIfNeeded: UInt64(littleEndian: base.load(fromByteOffset: offset, as: UInt64.self))) }
        guard length >= GazetteerImage.headerSize else { throw PipelineError("compiled gazetteer \(path) is truncated") }
        guard UInt64(littleEndian: base.load(as: UInt64.self)) == GazetteerImage.magic,
            UInt32(littleEndian: base.load(fromByteOffset: 8, as: UInt32.self)) == GazetteerImage.formatVersion
        else { throw PipelineError("compiled gazetteer \(path) is not a gazetteer of this version") }
        let header = GazetteerImage.Header(
            nameSlotCount: field(16), entryCount: field(24), wordSlotCount: field(32),
            smallWordSlotCount: Int(UInt32(littleEndian: base.load(fromByteOffset: 12, as: UInt32.self))),
            stringBytes: field(40),
            fileLength: field(48), sourceKey: UInt64(littleEndian: base.load(fromByteOffset: 56, as: UInt64.self)))
        func isPowerOfTwo(_ value: Int) -> Bool { value > 0 && value & (value - 1) == 0 }
        guard isPowerOfTwo(header.nameSlotCount), isPowerOfTwo(header.wordSlotCount),
            isPowerOfTwo(header.smallWordSlotCount), header.entryCount >= 0,
            header.stringBytes >= 0, header.fileLength == length, header.expectedLength == length
        else { throw PipelineError("compiled gazetteer \(path) is truncated or damaged") }
        return header
    }

    /// Looks up a name key (`NameHash.key`).
    @inline(__always)
    func name(_ key: UInt64) -> NameHit? {
        var slot = Int(truncatingIfNeeded: key) & nameMask
        while true {
            let at = slot &* GazetteerImage.slotSize
            let stored = names.load(fromByteOffset: at, as: UInt64.self)
            if stored == 0 { return nil }
            if stored == key {
                let entry = Int(names.load(fromByteOffset: at &+ 8, as: UInt32.self))
                let flags = NameFlags(rawValue: names.load(fromByteOffset: at &+ 12, as: UInt32.self))
                return NameHit(entry: entry == 0 ? nil : entry &- 1, flags: flags)
            }
            slot = (slot &+ 1) & nameMask
        }
    }

    /// The word classes of one normalized token key (`NameHash.key`); with `smallLetters`, only
    /// the classes in `WordClass.inSmallLetters`, from a table small enough to stay in the CPU cache.
    @inline(__always)
    func wordClass(_ key: UInt64, smallLetters: Bool = false) -> WordClass {
        if smallLetters, (smallWordFilter[Int(key >> 58)] >> ((key >> 52) & 63)) & 1 == 0 { return [] }
        let table = smallLetters ? smallWords : words
        let mask = smallLetters ? smallWordMask : wordMask
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let at = slot &* GazetteerImage.slotSize
            let stored = table.load(fromByteOffset: at, as: UInt64.self)
            if stored == 0 { return [] }
            if stored == key { return WordClass(rawValue: table.load(fromByteOffset: at &+ 8, as: UInt64.self)) }
            slot = (slot &+ 1) & mask
        }
    }

    /// The label and flags of entity `index`.
    @inline(__always)
    func entry(_ index: Int) -> Entry {
        let at = index &* GazetteerImage.entrySize
        let label = EntityLabel(rawValue: entries.load(fromByteOffset: at &+ 6, as: UInt8.self)) ?? .org
        return Entry(label: label, flags: EntryFlags(rawValue: entries.load(fromByteOffset: at &+ 7, as: UInt8.self)))
    }

    /// The canonical id of entity `index`.
    func id(_ index: Int) -> String {
        let at = index &* GazetteerImage.entrySize
        let offset = Int(entries.load(fromByteOffset: at, as: UInt32.self))
        let count = Int(entries.load(fromByteOffset: at &+ 4, as: UInt16.self))
        let start = strings.advanced(by: offset).assumingMemoryBound(to: UInt8.self)
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }
}
