/// Converts UTF-8 byte offsets of one text into Unicode code point offsets (the output unit of
/// CONTRACT.md: Python `str` indices).
///
/// ASCII text maps to itself. Otherwise the index keeps the code point count at the start of
/// every 64-byte block (4 bytes per 64 of text) and counts the rest of the block on lookup.
public struct CodePointIndex {
    private let utf8: UnsafeBufferPointer<UInt8>
    private let blockStarts: [Int32]
    private let isASCII: Bool
    private static let blockShift = 6

    /// `utf8` must stay valid for as long as the index is used.
    public init(utf8: UnsafeBufferPointer<UInt8>) {
        self.utf8 = utf8
        let ascii = Self.isASCII(utf8)
        self.isASCII = ascii
        guard !ascii else {
            blockStarts = []
            return
        }
        let blockSize = 1 << Self.blockShift
        var starts: [Int32] = []
        starts.reserveCapacity(utf8.count / blockSize + 1)
        var count = 0
        var offset = 0
        while offset + blockSize <= utf8.count {
            starts.append(Int32(count))
            for word in stride(from: offset, to: offset + blockSize, by: 8) {
                count += ByteScanning.scalarStarts(ByteScanning.load(utf8, word))
            }
            offset += blockSize
        }
        if offset < utf8.count { starts.append(Int32(count)) }
        blockStarts = starts
    }

    /// The code point offset of UTF-8 offset `byteOffset` (which must be on a code point boundary
    /// or equal to the length).
    public func codePoint(_ byteOffset: Int) -> Int {
        if isASCII { return byteOffset }
        let block = byteOffset >> Self.blockShift
        if block >= blockStarts.count {
            // Only the end of a text whose length is a multiple of the block size lands here.
            return Int(blockStarts[block - 1]) + countScalars(from: (block - 1) << Self.blockShift, to: byteOffset)
        }
        return Int(blockStarts[block]) + countScalars(from: block << Self.blockShift, to: byteOffset)
    }

    /// The code points that start in `start..<end`, counted 8 bytes at a step.
    private func countScalars(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index + 8 <= end {
            count += ByteScanning.scalarStarts(ByteScanning.load(utf8, index))
            index += 8
        }
        while index < end {
            if utf8[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    private static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = utf8.count
        while index + 8 <= count {
            if ByteScanning.load(utf8, index) & ByteScanning.highBits != 0 { return false }
            index += 8
        }
        while index < count {
            if utf8[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }
}
