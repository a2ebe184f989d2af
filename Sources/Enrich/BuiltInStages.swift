@_exported import EnrichCore
import EnrichEntities
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
    ])
}

extension PipelineDefinition {
    /// The pipeline `enrich` runs without `--pipeline`; `pipelines/default.yaml` says the same.
    public static let standard = PipelineDefinition(
        stages: [
            StageEntry(name: "sentences"),
            StageEntry(name: "tokens"),
            StageEntry(name: "entities"),
        ],
        source: "default pipeline"
    )
}
