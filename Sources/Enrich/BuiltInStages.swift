@_exported import EnrichCore
import EnrichDigest
import EnrichKeywords
import EnrichSummary
import EnrichText

extension StageRegistry {
    /// enrich's own stages, by the names `pipelines/*.yaml` use.
    public static let builtIn = StageRegistry([
        StageFactory(
            name: "digest",
            summary: "splits digests into articles: headline as title, body as text, digest metadata",
            parameters: [
                Parameter(
                    "split", .choice(SplitMode.allCases.map(\.rawValue)), default: "auto",
                    help: "auto: split what looks like a digest; digest: split every document; none: never split")
            ]
        ) { parameters, _ in DigestStage(mode: SplitMode(rawValue: parameters.string("split")) ?? .auto) },
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
            StageEntry(name: "digest"),
            StageEntry(name: "sentences"),
            StageEntry(name: "tokens"),
            StageEntry(name: "keywords"),
            StageEntry(name: "summary"),
        ],
        source: "default pipeline"
    )
}
