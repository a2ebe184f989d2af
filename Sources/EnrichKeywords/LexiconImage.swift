/// The layout of a compiled lexicon file (all integers little-endian):
///
///     header  64 bytes: magic (UInt64), format version (UInt32), the Zipf value of unlisted words
///             (Float32), slot count, word count, file length, source key (UInt64 each), zeros
///     slots   slotCount × 24: word key (UInt64, `WordHash` of the lower-case word, 0 = empty),
///             stem key (UInt64, `WordHash` of its Porter stem), Zipf (Float32), `Flags` (UInt32);
///             open addressing, linear probing from the key's Fibonacci slot
///
/// Every word of the stopword list and of the frequency table has a slot, so the stem of a known
/// word is read, not computed. The slot count is a power of two, at most half full.
enum LexiconImage {
    static let magic: UInt64 = 0x3130_5845_4C52_4E45  // "ENRLEX01"
    static let formatVersion: UInt32 = 2
    static let headerSize = 64
    /// The `WordHash` of a fixed word, part of the cache key: the image's keys are only valid
    /// for the hash function they were computed with.
    static let hashCheck = WordHash.hash("enrich lexicon".utf8)
    static let slotSize = 24

    /// What a slot knows about its word besides the keys and the Zipf value (which is the
    /// unlisted value for a stopword the frequency table does not list).
    struct Flags: OptionSet {
        let rawValue: UInt32
        static let stopword = Flags(rawValue: 1)
    }

    struct Header {
        var slotCount: Int
        var wordCount: Int
        var fileLength: Int
        var sourceKey: UInt64
        var unlistedZipf: Float

        var expectedLength: Int { LexiconImage.headerSize + slotCount * LexiconImage.slotSize }
    }

    /// The slot where the search for `key` starts, among `slotCount` (a power of two) slots.
    @inline(__always)
    static func firstSlot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
