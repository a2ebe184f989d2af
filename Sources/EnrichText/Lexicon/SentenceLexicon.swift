import EnrichCore

/// The word lists behind the sentence and token rules of one language, read from
/// `models/sentences/<lang>/*.txt` (see models/README.md): abbreviations by how they behave at a
/// period, the words that open a sentence, names written with "!", and the prepositions that open
/// a fronted phrase. Lookups take bytes of the text and ignore ASCII case.
public struct SentenceLexicon: Sendable {
    /// How a period after an abbreviation behaves.
    public enum AbbreviationKind: Sendable, Equatable {
        /// Written before a name ("Mr.", "Gen.", "St."): never ends a sentence.
        case title
        /// Introduces or joins what follows ("e.g.", "vs."): never ends a sentence.
        case inline
        /// Never ends a sentence before a number ("No. 5", "Sept. 11"); otherwise like `mayEnd`.
        case beforeNumber
        /// Ends a sentence only before a sentence starter ("Inc.", "U.S.", "a.m.").
        case mayEnd

        /// The model file that lists abbreviations of this kind.
        var fileName: String {
            switch self {
            case .title: "titles.txt"
            case .inline: "inline-abbreviations.txt"
            case .beforeNumber: "number-abbreviations.txt"
            case .mayEnd: "abbreviations.txt"
            }
        }
    }

    /// The model files of one language, relative to the models folder, with the kind each holds.
    static func files(language: String) -> [String] {
        let abbreviationFiles: [AbbreviationKind] = [.title, .inline, .beforeNumber, .mayEnd]
        return (abbreviationFiles.map(\.fileName) + ["sentence-starters.txt", "exclamation-words.txt", "fragment-openers.txt"])
            .map { "sentences/\(language)/\($0)" }
    }

    /// An abbreviation's kind, and whether it only counts when written with a capital letter
    /// (listed with one: "Sun" is Sunday, "sun" is not).
    private struct Abbreviation: Sendable {
        let kind: AbbreviationKind
        let capitalOnly: Bool
    }

    private let abbreviations: WordKeyTable<Abbreviation>
    /// The length in bytes of the longest abbreviation: a longer word needs no lookup.
    private let longestAbbreviation: Int
    private let starters: Set<WordKey>
    private let exclamationWords: Set<WordKey>
    private let fragmentOpeners: Set<WordKey>

    /// A lexicon from word lists (abbreviations without their final period; one listed with a
    /// capital letter only matches words that start with one).
    public init(
        titles: [Substring], inline: [Substring], beforeNumber: [Substring], mayEnd: [Substring],
        starters: [Substring], exclamationWords: [Substring], fragmentOpeners: [Substring]
    ) throws(PipelineError) {
        var abbreviations: [WordKey: Abbreviation] = [:]
        var longestAbbreviation = 0
        for (words, kind) in [(titles, AbbreviationKind.title), (inline, .inline), (beforeNumber, .beforeNumber),
                              (mayEnd, .mayEnd)] {
            for word in words {
                let key = try Self.key(word)
                if let earlier = abbreviations[key] {
                    throw PipelineError("abbreviation '\(word)' is listed twice (\(earlier.kind.fileName), \(kind.fileName))")
                }
                abbreviations[key] = Abbreviation(kind: kind, capitalOnly: word.first?.isUppercase ?? false)
                longestAbbreviation = max(longestAbbreviation, word.utf8.count)
            }
        }
        self.abbreviations = WordKeyTable(abbreviations)
        self.longestAbbreviation = longestAbbreviation
        self.starters = Set(try starters.map(Self.key))
        self.exclamationWords = Set(try exclamationWords.map(Self.key))
        self.fragmentOpeners = Set(try fragmentOpeners.map(Self.key))
    }

    /// The lexicon of `language` in `store`, read once per process; a missing or unreadable file is
    /// an error naming it.
    public static func load(from store: ModelStore, language: String) throws(PipelineError) -> SentenceLexicon {
        try loaded.value(for: store.directory + "\u{0}" + language) { () throws(PipelineError) in
            try read(from: store, language: language)
        }
    }

    /// The lexicons read so far, by models folder and language: the stages of one run
    /// (sentences, tokens, and those that tokenize on their own) read the word lists once.
    private static let loaded = ProcessWideCache<String, SentenceLexicon>()

    private static func read(from store: ModelStore, language: String) throws(PipelineError) -> SentenceLexicon {
        var lists: [[Substring]] = []
        for file in files(language: language) {
            lists.append(try store.lines(file).map { $0.trimmingCharacters() })
        }
        do {
            return try SentenceLexicon(
                titles: lists[0], inline: lists[1], beforeNumber: lists[2], mayEnd: lists[3],
                starters: lists[4], exclamationWords: lists[5], fragmentOpeners: lists[6])
        } catch {
            throw PipelineError("models/sentences/\(language): \(error.description)")
        }
    }

    /// The lexicon the stages use for `language` (an ICU locale id such as "en" or "en_US"): the
    /// folder of its base language ("en") when `store` has one, nil when it has none (the stages then
    /// keep ICU's breaks). English must have its folder: without it, or without a models folder,
    /// this is an error naming what is missing.
    public static func forLanguage(_ language: String, in store: ModelStore?) throws(PipelineError) -> SentenceLexicon? {
        let base = String(language.prefix { $0.isLetter }).lowercased()
        guard let store else {
            if base == "en" { throw PipelineError("the English sentence rules need the models folder") }
            return nil
        }
        if base != "en", (try? store.path("sentences/\(base)/abbreviations.txt")) == nil { return nil }
        return try load(from: store, language: base)
    }

    /// The kind of the abbreviation spelled by `range` (without its final period), or nil. Case
    /// does not matter, except that an entry listed with a capital needs one ("Sun", "Mr").
    func abbreviationKind(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> AbbreviationKind? {
        guard range.count <= longestAbbreviation, let key = WordKey(text, range) else { return nil }
        guard let abbreviation = abbreviations[key] else { return nil }
        return abbreviation.capitalOnly && !text[range.lowerBound].isASCIIUpper ? nil : abbreviation.kind
    }

    /// Whether the word at `range` commonly opens a sentence ("The", "However", "He").
    func isStarter(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey(text, range) else { return false }
        return starters.contains(key)
    }

    /// Whether the word at `range` is a name written with "!" ("Yahoo").
    func isExclamationWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey(text, range) else { return false }
        return exclamationWords.contains(key)
    }

    /// Whether the word at `range` is a preposition that opens a fronted phrase ("At").
    func isFragmentOpener(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey(text, range) else { return false }
        return fragmentOpeners.contains(key)
    }

    private static func key(_ word: Substring) throws(PipelineError) -> WordKey {
        guard let key = WordKey(word) else {
            throw PipelineError("'\(word)' is longer than \(WordKey.capacity) bytes")
        }
        return key
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> Substring {
        var trimmed = self
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed.removeLast() }
        while let first = trimmed.first, first == " " || first == "\t" { trimmed.removeFirst() }
        return trimmed
    }
}
