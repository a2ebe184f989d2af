internal import CICU
import Foundation

/// Swift's only door to ICU: break iterators over UTF-8, normalization and case folding.
///
/// Every offset is a UTF-8 byte offset into the bytes handed in.
public enum ICU {
    /// The version of the system ICU that enrich is linked against, e.g. "72.1".
    public static var version: String { String(cString: cicu_version()) }

    /// Which boundaries a `BreakIterator` finds.
    public enum BreakKind: Sendable {
        case character, word, line, sentence

        fileprivate var cValue: cicu_break_kind {
            switch self {
            case .character: CICU_BREAK_CHARACTER
            case .word: CICU_BREAK_WORD
            case .line: CICU_BREAK_LINE
            case .sentence: CICU_BREAK_SENTENCE
            }
        }
    }

    /// An ICU failure, with ICU's error name.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Unicode normalization forms.
    public enum NormalForm: Sendable {
        case nfc, nfd, nfkc, nfkd, nfkcCasefold

        fileprivate var cValue: cicu_normal_form {
            switch self {
            case .nfc: CICU_NFC
            case .nfd: CICU_NFD
            case .nfkc: CICU_NFKC
            case .nfkd: CICU_NFKD
            case .nfkcCasefold: CICU_NFKC_CASEFOLD
            }
        }
    }

    /// `text` in normalization form `form`.
    public static func normalize(_ text: String, _ form: NormalForm) -> String {
        transform(text) { src, count, dst, capacity in cicu_normalize(form.cValue, src, count, dst, capacity) }
    }

    /// `text` with full Unicode case folding ("Straße" → "strasse").
    public static func foldCase(_ text: String) -> String {
        transform(text) { src, count, dst, capacity in cicu_fold_case(src, count, dst, capacity) }
    }

    private static func transform(
        _ text: String,
        _ body: (UnsafePointer<CChar>, Int64, UnsafeMutablePointer<CChar>?, Int64) -> Int64
    ) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress else { return "" }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { src in
                var capacity = bytes.count + bytes.count / 2 + 16
                while true {
                    var needed: Int64 = 0
                    let result = String(unsafeUninitializedCapacity: capacity) { buffer in
                        buffer.withMemoryRebound(to: CChar.self) { dst in
                            needed = body(src, Int64(bytes.count), dst.baseAddress, Int64(capacity))
                        }
                        return needed >= 0 && needed <= capacity ? Int(needed) : 0
                    }
                    if needed < 0 { return String(decoding: bytes, as: UTF8.self) }
                    if needed <= capacity { return result }
                    capacity = Int(needed)
                }
            }
        }
    }
}

extension ICU {
    /// The Unicode Sentence_Break classes (UAX #29) of the code points in `scalars`, in order, as
    /// ICU's USentenceBreak numbers (see `SentenceBreakClass`), from the ICU that enrich runs on.
    public static func sentenceBreakClasses(_ scalars: Range<UInt32>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            cicu_sentence_break_classes(scalars.lowerBound, UInt32(scalars.count), buffer.baseAddress)
            count = scalars.count
        }
    }

    /// The Sentence_Break class of one code point (see `sentenceBreakClasses`).
    public static func sentenceBreakClass(of scalar: UInt32) -> UInt8 {
        var value: UInt8 = 0
        cicu_sentence_break_classes(scalar, 1, &value)
        return value
    }

    /// ICU's USentenceBreak numbers, the values `sentenceBreakClasses` returns.
    public enum SentenceBreakClass {
        public static let other: UInt8 = 0
        public static let aTerm: UInt8 = 1
        public static let close: UInt8 = 2
        public static let format: UInt8 = 3
        public static let lower: UInt8 = 4
        public static let numeric: UInt8 = 5
        public static let oLetter: UInt8 = 6
        public static let sep: UInt8 = 7
        public static let sp: UInt8 = 8
        public static let sTerm: UInt8 = 9
        public static let upper: UInt8 = 10
        public static let carriageReturn: UInt8 = 11
        public static let extend: UInt8 = 12
        public static let lineFeed: UInt8 = 13
        public static let sContinue: UInt8 = 14
    }

    /// The strings after which ICU's `<locale>@ss=standard` sentence iterator suppresses a break
    /// (abbreviations such as "Mr."), as ICU loads them; nil when the locale has no list of its own.
    public static func sentenceBreakSuppressions(locale: String) -> [String]? {
        let needed = cicu_sentence_break_suppressions(locale, nil, 0)
        guard needed >= 0 else { return nil }
        var bytes = [CChar](repeating: 0, count: Int(needed))
        guard cicu_sentence_break_suppressions(locale, &bytes, needed) == needed else { return nil }
        return bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { string in
            String(decoding: string.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// Whether ICU breaks sentences for `locale` with its root rules (no rules of the locale's own).
    public static func usesRootSentenceRules(locale: String) -> Bool {
        cicu_sentence_rules_are_root(locale) == 1
    }
}

extension ICU {
    /// An ICU break iterator over UTF-8 text. Not thread-safe: take one per thread from a
    /// `BreakIteratorPool`.
    public final class BreakIterator {
        private let breaker: OpaquePointer

        /// Opens an iterator; `locale` is an ICU locale id such as "en@ss=standard".
        public init(_ kind: BreakKind, locale: String) throws(Failure) {
            var error = [CChar](repeating: 0, count: 64)
            guard let breaker = cicu_breaker_open(kind.cValue, locale, &error, error.count) else {
                throw Failure(description: "cannot open ICU \(kind) break iterator for '\(locale)': "
                    + String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
            self.breaker = breaker
        }

        private init(cloning breaker: OpaquePointer) throws(Failure) {
            guard let copy = cicu_breaker_clone(breaker) else {
                throw Failure(description: "cannot clone ICU break iterator")
            }
            self.breaker = copy
        }

        /// A new iterator with the same rules (cheaper than opening one).
        public func clone() throws(Failure) -> BreakIterator { try BreakIterator(cloning: breaker) }

        deinit { cicu_breaker_close(breaker) }

        /// Calls `body` once per boundary of `utf8` (not counting offset 0), in order, with the
        /// boundary's byte offset and rule status. The bytes only need to live for this call.
        public func forEachBoundary(
            in utf8: UnsafeBufferPointer<UInt8>,
            _ body: (_ offset: Int, _ ruleStatus: Int32) -> Void
        ) {
            guard let base = utf8.baseAddress, utf8.count > 0 else { return }
            let status = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                cicu_breaker_set_text(breaker, $0, Int64(utf8.count))
            }
            guard status == 0 else { return }
            let chunk = 512
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunk * 2) { scratch in
                let offsets = scratch.baseAddress!
                let statuses = offsets + chunk
                while true {
                    let count = Int(cicu_breaker_fill(breaker, offsets, statuses, Int64(chunk)))
                    for i in 0..<count { body(Int(offsets[i]), statuses[i]) }
                    if count < chunk { break }
                }
            }
            // Detach from the caller's bytes so nothing dangles.
            _ = cicu_breaker_set_text(breaker, "", 0)
        }
    }

    /// A thread-safe pool of identical break iterators: `withIterator` lends one to the caller,
    /// cloning a new one when all are in use, so a `Sendable` stage can break text on any thread.
    public final class BreakIteratorPool: @unchecked Sendable {
        // `prototype` and `idle` are only touched with `lock` held; a lent iterator belongs to
        // its borrower alone until it is returned.
        private let lock = NSLock()
        private let prototype: BreakIterator
        private var idle: [BreakIterator] = []

        public init(_ kind: BreakKind, locale: String) throws(Failure) {
            prototype = try BreakIterator(kind, locale: locale)
        }

        /// The pool of `kind` iterators for `locale` that this whole process shares: opening an
        /// iterator loads and compiles ICU's rules, so the stages that break text the same way
        /// (sentences, tokens, the stages that tokenize on their own) open it once.
        public static func shared(_ kind: BreakKind, locale: String) throws(Failure) -> BreakIteratorPool {
            try sharedPools.value(for: SharedKey(kind: kind, locale: locale)) { () throws(Failure) in
                try BreakIteratorPool(kind, locale: locale)
            }
        }

        private struct SharedKey: Hashable, Sendable {
            let kind: BreakKind
            let locale: String
        }

        private static let sharedPools = ProcessWideCache<SharedKey, BreakIteratorPool>()

        public func withIterator<R>(_ body: (BreakIterator) throws -> R) rethrows -> R {
            let iterator: BreakIterator = lock.withLock {
                if let iterator = idle.popLast() { return iterator }
                guard let clone = try? prototype.clone() else { fatalError("ICU could not clone a break iterator") }
                return clone
            }
            defer { lock.withLock { idle.append(iterator) } }
            return try body(iterator)
        }
    }
}
