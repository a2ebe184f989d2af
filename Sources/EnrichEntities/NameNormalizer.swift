/// The normalized form of a token or name that gazetteer lookups compare: ASCII and Latin-1
/// letters lower-cased, curly apostrophes made straight, and the periods of an initialism dropped
/// ("U.S." → "us", so "U.S." and "US" are one key). Works on UTF-8 bytes, allocation-free.
public enum NameNormalizer {
    /// Calls `body` with each normalized byte of one token (or one space-free chunk of a name).
    @inline(__always)
    public static func forEachByte(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
        if isInitialism(bytes) {
            for byte in bytes where byte != UInt8(ascii: ".") { body(byte | 0x20) }
            return
        }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                body(byte | 0x20)
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
                body(UInt8(ascii: "'"))
                index += 2
            } else if byte == 0xC3, index + 1 < count, (0x80...0x9E).contains(bytes[index + 1]),
                bytes[index + 1] != 0x97 {
                body(byte)
                body(bytes[index + 1] + 0x20)
                index += 1
            } else {
                body(byte)
            }
            index += 1
        }
    }

    /// The hash of one token's normalized bytes.
    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> NameHash {
        var hash = NameHash()
        forEachByte(of: bytes) { hash.append($0) }
        return hash
    }

    /// The hash of one token's normalized bytes, with its counts of ASCII capitals and small
    /// letters and where its first hyphen is (-1: none): one pass for the tagger's token shapes.
    /// A token of plain ASCII that is not an initialism (most of them) is hashed in the same
    /// loop; any other takes `hash(_:)`.
    @inline(__always)
    static func hashAndLetterCase(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (hash: NameHash, capitals: Int, smallLetters: Int, firstHyphen: Int) {
        var value: UInt64 = 0
        var capitals = 0
        var smallLetters = 0
        var ascii = true
        var period = false
        var firstHyphen = -1
        for index in bytes.indices {
            let byte = bytes[index]
            var normalized = byte
            if byte &- 0x41 < 26 {
                capitals &+= 1
                normalized = byte | 0x20
            } else if byte &- 0x61 < 26 {
                smallLetters &+= 1
            } else if byte >= 0x80 {
                ascii = false
            } else if byte == UInt8(ascii: ".") {
                period = true
            } else if byte == UInt8(ascii: "-"), firstHyphen < 0 {
                firstHyphen = index
            }
            value = value &* NameHash.multiplier &+ UInt64(normalized) &+ 1
        }
        let plain = ascii && !(period && isInitialism(bytes))
        let hash = plain ? NameHash(value: value, power: NameHash.power(of: bytes.count)) : self.hash(bytes)
        return (hash, capitals, smallLetters, firstHyphen)
    }

    /// Letters separated by periods, at least two letters: "U.S", "U.S.", "U.K.", "e.g.".
    @inline(__always)
    public static func isInitialism(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count >= 3 else { return false }
        var index = 0
        var letters = 0
        while index < count {
            guard isASCIILetter(bytes[index]) else { return false }
            letters += 1
            index += 1
            if index == count { break }
            guard bytes[index] == UInt8(ascii: ".") else { return false }
            index += 1
        }
        return letters >= 2
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
}
