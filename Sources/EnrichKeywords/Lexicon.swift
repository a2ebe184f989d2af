import EnrichCore

/// What the keywords and summary stages know about English words in general: which words are
/// stopwords, how frequent each word is (Zipf scale), so that a document's unusual words can
/// stand out from words that are frequent everywhere, and each known word's Porter stem.
///
/// Built from `models/keywords/stopwords.txt` and `models/keywords/frequencies.tsv` (see
/// `scripts/build_frequencies.py`) into a compiled file of the models cache folder, mapped at
/// start-up (see `LexiconFileCache`); words are keyed by the `WordHash` of their lower-case form.
public struct Lexicon: Sendable {
    static let stopwordsFile = "keywords/stopwords.txt"
    static let frequenciesFile = "keywords/frequencies.tsv"

    private let compiled: CompiledLexicon
    /// The Zipf value given to a word the table does not list (rarer than its last entry).
    public let unlistedZipf: Float

    init(compiled: CompiledLexicon) {
        self.compiled = compiled
        self.unlistedZipf = compiled.header.unlistedZipf
    }

    /// The lexicon of the models folder, loaded once per process and folder (both the keywords
    /// and the summary stage use it).
    public static func shared(from store: ModelStore) throws(PipelineError) -> Lexicon {
        try LexiconCache.lexicon(for: store)
    }

    /// Loads the lexicon of the models folder, compiling it into the store's cache folder when
    /// the cache has no current copy; a missing or malformed file is an error naming it.
    public static func load(from store: ModelStore) throws(PipelineError) -> Lexicon {
        Lexicon(compiled: try LexiconFileCache.load(
            stopwordsPath: try store.path(stopwordsFile), frequenciesPath: try store.path(frequenciesFile),
            cacheDirectory: store.cacheDirectory))
    }

    /// Whether both values are the same loaded lexicon.
    func isSame(as other: Lexicon) -> Bool { compiled === other.compiled }

    /// What the lexicon knows about one lower-case word.
    public struct Entry {
        /// The `WordHash` of the word's Porter stem.
        public var stemKey: UInt64
        public var zipf: Float
        public var isStopword: Bool
    }

    /// The entry of a word (by the `WordHash` of its lower-case form), or nil for a word that is
    /// neither listed nor a stopword.
    @inline(__always)
    public func entry(_ lowercaseHash: UInt64) -> Entry? {
        guard let slot = compiled.slot(of: lowercaseHash) else { return nil }
        return Entry(stemKey: compiled.stemKey(at: slot), zipf: compiled.zipf(at: slot),
                     isStopword: compiled.flags(at: slot).contains(.stopword))
    }

    public func isStopword(_ lowercaseHash: UInt64) -> Bool { entry(lowercaseHash)?.isStopword ?? false }

    /// The word's Zipf frequency (log10 of occurrences per billion words).
    public func zipf(_ lowercaseHash: UInt64) -> Float { entry(lowercaseHash)?.zipf ?? unlistedZipf }

    /// How rare a word is in general English, in (0, 1]: 1 for an unlisted word, near 0 for "the".
    /// Proportional to -log(probability), the information a word carries (an IDF without a corpus).
    public func rarity(_ lowercaseHash: UInt64) -> Float { rarity(zipf: zipf(lowercaseHash)) }

    /// The rarity (see `rarity(_:)`) of a word of Zipf frequency `zipf`.
    @inline(__always)
    public func rarity(zipf: Float) -> Float {
        let information = 9 - zipf
        return min(1, max(0.05, information / (9 - unlistedZipf)))
    }
}
