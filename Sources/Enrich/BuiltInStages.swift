@_exported import EnrichCore
import EnrichDigest
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
            summary: "sentence boundaries: ICU sentence breaks refined by abbreviation, list and line rules",
            parameters: [Parameter(
                "lang", .string, default: "en",
                help: "language (ICU locale id); rules from models/sentences/<lang>/ when present, else ICU alone")]
        ) { parameters, context in
            let language = parameters.string("lang")
            let models = language == "en" ? try context.models() : try? context.models()
            return try SentenceStage(language: language, models: models)
        },
        StageFactory(
            name: "tokens",
            summary: "words, numbers, punctuation and symbols: ICU word breaks, with addresses, hyphenated words and abbreviations whole",
            parameters: [Parameter(
                "lang", .string, default: "en",
                help: "language (ICU locale id); abbreviations from models/sentences/<lang>/ when present")]
        ) { parameters, context in
            let language = parameters.string("lang")
            let models = language == "en" ? try context.models() : try? context.models()
            return try TokenStage(language: language, models: models)
        },
    ])
}

extension PipelineDefinition {
    /// The pipeline `enrich` runs without `--pipeline`; `pipelines/default.yaml` says the same.
    public static let standard = PipelineDefinition(
        stages: [
            StageEntry(name: "digest"),
            StageEntry(name: "sentences"),
            StageEntry(name: "tokens"),
        ],
        source: "default pipeline"
    )
}
