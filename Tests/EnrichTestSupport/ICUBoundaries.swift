import EnrichCore

/// ICU's own boundaries and rule statuses for `text` (with the iterator for `locale`, such as
/// "en@ss=standard"): the reference that byte-level scanners and the break iterator wrapper are
/// checked against.
public func icuBoundaries(
    _ kind: ICU.BreakKind, in text: String, locale: String = "en"
) throws -> (offsets: [Int], statuses: [Int32]) {
    let pool = try ICU.BreakIteratorPool.shared(kind, locale: locale)
    var offsets: [Int] = []
    var statuses: [Int32] = []
    var text = text
    text.withUTF8 { utf8 in
        pool.withIterator { iterator in
            iterator.forEachBoundary(in: utf8) { offset, status in
                offsets.append(offset)
                statuses.append(status)
            }
        }
    }
    return (offsets, statuses)
}
