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
