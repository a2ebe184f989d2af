import EnrichCore
import Foundation

/// The lexicons loaded in this process, by models folder, so that the stages of one run share
/// one copy. Guarded by a lock: stage factories may run on any thread.
final class LexiconCache: @unchecked Sendable {
    static let shared = LexiconCache()

    private let lock = NSLock()
    private var lexicons: [String: Lexicon] = [:]

    func lexicon(for store: ModelStore) throws(PipelineError) -> Lexicon {
        lock.lock()
        defer { lock.unlock() }
        if let lexicon = lexicons[store.directory] { return lexicon }
        let lexicon = try Lexicon.load(from: store)
        lexicons[store.directory] = lexicon
        return lexicon
    }
}
