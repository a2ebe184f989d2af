import EnrichCore
import Glibc

/// The analyses (`AnalyzedText`) last made on the current thread, so that the summary stage,
/// which analyzes each record right after the keywords stage did on the same thread, reuses
/// that analysis instead of repeating the pass over every token.
///
/// An analysis is reused only for equal inputs: the same text bytes, tokens, sentences and
/// lexicon (arrays the stages did not touch compare by identity, in constant time). One memo
/// per thread, so nothing is shared and nothing needs a lock; it holds the last `capacity`
/// analyses, more than the articles of one digest, and is freed when its thread ends.
final class AnalysisMemo {
    static let capacity = 16

    private struct Entry {
        let text: [UInt8]
        let tokens: [Token]
        let sentences: [TextRange]
        let lexicon: Lexicon
        let analysis: AnalyzedText
    }

    private var entries: [Entry] = []
    private var oldest = 0

    /// The current thread's memo.
    static var current: AnalysisMemo { perThread.value }

    private static let perThread = ThreadLocal { AnalysisMemo() }

    func analysis(
        of utf8: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [TextRange], lexicon: Lexicon
    ) -> AnalyzedText? {
        // Field by field through a buffer, so that no entry is copied (and released) to be compared.
        entries.withUnsafeBufferPointer { entries in
            for index in entries.indices {
                guard entries[index].text.count == utf8.count, entries[index].lexicon.isSame(as: lexicon),
                    entries[index].tokens == tokens, entries[index].sentences == sentences
                else { continue }
                let sameText = entries[index].text.withUnsafeBufferPointer { text -> Bool in
                    utf8.isEmpty || memcmp(text.baseAddress!, utf8.baseAddress!, utf8.count) == 0
                }
                if sameText { return entries[index].analysis }
            }
            return nil
        }
    }

    func remember(
        _ analysis: AnalyzedText, of utf8: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [TextRange],
        lexicon: Lexicon
    ) {
        let entry = Entry(text: Array(utf8), tokens: tokens, sentences: sentences, lexicon: lexicon, analysis: analysis)
        if entries.count < Self.capacity {
            entries.append(entry)
        } else {
            entries[oldest] = entry
            oldest = (oldest + 1) % Self.capacity
        }
    }
}
