import EnrichCore

/// What the keywords and summary stages know about English words in general: which words are
/// stopwords, and how frequent each word is (Zipf scale), so that a document's unusual words
/// can stand out from words that are frequent everywhere.
///
/// Loaded from `models/keywords/stopwords.txt` and `models/keywords/frequencies.tsv` (see
/// `scripts/build_frequencies.py`); words are keyed by the `WordHash` of their lower-case form.
public struct Lexicon: Sendable {
    static let stopwordsFile = "keywords/stopwords.txt"
    static let frequenciesFile = "keywords/frequencies.tsv"

    private let stopwords: Set<UInt64>
    private let zipf: [UInt64: Float]
    /// The Zipf value given to a word the table does not list (rarer than its last entry).
    public let unlistedZipf: Float

    public init(stopwords: [Substring], frequencies: [(word: Substring, zipf: Float)]) {
        self.stopwords = Set(stopwords.map { WordHash.hash($0.utf8) })
        var zipf: [UInt64: Float] = [:]
        zipf.reserveCapacity(frequencies.count)
        for entry in frequencies { zipf[WordHash.hash(entry.word.utf8)] = entry.zipf }
        self.zipf = zipf
        unlistedZipf = max(0, (frequencies.map(\.zipf).min() ?? 1) - 0.5)
    }

    /// Loads the lexicon from the models folder; a missing or malformed file is an error naming it.
    public static func load(from store: ModelStore) throws(PipelineError) -> Lexicon {
        let stopwords = try store.lines(stopwordsFile).map { $0.drop { $0 == " " || $0 == "\t" } }
        var frequencies: [(word: Substring, zipf: Float)] = []
        for (number, line) in try store.lines(frequenciesFile).enumerated() {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let value = Float(fields[1]) else {
                throw PipelineError("model file \(store.directory)/\(frequenciesFile): line \(number + 1) "
                    + "is not 'word<TAB>zipf'")
            }
            frequencies.append((fields[0], value))
        }
        guard !frequencies.isEmpty else {
            throw PipelineError("model file \(store.directory)/\(frequenciesFile) lists no words")
        }
        return Lexicon(stopwords: stopwords, frequencies: frequencies)
    }

    public func isStopword(_ lowercaseHash: UInt64) -> Bool { stopwords.contains(lowercaseHash) }

    /// The word's Zipf frequency (log10 of occurrences per billion words).
    public func zipf(_ lowercaseHash: UInt64) -> Float { zipf[lowercaseHash] ?? unlistedZipf }

    /// How rare a word is in general English, in (0, 1]: 1 for an unlisted word, near 0 for "the".
    /// Proportional to -log(probability), the information a word carries (an IDF without a corpus).
    public func rarity(_ lowercaseHash: UInt64) -> Float {
        let information = 9 - zipf(lowercaseHash)
        return min(1, max(0.05, information / (9 - unlistedZipf)))
    }
}
