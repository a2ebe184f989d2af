#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where output records go. Called from one thread at a time.
public protocol RecordSink: AnyObject {
    /// Writes bytes; returns false when the reader has gone (a closed pipe), which ends the run quietly.
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool
    /// Writes out anything buffered; false as for `write`.
    func flush() -> Bool
}

/// A buffered sink over a file descriptor (stdout). A closed pipe (EPIPE) makes it return false;
/// SIGPIPE must be ignored by the process for that (the CLI does so).
public final class FileDescriptorSink: RecordSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int
    private var closed = false

    public init(descriptor: Int32, bufferSize: Int = 1 << 18) {
        self.descriptor = descriptor
        self.capacity = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard !closed else { return false }
        if buffer.count + bytes.count > capacity {
            guard flush() else { return false }
        }
        if bytes.count >= capacity {
            return writeOut(bytes)
        }
        buffer.append(contentsOf: bytes)
        return true
    }

    public func flush() -> Bool {
        guard !closed else { return false }
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer.withUnsafeBytes { writeOut($0) }
    }

    private func writeOut(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                closed = true
                return false
            }
            offset += written
        }
        return true
    }
}

/// A sink that keeps everything in memory, for tests and embedding.
public final class MemorySink: RecordSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        self.bytes.append(contentsOf: bytes)
        return true
    }

    public func flush() -> Bool { true }

    /// The output as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
