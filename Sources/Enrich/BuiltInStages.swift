@_exported import EnrichCore
import EnrichAttribution
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
            try SentenceStage(language: parameters.string("lang"), models: try modelsFor(parameters, context))
        },
        StageFactory(
            name: "tokens",
            summary: "words, numbers, punctuation and symbols: ICU word breaks, with addresses, hyphenated words and abbreviations whole",
            parameters: [Parameter(
                "lang", .string, default: "en",
                help: "language (ICU locale id); abbreviations from models/sentences/<lang>/ when present")]
        ) { parameters, context in
            try TokenStage(language: parameters.string("lang"), models: try modelsFor(parameters, context))
        },
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

/// The models folder for a stage with a `lang` parameter: English needs it (a missing folder is
/// an error), another language uses it when it is there.
private func modelsFor(_ parameters: StageParameters, _ context: StageContext) throws(PipelineError) -> ModelStore? {
    let language = parameters.string("lang")
    return String(language.prefix { $0.isLetter }).lowercased() == "en" ? try context.models() : try? context.models()
}

extension PipelineDefinition {
    /// The pipeline `enrich` runs without `--pipeline`; `pipelines/default.yaml` says the same.
    public static let standard = PipelineDefinition(
        stages: [
            StageEntry(name: "digest"),
            StageEntry(name: "sentences"),
            StageEntry(name: "tokens"),
            StageEntry(name: "attributions"),
        ],
        source: "default pipeline"
    )
}
