import Glibc

/// Memory for the per-token columns of a `DocumentView`: one block, carved into plain
/// buffers (no bounds checks or reference counting per access in the rules' hot loops, and one
/// allocation per document instead of one per column). A struct, so that the view that owns it
/// costs no second object: the view's `deinit` calls `deallocate()`.
struct ColumnStorage {
    private let block: UnsafeMutableRawPointer
    private let byteCount: Int
    private var used = 0

    /// A block of `byteCount` bytes; `bytes(for:count:)` tells what a column takes.
    init(byteCount: Int) {
        self.byteCount = byteCount
        block = malloc(max(byteCount, 1))!
    }

    /// The bytes a column of `count` elements takes in the block, alignment included.
    static func bytes<Element>(for type: Element.Type, count: Int) -> Int {
        MemoryLayout<Element>.stride * count + MemoryLayout<Element>.alignment
    }

    /// The next column of `count` elements, which the caller writes before it reads them.
    /// `Element` must be a trivial type (no references), as the memory is freed without
    /// deinitializing it.
    mutating func column<Element>(_ type: Element.Type, count: Int) -> UnsafeMutableBufferPointer<Element> {
        let alignment = MemoryLayout<Element>.alignment
        let start = (used + alignment - 1) & ~(alignment - 1)
        used = start + MemoryLayout<Element>.stride * count
        precondition(used <= byteCount, "a DocumentView column overruns its storage")
        return UnsafeMutableBufferPointer(start: (block + start).bindMemory(to: Element.self, capacity: count), count: count)
    }

    /// Frees the block; no column may be read afterwards.
    func deallocate() {
        free(block)
    }
}
