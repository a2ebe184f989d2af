@_exported import EnrichCore
import EnrichAttribution
import EnrichDigest
import EnrichEntities
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
            name: "entities",
            summary: "people, organizations, places, products, laws... from gazetteers and name patterns",
            parameters: [
                Parameter("gazetteers", .strings, default: .array([]),
                          help: "extra gazetteer TSVs (name, label, id, aliases|...); they win over built-in names"),
                Parameter("labels", .strings, default: .array([]),
                          help: "labels to emit (e.g. PERSON,ORG,GPE); empty emits all"),
                Parameter("patterns", .boolean, default: .bool(true),
                          help: "find unlisted names: title + name, first name + surname, '... Group'"),
                Parameter("link_short_mentions", .boolean, default: .bool(true),
                          help: "link a later surname alone to the person's full mention"),
                Parameter("numeric", .boolean, default: .bool(true),
                          help: "emit DATE, MONEY, PERCENT and CARDINAL"),
            ]
        ) { parameters, context in
            var options = EntityStage.Options()
            for name in parameters.strings("labels") {
                guard let label = EntityLabel(name) else {
                    throw PipelineError("parameter 'labels': unknown label '\(name)'")
                }
                options.labels.insert(label)
            }
            options.patterns = parameters.bool("patterns")
            options.linkShortMentions = parameters.bool("link_short_mentions")
            options.numeric = parameters.bool("numeric")
            return try EntityStage(store: try context.models(), userGazetteers: parameters.strings("gazetteers"),
                                   options: options)
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
            StageEntry(name: "entities"),
            StageEntry(name: "attributions"),
        ],
        source: "default pipeline"
    )
}
