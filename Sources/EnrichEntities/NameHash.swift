/// The hash under which a name is stored and looked up: a polynomial hash of its normalized bytes,
/// so that the hash of a run of tokens is built from per-token hashes without touching the text
/// again (`appending`), and one that ends a stored prefix tells the matcher to keep extending.
///
/// Normalization (`NameNormalizer`) folds case, so the table finds "Reuters", "REUTERS" and
/// "reuters" alike; the case rules are applied afterwards to the surface (`CasePolicy`).
public struct NameHash: Hashable, Sendable {
    /// The running polynomial value of the bytes so far.
    public private(set) var value: UInt64
    /// `multiplier` to the power of the number of bytes so far.
    public private(set) var power: UInt64

    static let multiplier: UInt64 = 0x0000_0100_0000_01B3

    public init() {
        value = 0
        power = 1
    }

    /// The hash of a word already in normalized form (small letters), for built-in word lists.
    init(normalized word: String) {
        self.init()
        for byte in word.utf8 { append(byte) }
    }

    /// The hash whose running value and power are already known (the match tokens' byte scan).
    @inline(__always)
    init(value: UInt64, power: UInt64) {
        self.value = value
        self.power = power
    }

    /// Adds one normalized byte.
    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        value = value &* NameHash.multiplier &+ UInt64(byte) &+ 1
        power = power &* NameHash.multiplier
    }

    /// Adds the bytes that `other` hashed, as if they had been appended one by one.
    @inline(__always)
    public mutating func append(_ other: NameHash) {
        value = value &* other.power &+ other.value
        power = power &* other.power
    }

    /// The value stored in and looked up from a table: well mixed, never 0 (0 marks an empty slot).
    @inline(__always)
    public var key: UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }
}
