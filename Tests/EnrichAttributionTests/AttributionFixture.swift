import EnrichAttribution
import EnrichCore
import EnrichText

/// Runs sentences, tokens and attributions on invented digest text and reads the attributions
/// back as text, so that tests state what a reader sees.
struct AttributionFixture {
    /// One attribution as a reader sees it.
    struct Found: Equatable, CustomStringConvertible {
        /// The mention as written ("AP", "he", "the magazine").
        let mention: String
        let source: String
        let cue: String
        let kind: Attribution.Kind
        /// The attributed sentence as written.
        let sentence: String

        var description: String { "\(mention) → \(source) [\(cue), \(kind)] in “\(sentence)”" }
    }

    private let stages: [any DocumentStage]

    init(quotedSentences: AttributionStage.QuotedSentences = .statement) throws {
        let models = try ModelStore.locate()
        stages = [try SentenceStage(models: models), try TokenStage(models: models),
                  try AttributionStage(models: models, quotedSentences: quotedSentences)]
    }

    /// The attributions of `text`, in text order.
    func attributions(_ text: String, entities: [(String, String)] = []) throws -> [Found] {
        var document = Document(id: "test", text: text)
        try stages[0].process(&document)
        try stages[1].process(&document)
        if !entities.isEmpty {
            document.entities = entities.map { surface, label in
                let start = text.utf8.count - text[text.range(of: surface)!.lowerBound...].utf8.count
                return Entity(range: TextRange(start: start, end: start + surface.utf8.count), label: label)
            }
        }
        try stages[2].process(&document)
        let sentences = document.sentences ?? []
        return (document.attributions ?? []).map { attribution in
            Found(mention: document.substring(attribution.range), source: attribution.source, cue: attribution.cue,
                  kind: attribution.kind, sentence: document.substring(sentences[attribution.sentence]))
        }
    }
}
