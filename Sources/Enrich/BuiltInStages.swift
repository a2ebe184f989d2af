@_exported import EnrichCore
import EnrichKeywords
import EnrichSummary
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
        keywordsFactory,
        summaryFactory,
    ])
}

extension PipelineDefinition {
    /// The pipeline `enrich` runs without `--pipeline`; `pipelines/default.yaml` says the same.
    public static let standard = PipelineDefinition(
        stages: [
            StageEntry(name: "sentences"),
            StageEntry(name: "tokens"),
            StageEntry(name: "keywords"),
            StageEntry(name: "summary"),
        ],
        source: "default pipeline"
    )
}
