/// Memory for the per-token columns of a `DocumentView`: plain buffers (no bounds checks or
/// reference counting per access in the rules' hot loops), freed when the last view copy goes.
final class ColumnStorage {
    private var allocations: [UnsafeMutableRawPointer] = []

    /// A new column of `count` elements, each `value`. `Element` must be a trivial type (no
    /// references), as the memory is freed without deinitializing it.
    func column<Element>(_ type: Element.Type, count: Int, repeating value: Element) -> UnsafeMutableBufferPointer<Element> {
        let column = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(count, 1))
        column.initialize(repeating: value)
        allocations.append(UnsafeMutableRawPointer(column.baseAddress!))
        return UnsafeMutableBufferPointer(start: column.baseAddress, count: count)
    }

    /// A new column of `count` elements that the caller writes before it reads them. `Element`
    /// must be a trivial type, as for `column(_:count:repeating:)`.
    func uninitializedColumn<Element>(_ type: Element.Type, count: Int) -> UnsafeMutableBufferPointer<Element> {
        let column = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(count, 1))
        allocations.append(UnsafeMutableRawPointer(column.baseAddress!))
        return UnsafeMutableBufferPointer(start: column.baseAddress, count: count)
    }

    deinit {
        for allocation in allocations { allocation.deallocate() }
    }
}
