import EnrichKeywords
import EnrichSummary

extension StageRegistry {
    /// The `summary` stage with its length and scoring weights (see `SummaryWeights`).
    static let summaryFactory = StageFactory(
        name: "summary",
        summary: "extractive summary per article (and the best sentence of each article per digest)",
        parameters: [
            Parameter("sentences", .integer(1...1000), default: 3, help: "summary length in sentences"),
            Parameter("share", .number(0...1), default: 0.0,
                      help: "summary length as a share of the text (0: use 'sentences')"),
            Parameter("position", .number(0...10), default: .double(SummaryWeights().position),
                      help: "weight of sentence position (the lead first)"),
            Parameter("position-decay", .number(0...5), default: .double(SummaryWeights().positionDecay),
                      help: "how fast the position weight falls: 1/(1+index)^decay"),
            Parameter("centrality", .number(0...10), default: .double(SummaryWeights().centrality),
                      help: "weight of centrality (PageRank over sentence similarities)"),
            Parameter("centrality-length", .number(0...2), default: .double(SummaryWeights().centralityLength),
                      help: "centrality times word count to this power: prefers long sentences (0: off)"),
            Parameter("directed", .number(0...10), default: .double(SummaryWeights().directedCentrality),
                      help: "weight of directed centrality: overlap with later sentences less overlap with earlier ones"),
            Parameter("backward", .number(0...10), default: .double(SummaryWeights().backwardPenalty),
                      help: "how much overlap with earlier sentences counts against a sentence (directed centrality)"),
            Parameter("coverage", .number(0...10), default: .double(SummaryWeights().coverage),
                      help: "weight of the document's key terms a sentence holds"),
            Parameter("entities", .number(0...10), default: .double(SummaryWeights().entities),
                      help: "weight of named-entity mentions (when an earlier stage found entities)"),
            Parameter("title", .number(0...10), default: .double(SummaryWeights().title),
                      help: "weight of similarity to the headline (Edmundson's title method; 0 without a headline)"),
            Parameter("relevance", .number(0...1), default: .double(SummaryWeights().relevance),
                      help: "MMR trade-off: 1 ranks by score alone, lower penalizes repeating chosen sentences"),
            Parameter("duplicate", .number(0...1), default: .double(SummaryWeights().duplicate),
                      help: "similarity (cosine) from which a sentence counts as repeating a chosen one"),
            Parameter("min-words", .integer(0...100), default: .int(SummaryWeights().minimumWords),
                      help: "sentences with fewer words lose the sum of all weights (bylines, datelines)"),
        ]
    ) { parameters, context in
        var weights = SummaryWeights()
        weights.position = parameters.double("position")
        weights.positionDecay = parameters.double("position-decay")
        weights.centrality = parameters.double("centrality")
        weights.centralityLength = parameters.double("centrality-length")
        weights.directedCentrality = parameters.double("directed")
        weights.backwardPenalty = parameters.double("backward")
        weights.coverage = parameters.double("coverage")
        weights.entities = parameters.double("entities")
        weights.title = parameters.double("title")
        weights.relevance = parameters.double("relevance")
        weights.duplicate = parameters.double("duplicate")
        weights.minimumWords = parameters.int("min-words")
        let share = parameters.double("share")
        let length: SummaryLength = share > 0 ? .share(share) : .sentences(parameters.int("sentences"))
        let lexicon = try Lexicon.shared(from: try context.models())
        return SummaryStage(summarizer: Summarizer(lexicon: lexicon, weights: weights, length: length))
    }
}
