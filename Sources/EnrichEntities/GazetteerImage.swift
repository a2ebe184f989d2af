/// The layout of a compiled gazetteer file (all integers little-endian, sections 8-byte aligned):
///
///     header   64 bytes: magic, format version, small-word slot count, name slot count, entry
///              count, word slot count, string bytes, file length, source key
///     names    nameSlotCount × 16: key (UInt64, 0 = empty), entry index + 1 (UInt32, 0 = only a
///              prefix of longer names), NameFlags (UInt32); open addressing, linear probing
///     entries  entryCount × 8: id offset (UInt32), id length (UInt16), label (UInt8), EntryFlags (UInt8)
///     words    wordSlotCount × 16: key (UInt64, 0 = empty), WordClass bits (UInt64)
///     small    smallWordSlotCount × 16: the same for the few words that matter in small letters
///              (titles, small-letter name starts), a table that stays in the CPU cache
///     strings  the canonical ids, UTF-8
///
/// Slot counts are powers of two, at most half full, so a lookup probes one or two slots.
enum GazetteerImage {
    static let magic: UInt64 = 0x3130_5A41_4752_4E45  // "ENRGAZ01"
    static let formatVersion: UInt32 = 2
    static let headerSize = 64
    static let slotSize = 16
    static let entrySize = 8

    struct Header {
        var nameSlotCount: Int
        var entryCount: Int
        var wordSlotCount: Int
        var smallWordSlotCount: Int
        var stringBytes: Int
        var fileLength: Int
        var sourceKey: UInt64

        var namesOffset: Int { GazetteerImage.headerSize }
        var entriesOffset: Int { namesOffset + nameSlotCount * GazetteerImage.slotSize }
        var wordsOffset: Int { entriesOffset + ((entryCount * GazetteerImage.entrySize + 7) & ~7) }
        var smallWordsOffset: Int { wordsOffset + wordSlotCount * GazetteerImage.slotSize }
        var stringsOffset: Int { smallWordsOffset + smallWordSlotCount * GazetteerImage.slotSize }
        var expectedLength: Int { stringsOffset + stringBytes }
    }
}

/// How a stored name must look in the text to count (set per name, not per entity).
struct NameFlags: OptionSet {
    let rawValue: UInt32
    /// All capitals in the list ("AP", "FBI"): only all-capital surfaces match.
    static let acronym = NameFlags(rawValue: 1)
    /// One ordinary English word ("Target", "Mobile"): the common-word guard applies.
    static let commonWord = NameFlags(rawValue: 2)
    /// Starts with a small letter in the list ("eBay", "iPhone"): a small first letter is fine.
    static let lowerInitial = NameFlags(rawValue: 4)
}

/// Facts about an entity (not one of its names).
struct EntryFlags: OptionSet {
    let rawValue: UInt8
    /// The canonical name starts with "The" ("The New York Times"): a leading "The" is part of
    /// the mention; for every other entry it is left out.
    static let includesThe = EntryFlags(rawValue: 1)
}
