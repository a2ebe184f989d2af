/// Writes documents as output records (CONTRACT.md), one JSON object per line, with every span
/// converted from UTF-8 to code point offsets here and only here.
///
/// Field order: `schema`, `id`, `text`, `title`, `digest`, `sentences`, `tokens` (when asked
/// for), `entities`, `attributions`, `keywords`, `summary`, stage-defined `fields`, then the
/// input's passthrough fields.
public struct RecordWriter: Sendable {
    /// The `schema` number written in every record.
    public static let schema = 1

    /// Whether to write the `tokens` layer (`[{"start","end","kind"}]`); off by default because
    /// it is large and most users only need it inside the pipeline.
    public var includeTokens: Bool

    public init(includeTokens: Bool = false) {
        self.includeTokens = includeTokens
    }

    /// Appends `document` as one JSON line (with its final newline) to `writer`.
    public func write(_ document: Document, to writer: inout JSONWriter) {
        document.withUTF8 { utf8 in
            let index = CodePointIndex(utf8: utf8)
            func span(_ range: TextRange, _ writer: inout JSONWriter) {
                writer.raw("\"start\":")
                writer.int(index.codePoint(range.start))
                writer.raw(",\"end\":")
                writer.int(index.codePoint(range.end))
            }
            writer.raw("{\"schema\":")
            writer.int(Self.schema)
            writer.raw(",\"id\":")
            writeID(document.id, to: &writer)
            writer.raw(",\"text\":")
            writer.string(utf8: utf8)
            if let title = document.title {
                writer.raw(",\"title\":")
                writer.string(title)
            }
            if let digest = document.digest {
                writer.raw(",\"digest\":")
                write(digest, to: &writer)
            }
            if let sentences = document.sentences {
                writer.raw(",\"sentences\":")
                writeArray(sentences, to: &writer) { range, writer in
                    writer.raw(.openBrace)
                    span(range, &writer)
                    writer.raw(.closeBrace)
                }
            }
            if includeTokens, let tokens = document.tokens {
                writer.raw(",\"tokens\":")
                writeArray(tokens, to: &writer) { token, writer in
                    writer.raw(.openBrace)
                    span(token.range, &writer)
                    writer.raw(",\"kind\":")
                    writer.string(token.kind.description)
                    writer.raw(.closeBrace)
                }
            }
            if let entities = document.entities {
                writer.raw(",\"entities\":")
                writeArray(entities, to: &writer) { entity, writer in
                    writer.raw(.openBrace)
                    span(entity.range, &writer)
                    writer.raw(",\"label\":")
                    writer.string(entity.label)
                    writer.raw(",\"text\":")
                    writer.string(utf8: UnsafeBufferPointer(rebasing: utf8[entity.range.range]))
                    if let id = entity.id {
                        writer.raw(",\"id\":")
                        writer.string(id)
                    }
                    writer.raw(.closeBrace)
                }
            }
            if let attributions = document.attributions {
                writer.raw(",\"attributions\":")
                writeArray(attributions, to: &writer) { attribution, writer in
                    writer.raw(.openBrace)
                    span(attribution.range, &writer)
                    writer.raw(",\"source\":")
                    writer.string(attribution.source)
                    writer.raw(",\"cue\":")
                    writer.string(attribution.cue)
                    writer.raw(",\"kind\":")
                    writer.string(attribution.kind.rawValue)
                    writer.raw(",\"sentence\":")
                    writer.int(attribution.sentence)
                    if let sourceID = attribution.sourceID {
                        writer.raw(",\"source_id\":")
                        writer.string(sourceID)
                    }
                    if let cueRange = attribution.cueRange {
                        writer.raw(",\"cue_start\":")
                        writer.int(index.codePoint(cueRange.start))
                        writer.raw(",\"cue_end\":")
                        writer.int(index.codePoint(cueRange.end))
                    }
                    writer.raw(.closeBrace)
                }
            }
            if let keywords = document.keywords {
                writer.raw(",\"keywords\":")
                writeArray(keywords, to: &writer) { keyword, writer in
                    writer.raw("{\"text\":")
                    writer.string(keyword.text)
                    writer.raw(",\"score\":")
                    writer.double(keyword.score)
                    writer.raw(.closeBrace)
                }
            }
            if let summary = document.summary {
                writer.raw(",\"summary\":")
                writeArray(summary, to: &writer) { sentence, writer in writer.int(sentence) }
            }
            for (key, value) in document.fields {
                writer.raw(.comma)
                writer.key(key)
                writer.value(value)
            }
            for (key, rawJSON) in document.passthrough.fields {
                writer.raw(.comma)
                writer.key(key)
                writer.raw(rawJSON)
            }
            writer.raw("}\n")
        }
    }

    /// Appends an error record: `{"schema":1,"id":…,"error":{"line":N,"message":"…"}}` plus the
    /// passthrough fields that could be read.
    public func writeError(
        id: DocumentID, line: Int?, message: String, passthrough: PassthroughFields, to writer: inout JSONWriter
    ) {
        writer.raw("{\"schema\":")
        writer.int(Self.schema)
        writer.raw(",\"id\":")
        writeID(id, to: &writer)
        writer.raw(",\"error\":{")
        if let line {
            writer.raw("\"line\":")
            writer.int(line)
            writer.raw(.comma)
        }
        writer.raw("\"message\":")
        writer.string(message)
        writer.raw(.closeBrace)
        for (key, rawJSON) in passthrough.fields {
            writer.raw(.comma)
            writer.key(key)
            writer.raw(rawJSON)
        }
        writer.raw("}\n")
    }

    private func writeID(_ id: DocumentID, to writer: inout JSONWriter) {
        switch id {
        case .string(let s): writer.string(s)
        case .number(let n): writer.raw(n.utf8)
        }
    }

    private func write(_ digest: DigestInfo, to writer: inout JSONWriter) {
        writer.raw(.openBrace)
        if let title = digest.title {
            writer.raw("\"title\":")
            writer.string(title)
            writer.raw(.comma)
        }
        if let date = digest.date {
            writer.raw("\"date\":")
            writer.string(date)
            writer.raw(.comma)
        }
        writer.raw("\"article\":")
        writer.int(digest.article)
        writer.raw(",\"articles\":")
        writer.int(digest.articles)
        for (key, value) in digest.fields {
            writer.raw(.comma)
            writer.key(key)
            writer.value(value)
        }
        writer.raw(.closeBrace)
    }

    private func writeArray<Element>(
        _ elements: [Element], to writer: inout JSONWriter, _ body: (Element, inout JSONWriter) -> Void
    ) {
        writer.raw(.openBracket)
        for (position, element) in elements.enumerated() {
            if position > 0 { writer.raw(.comma) }
            body(element, &writer)
        }
        writer.raw(.closeBracket)
    }
}
