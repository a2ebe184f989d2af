/// A word of at most 16 bytes, ASCII letters lower-cased, packed into two integers.
///
/// The lexicon and the gazetteer key on it, so classifying a token costs no allocation: the bytes
/// are read straight from the document's UTF-8. Longer words have no key (no lexicon word is longer).
struct PackedWord: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count: UInt8 = 0

    static let maximumLength = 16

    /// A cheap, well-mixed hash for `WordTable` (the standard `Hasher` costs more than the lookup).
    var mixed: UInt64 {
        var hash = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(count)) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        return hash
    }

    /// The key of `bytes[range]`, or nil when the word is empty or longer than 16 bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= Self.maximumLength else { return nil }
        for (position, offset) in range.enumerated() {
            var byte = bytes[offset]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if position < 8 {
                low |= UInt64(byte) << (8 * UInt64(position))
            } else {
                high |= UInt64(byte) << (8 * UInt64(position - 8))
            }
        }
        count = UInt8(range.count)
    }

    /// The key of `word`, or nil when it is empty or longer than 16 bytes.
    init?(_ word: some StringProtocol) {
        let bytes = Array(word.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ PackedWord($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}
