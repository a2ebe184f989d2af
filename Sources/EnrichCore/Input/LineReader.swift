#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `\n`-terminated lines from a file descriptor through one reusable buffer, so memory stays
/// flat however long the input is. A line longer than `maxLineBytes` is not kept: it is reported
/// with its length and skipped up to its end.
public struct LineReader: ~Copyable {
    /// One line of input, 1-based `number`, without its `\n`.
    public enum Line {
        case bytes(number: Int, [UInt8])
        case tooLong(number: Int, length: Int)
    }

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var lineNumber = 0
    private var atEnd = false
    /// The bytes read so far, for progress reports.
    public private(set) var bytesRead = 0

    public init(descriptor: Int32, maxLineBytes: Int, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
        self.buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    /// The next line, or nil at the end of input. A last line without `\n` still counts.
    public mutating func next() throws(InputError) -> Line? {
        var skipping = 0  // > 0 while discarding an over-long line; counts its bytes
        while true {
            if let newline = newlineOffset() {
                lineNumber += 1
                if skipping > 0 {
                    let length = skipping + (newline - start)
                    start = newline + 1
                    return .tooLong(number: lineNumber, length: length)
                }
                let line = Array(buffer[start..<newline])
                start = newline + 1
                if line.count > maxLineBytes { return .tooLong(number: lineNumber, length: line.count) }
                return .bytes(number: lineNumber, line)
            }
            if atEnd {
                guard start < end || skipping > 0 else { return nil }
                lineNumber += 1
                defer { start = end }
                if skipping > 0 { return .tooLong(number: lineNumber, length: skipping + end - start) }
                return .bytes(number: lineNumber, Array(buffer[start..<end]))
            }
            if end - start > maxLineBytes {
                skipping += end - start
                start = 0
                end = 0
            }
            try fill()
        }
    }

    /// The offset of the next `\n` in the unread bytes (memchr), or nil.
    private func newlineOffset() -> Int? {
        guard start < end else { return nil }
        return buffer.withUnsafeBytes { raw in
            guard let found = memchr(raw.baseAddress! + start, Int32(UInt8.newline), end - start) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Moves the unread bytes to the front (growing the buffer when a line fills it) and reads more.
    private mutating func fill() throws(InputError) {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { storage in
                let base = storage.baseAddress!
                base.update(from: base + start, count: end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count {
            buffer.append(contentsOf: repeatElement(0, count: buffer.count))
        }
        let count = try InputError.readFully(descriptor, into: &buffer, at: end)
        if count == 0 { atEnd = true }
        end += count
        bytesRead += count
    }
}

/// A failure to read an input (not a bad document inside it).
public struct InputError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }

    /// One `read(2)` into `buffer[offset...]`, retried on EINTR; 0 at end of input.
    static func readFully(_ descriptor: Int32, into buffer: inout [UInt8], at offset: Int) throws(InputError) -> Int {
        let capacity = buffer.count - offset
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + offset, capacity)
            }
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw InputError("read failed: \(String(cString: strerror(errno)))")
        }
    }

    /// All bytes of a descriptor up to `limit` (nil when there are more than `limit`).
    public static func readAll(_ descriptor: Int32, limit: Int) throws(InputError) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var length = 0
        while true {
            if length == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let count = try readFully(descriptor, into: &buffer, at: length)
            if count == 0 { break }
            length += count
            if length > limit { return nil }
        }
        buffer.removeSubrange(length...)
        return buffer
    }
}
