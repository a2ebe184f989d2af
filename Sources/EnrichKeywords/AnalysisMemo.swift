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
        entries.first { entry in
            guard entry.text.count == utf8.count, entry.lexicon.isSame(as: lexicon),
                entry.tokens == tokens, entry.sentences == sentences
            else { return false }
            let sameText = entry.text.withUnsafeBufferPointer { text -> Bool in
                utf8.isEmpty || memcmp(text.baseAddress!, utf8.baseAddress!, utf8.count) == 0
            }
            return sameText
        }?.analysis
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
