import EnrichCore

/// The keyword lexicons loaded in this process, by models folder, so that the stages of one run
/// (keywords, summary) share one copy.
enum LexiconCache {
    private static let loaded = ProcessWideCache<String, Lexicon>()

    /// The lexicon of `store`, loaded on first use.
    static func lexicon(for store: ModelStore) throws(PipelineError) -> Lexicon {
        try loaded.value(for: store.directory) { () throws(PipelineError) in
            try Lexicon.load(from: store)
        }
    }
}
