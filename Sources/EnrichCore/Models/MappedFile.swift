import Glibc

/// The read-only bytes of a compiled model: a file mapped into memory, so that loading costs one
/// `mmap` whatever its size and pages are read only when a lookup touches them; or a copy held in
/// an allocation, for a model built in memory when the cache folder cannot be written.
///
/// Immutable, so one instance serves every thread.
public final class MappedFile: @unchecked Sendable {
    /// The first byte.
    public let base: UnsafeRawPointer
    /// The number of bytes.
    public let count: Int
    private let isMapped: Bool

    /// Maps the file at `path`; `what` names the model in errors ("compiled gazetteer").
    public init(path: String, what: String) throws(PipelineError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PipelineError("\(what) \(path) cannot be opened") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else {
            throw PipelineError("\(what) \(path) is empty or unreadable")
        }
        let size = Int(status.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), mapped != MAP_FAILED else {
            throw PipelineError("\(what) \(path) cannot be mapped")
        }
        base = UnsafeRawPointer(mapped)
        count = size
        isMapped = true
    }

    /// Copies `bytes` into an allocation of its own.
    public init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { raw in
            if let source = raw.baseAddress { memory.copyMemory(from: source, byteCount: raw.count) }
        }
        base = UnsafeRawPointer(memory)
        count = bytes.count
        isMapped = false
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            base.deallocate()
        }
    }
}
