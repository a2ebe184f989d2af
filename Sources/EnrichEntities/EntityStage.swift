import EnrichCore

/// The `entities` stage: gazetteer names, name patterns, short-mention links and numeric
/// entities, resolved into non-overlapping mentions sorted by position (see Guides/Entities.md).
public struct EntityStage: Stage {
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let provides: Set<Layer> = [.entities]

    /// What the stage looks for besides list names.
    public struct Options: Sendable {
        /// Labels to emit; empty means all.
        public var labels: Set<EntityLabel> = []
        /// Title, first-name and organization-head patterns.
        public var patterns = true
        /// Later short mentions of a person linked to the full mention.
        public var linkShortMentions = true
        /// DATE, MONEY, PERCENT and CARDINAL.
        public var numeric = true

        public init() {}
    }

    private let gazetteer: CompiledGazetteer
    private let options: Options
    private let numeric = NumericEntities()

    public init(gazetteer: CompiledGazetteer, options: Options = Options()) {
        self.gazetteer = gazetteer
        self.options = options
    }

    /// The stage over the default gazetteers in `store`, with `userGazetteers` (TSV paths) first:
    /// a user entry wins over a built-in one of the same name.
    public init(store: ModelStore, userGazetteers: [String] = [], options: Options = Options()) throws(PipelineError) {
        var files: [GazetteerFile] = []
        for path in userGazetteers {
            files.append(GazetteerFile(path: try store.path(path), kind: .entities))
        }
        files += try EntityStage.defaultFiles(store)
        self.init(gazetteer: try GazetteerCache.load(files, cacheDirectory: store.cacheDirectory), options: options)
    }

    /// The built-in gazetteer files, in priority order: word lists, hand-curated, generated.
    public static func defaultFiles(_ store: ModelStore) throws(PipelineError) -> [GazetteerFile] {
        let words: [(String, WordClass)] = [
            ("common-words.txt", .commonWord), ("first-names.txt", .firstName),
            ("titles.txt", .title), ("org-heads.txt", .organizationHead),
        ]
        var files: [GazetteerFile] = []
        for (name, wordClass) in words {
            files.append(GazetteerFile(path: try store.path("gazetteers/lexicon/" + name), kind: .words(wordClass)))
        }
        for name in ["events", "government", "laws", "nationalities", "news-outlets", "products", "tech-companies",
                     "threat-actors"] {
            files.append(GazetteerFile(path: try store.path("gazetteers/curated/\(name).tsv"), kind: .entities))
        }
        for name in ["places", "nationalities", "organizations", "products", "wordnet"] {
            files.append(GazetteerFile(path: try store.path("gazetteers/\(name).tsv"), kind: .entities))
        }
        return files
    }

    /// Tags the articles of one input document in order; a person named in full in one article is
    /// recognized by surname alone in the later ones.
    public func process(_ documents: inout [Document]) {
        var people = KnownPeople()
        for index in documents.indices {
            process(&documents[index], people: &people, laterArticles: index < documents.count - 1)
        }
    }

    /// Tags one document on its own.
    public func process(_ document: inout Document) {
        var people = KnownPeople()
        process(&document, people: &people, laterArticles: false)
    }

    /// `people` gains this document's people only when `laterArticles` may name them by surname.
    private func process(_ document: inout Document, people: inout KnownPeople, laterArticles: Bool) {
        // The token layers are read before the text is borrowed: the closure then captures no
        // document, which would otherwise be copied whole for it.
        let documentTokens = document.tokens ?? [], sentences = document.sentences ?? []
        document.entities = document.withUTF8 { text in
            let list = MatchToken.tokens(documentTokens, sentences: sentences, utf8: text, gazetteer: gazetteer)
            let tokens = list.tokens
            let candidates = tag(list, text: text, people: &people, laterArticles: laterArticles)
            var entities: [Entity] = []
            entities.reserveCapacity(candidates.count)
            for candidate in candidates where options.labels.isEmpty || options.labels.contains(candidate.label) {
                let id = candidate.entry.map { gazetteer.id($0) }
                    ?? people.localID(candidate.localID, tokens: tokens, text: text)
                entities.append(Entity(range: TextRange(start: candidate.start, end: candidate.end),
                                       label: candidate.label.description, id: id))
            }
            return entities
        }
    }

    private func tag(
        _ list: MatchTokenList, text: UnsafeBufferPointer<UInt8>, people: inout KnownPeople, laterArticles: Bool
    ) -> [Candidate] {
        let tokens = list.tokens, ruleStarts = list.ruleStarts
        var listed: [Candidate] = []
        listed.reserveCapacity(ruleStarts.count / 2 + 4)
        var guarded: [Candidate] = []
        GazetteerMatcher(gazetteer: gazetteer).candidates(in: tokens, ruleStarts: ruleStarts, accepted: &listed,
                                                         guarded: &guarded)
        let patterns = options.patterns ? NamePatterns().candidates(in: tokens, ruleStarts: ruleStarts, text: text) : []
        var entities = OverlapPolicy.resolve(listed: listed, patterns: patterns)
        if !guarded.isEmpty {
            let evidenced = Set(entities.compactMap(\.entry))
            entities = OverlapPolicy.fill(entities, with: guarded.filter { $0.entry.map(evidenced.contains) ?? false })
        }
        if options.patterns {
            let rule = SportsResultsRule { [gazetteer] entry in gazetteer.id(entry).hasPrefix("iso3166:") }
            entities = rule.apply(entities, tokens: tokens, ruleStarts: ruleStarts, text: text)
        }
        if options.patterns {
            entities = AcronymRule().apply(entities, tokens: tokens, ruleStarts: ruleStarts, text: text)
        }
        if options.linkShortMentions {
            entities = ShortMentionLinker().link(entities, tokens: tokens, ruleStarts: ruleStarts, text: text,
                                                 known: &people,
                                                 remember: laterArticles)
        }
        if options.numeric {
            entities = OverlapPolicy.fill(entities, with: numeric.candidates(in: tokens, ruleStarts: ruleStarts, text: text))
        }
        return entities
    }
}
