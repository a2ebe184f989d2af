import Foundation

/// Values that every stage of a process shares, built on first use and kept for the process's
/// life: ICU break iterator pools, word lists read from the models folder. Building happens
/// outside the lock, so two threads asking at once may both build; the first stored value wins
/// and both get it. A failed build stores nothing, so it fails again for the next caller.
public final class ProcessWideCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // `values` is only touched with `lock` held.
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    public init() {}

    /// The value stored for `key`, or the one `build` makes, which is then stored.
    public func value<Failure: Error>(for key: Key, build: () throws(Failure) -> Value) throws(Failure) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let built = try build()
        return lock.withLock {
            if let stored = values[key] { return stored }
            values[key] = built
            return built
        }
    }
}
