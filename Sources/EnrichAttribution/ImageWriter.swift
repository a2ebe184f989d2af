/// Writes a compiled sources model (`SourcesImage`) as a flat run of little-endian 64-bit
/// integers and length-prefixed UTF-8 strings, in the order `ImageReader` reads them back.
struct ImageWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ word: PackedWord) {
        append(word.low)
        append(word.high)
        append(UInt64(word.count))
    }

    mutating func append(_ text: String) {
        append(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }
}
