import EnrichCore
import Foundation

/// ICU's break iterators for one kind and locale, opened the first time a text needs them:
/// opening the sentence iterator costs as much as breaking a few hundred kilobytes on the bytes,
/// and `SentenceBreakScanner` leaves ICU only the rare paragraph it does not cover.
final class OnDemandBreakIterators: @unchecked Sendable {
    private let kind: ICU.BreakKind
    private let locale: String
    // `pool` is only touched with `lock` held.
    private let lock = NSLock()
    private var pool: ICU.BreakIteratorPool?

    /// Iterators of `kind` for `locale`, opened at once unless `lazily` (a failure to open them
    /// is then fatal at first use, so `lazily` is for a locale ICU is known to have).
    init(_ kind: ICU.BreakKind, locale: String, lazily: Bool) throws(ICU.Failure) {
        self.kind = kind
        self.locale = locale
        pool = lazily ? nil : try ICU.BreakIteratorPool.shared(kind, locale: locale)
    }

    /// The boundaries of `text` after its start, as UTF-8 offsets (the last is `text.count`).
    func boundaries(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var boundaries: [Int] = []
        opened().withIterator { iterator in
            iterator.forEachBoundary(in: text) { offset, _ in boundaries.append(offset) }
        }
        return boundaries
    }

    private func opened() -> ICU.BreakIteratorPool {
        lock.withLock {
            if let pool { return pool }
            do {
                let opened = try ICU.BreakIteratorPool.shared(kind, locale: locale)
                pool = opened
                return opened
            } catch {
                fatalError("ICU could not open its \(kind) break iterator for \(locale): \(error)")
            }
        }
    }
}
