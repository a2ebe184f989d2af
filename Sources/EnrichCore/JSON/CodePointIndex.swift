/// Converts UTF-8 byte offsets of one text into Unicode code point offsets (the output unit of
/// CONTRACT.md: Python `str` indices).
///
/// News text is mostly ASCII with a few curly quotes, dashes and accented names, so the index
/// lists where the text's continuation bytes are (found 16 bytes at a step, once per text): a
/// code point offset is the byte offset less the continuation bytes before it, counted by a
/// binary search. A text where more than one byte in 16 is a continuation byte keeps instead
/// the code point count at the start of every 64-byte block (4 bytes per 64 of text) and
/// counts the rest of the block on lookup, 8 bytes at a step.
public struct CodePointIndex {
    private let utf8: UnsafeBufferPointer<UInt8>
    /// The offsets of the continuation bytes, ascending, when the text has few of them.
    private let continuations: [Int32]
    /// Code points before each 64-byte block, for a text with many continuation bytes.
    private let blockStarts: [Int32]
    private let isDense: Bool
    private static let blockShift = 6
    private static let blockSize = 1 << blockShift

    /// `utf8` must stay valid for as long as the index is used.
    public init(utf8: UnsafeBufferPointer<UInt8>) {
        self.utf8 = utf8
        if let continuations = Self.continuationOffsets(utf8, limit: max(64, utf8.count >> 4)) {
            self.continuations = continuations
            blockStarts = []
            isDense = false
            return
        }
        continuations = []
        isDense = true
        let base = utf8.baseAddress!
        let length = utf8.count
        let blocks = (length + Self.blockSize - 1) >> Self.blockShift
        blockStarts = [Int32](unsafeUninitializedCapacity: blocks) { starts, initialized in
            let raw = UnsafeRawPointer(base)
            var count = 0
            var offset = 0
            var block = 0
            while offset + Self.blockSize <= length {
                starts[block] = Int32(truncatingIfNeeded: count)
                var flags: UInt64 = 0
                for word in 0..<8 {
                    flags &+= Self.continuationFlags(raw.loadUnaligned(fromByteOffset: offset + word << 3, as: UInt64.self))
                }
                count += Self.blockSize - Self.byteSum(flags)
                offset += Self.blockSize
                block += 1
            }
            if offset < length { starts[block] = Int32(truncatingIfNeeded: count) }
            initialized = blocks
        }
    }

    /// The code point offset of UTF-8 offset `byteOffset` (which must be on a code point boundary
    /// or equal to the length).
    public func codePoint(_ byteOffset: Int) -> Int {
        if !isDense { return byteOffset - continuationCount(before: byteOffset) }
        // The end of a text whose length is a multiple of the block size counts from the last block.
        let block = min(byteOffset >> Self.blockShift, blockStarts.count - 1)
        return Int(blockStarts[block]) + countScalars(from: block << Self.blockShift, to: byteOffset)
    }

    /// How many continuation bytes lie before `byteOffset` (binary search).
    @inline(__always)
    private func continuationCount(before byteOffset: Int) -> Int {
        continuations.withUnsafeBufferPointer { offsets in
            var low = 0
            var high = offsets.count
            let target = Int32(truncatingIfNeeded: byteOffset)
            while low < high {
                let middle = (low + high) >> 1
                if offsets[middle] < target { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// The offsets of `utf8`'s continuation bytes, or nil when there are more than `limit`.
    /// They are written straight into an array of `limit` elements, 16 bytes scanned a step.
    private static func continuationOffsets(_ utf8: UnsafeBufferPointer<UInt8>, limit: Int) -> [Int32]? {
        guard let base = utf8.baseAddress else { return [] }
        let raw = UnsafeRawPointer(base)
        let count = utf8.count
        var isDense = false
        let offsets = [Int32](unsafeUninitializedCapacity: limit) { offsets, initialized in
            var found = 0
            /// Records the continuation bytes flagged in `flags` for the word at `start`; false
            /// when there are too many.
            func record(_ flags: UInt64, at start: Int) -> Bool {
                var flags = flags
                while flags != 0 {
                    guard found < limit else { return false }
                    offsets[found] = Int32(truncatingIfNeeded: start + flags.trailingZeroBitCount >> 3)
                    found += 1
                    flags &= flags &- 1
                }
                return true
            }
            var index = 0
            while index + 16 <= count {
                let first = continuationFlags(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let second = continuationFlags(raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                if first | second != 0 {
                    guard record(first, at: index), record(second, at: index + 8) else {
                        isDense = true
                        break
                    }
                }
                index += 16
            }
            while !isDense && index < count {
                if utf8[index] & 0xC0 == 0x80 {
                    guard found < limit else {
                        isDense = true
                        break
                    }
                    offsets[found] = Int32(truncatingIfNeeded: index)
                    found += 1
                }
                index += 1
            }
            initialized = found
        }
        return isDense ? nil : offsets
    }

    /// The code points that start in `start..<end`, counted 8 bytes at a step; the last partial
    /// step is a masked word when 8 bytes can be read there.
    private func countScalars(from start: Int, to end: Int) -> Int {
        let raw = UnsafeRawPointer(utf8.baseAddress!)
        // At most 8 words (one block), so no byte lane of `flags` overflows.
        var flags: UInt64 = 0
        var index = start
        while index + 8 <= end {
            flags &+= Self.continuationFlags(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        let rest = end - index
        if rest > 0 && index + 8 <= utf8.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // Bytes past `end` are masked to zero, which reads as ASCII (no flag).
            flags &+= Self.continuationFlags(word & (UInt64.max >> UInt64((8 - rest) << 3)))
            index = end
        }
        var count = (end - start) - Self.byteSum(flags)
        while index < end {
            if utf8[index] & 0xC0 == 0x80 { count -= 1 }
            index += 1
        }
        return count
    }

    /// 1 in each byte lane of `word` that holds a UTF-8 continuation byte (10xxxxxx), else 0.
    /// Lanes are summed across words and then across the word with one multiply, which is
    /// cheaper than a population count on CPUs without POPCNT (the default x86-64 target).
    @inline(__always)
    private static func continuationFlags(_ word: UInt64) -> UInt64 {
        (word & ~(word << 1) & ByteScanning.highBits) >> 7
    }

    /// The sum of the byte lanes of `lanes` (which must be below 256).
    @inline(__always)
    private static func byteSum(_ lanes: UInt64) -> Int {
        Int(truncatingIfNeeded: (lanes &* ByteScanning.ones) >> 56)
    }
}
