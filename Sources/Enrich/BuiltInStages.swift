@_exported import EnrichCore
import EnrichAttribution
import EnrichText

extension StageRegistry {
    /// enrich's own stages, by the names `pipelines/*.yaml` use.
    public static let builtIn = StageRegistry([
        StageFactory(
            name: "sentences",
            summary: "sentence boundaries (ICU sentence breaks)",
            parameters: [Parameter("lang", .string, default: "en", help: "language (ICU locale id)")]
        ) { parameters, _ in try SentenceStage(language: parameters.string("lang")) },
        StageFactory(
            name: "tokens",
            summary: "words, numbers, punctuation and symbols (ICU word breaks)",
            parameters: [Parameter("lang", .string, default: "en", help: "language (ICU locale id)")]
        ) { parameters, _ in try TokenStage(language: parameters.string("lang")) },
        StageFactory(
            name: "attributions",
            summary: "who said it: the source of every attributed statement (outlet, person, "
                + "organization, document), with cue and canonical name; models/sources/",
            parameters: [
                Parameter("quotes", .choice(AttributionStage.QuotedSentences.allCases.map(\.rawValue)),
                          default: .string("statement"),
                          help: "a quotation over several sentences: 'statement' attributes it once, on the "
                              + "sentence of the cue; 'each-sentence' attributes every sentence of it")
            ]
        ) { parameters, context in
            try AttributionStage(models: context.models(),
                                 quotedSentences: AttributionStage.QuotedSentences(rawValue: parameters.string("quotes")) ?? .statement)
        },
    ])
}

extension PipelineDefinition {
    /// The pipeline `enrich` runs without `--pipeline`; `pipelines/default.yaml` says the same.
    public static let standard = PipelineDefinition(
        stages: [
            StageEntry(name: "sentences"),
            StageEntry(name: "tokens"),
            StageEntry(name: "attributions"),
        ],
        source: "default pipeline"
    )
}
