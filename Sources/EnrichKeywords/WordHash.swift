/// A 64-bit FNV-1a hash of a byte string: how words are keyed in the lexicon and per document,
/// so that looking a token up needs no `String`.
public enum WordHash {
    public static let empty: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV prime each byte is multiplied by.
    public static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = empty
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }
}
