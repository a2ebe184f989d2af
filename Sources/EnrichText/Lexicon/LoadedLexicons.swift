import EnrichCore
import Foundation

/// The sentence lexicons this process has read, by models folder and language, so that the
/// stages of one run (sentences, tokens, and the stages that tokenize on their own) read and
/// index the word lists once. Only successful loads are kept: a broken file fails every time.
enum LoadedLexicons {
    // `loaded` is only touched with `lock` held.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: [String: SentenceLexicon] = [:]

    /// The lexicon of `language` in `store`, read on first use.
    static func lexicon(
        in store: ModelStore, language: String, load: () throws(PipelineError) -> SentenceLexicon
    ) throws(PipelineError) -> SentenceLexicon {
        let key = store.directory + "\u{0}" + language
        if let lexicon = lock.withLock({ loaded[key] }) { return lexicon }
        let lexicon = try load()
        lock.withLock { loaded[key] = lexicon }
        return lexicon
    }
}
