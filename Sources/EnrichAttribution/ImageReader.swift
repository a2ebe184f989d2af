import EnrichCore

/// Reads back what `ImageWriter` wrote, checking every read against the end of the bytes, so a
/// truncated or damaged cache file fails (and is rebuilt) instead of being misread.
struct ImageReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// True when every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// The error for an image that does not hold what its format says.
    static let damaged = PipelineError("the compiled sources model is truncated or damaged")

    mutating func integer() throws(PipelineError) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Self.damaged }
        let value = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return value
    }

    /// A count or an index, at most `limit`.
    mutating func count(atMost limit: Int) throws(PipelineError) -> Int {
        let value = try integer()
        guard value <= UInt64(limit) else { throw Self.damaged }
        return Int(value)
    }

    mutating func word() throws(PipelineError) -> PackedWord {
        let low = try integer()
        let high = try integer()
        let count = try count(atMost: PackedWord.maximumLength)
        return PackedWord(low: low, high: high, count: count)
    }

    mutating func string() throws(PipelineError) -> String {
        let length = try count(atMost: bytes.count - offset)
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
        offset += length
        return text
    }
}
