import EnrichKeywords

extension StageRegistry {
    /// The `keywords` stage with its count and scoring weights (see `KeywordWeights`).
    static let keywordsFactory = StageFactory(
        name: "keywords",
        summary: "key phrases per article (and per digest), best first, scores in [0, 1]",
        parameters: [
            Parameter("k", .integer(1...100), default: 10, help: "keywords per article and per digest"),
            Parameter("rarity", .number(0...5), default: .double(KeywordWeights().rarity),
                      help: "exponent of a word's rarity in general English (0: ignore the frequency table)"),
            Parameter("casing", .number(0...10), default: .double(KeywordWeights().casing),
                      help: "boost for words written capitalized inside sentences or as acronyms"),
            Parameter("position", .number(0...10), default: .double(KeywordWeights().position),
                      help: "boost for words that occur early"),
            Parameter("spread", .number(0...10), default: .double(KeywordWeights().spread),
                      help: "boost for words spread over many sentences"),
            Parameter("diversity", .number(0...10), default: .double(KeywordWeights().diversity),
                      help: "penalty for words whose neighbours vary a lot (filler words)"),
            Parameter("cohesion", .number(0...5), default: .double(KeywordWeights().cohesion),
                      help: "exponent of how often a phrase's words occur together rather than apart"),
            Parameter("length", .number(0...2), default: .double(KeywordWeights().length),
                      help: "factor per word beyond the first (below 1 prefers short phrases)"),
            Parameter("entity-boost", .number(0...10), default: .double(KeywordWeights().entity),
                      help: "boost for phrases an earlier stage marked as named entities"),
        ]
    ) { parameters, context in
        var weights = KeywordWeights()
        weights.rarity = parameters.double("rarity")
        weights.casing = parameters.double("casing")
        weights.position = parameters.double("position")
        weights.spread = parameters.double("spread")
        weights.diversity = parameters.double("diversity")
        weights.cohesion = parameters.double("cohesion")
        weights.length = parameters.double("length")
        weights.entity = parameters.double("entity-boost")
        let lexicon = try Lexicon.shared(from: try context.models())
        return KeywordStage(extractor: KeywordExtractor(lexicon: lexicon, weights: weights), limit: parameters.int("k"))
    }
}
