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
                writer.raw(",\"sentences\":[")
                for position in sentences.indices {
                    if position > 0 { writer.raw(.comma) }
                    writer.raw(.openBrace)
                    writeSpan(sentences[position], index, to: &writer)
                    writer.raw(.closeBrace)
                }
                writer.raw(.closeBracket)
            }
            if includeTokens, let tokens = document.tokens {
                writer.raw(",\"tokens\":[")
                for position in tokens.indices {
                    if position > 0 { writer.raw(.comma) }
                    writer.raw(.openBrace)
                    writeSpan(tokens[position].range, index, to: &writer)
                    writer.raw(",\"kind\":")
                    writer.string(tokens[position].kind.description)
                    writer.raw(.closeBrace)
                }
                writer.raw(.closeBracket)
            }
            if let entities = document.entities {
                writer.raw(",\"entities\":[")
                // Elements are read in place, without copying (and retaining) their strings.
                entities.withUnsafeBufferPointer { entities in
                    for position in entities.indices {
                        if position > 0 { writer.raw(.comma) }
                        write(entities[position], utf8, index, to: &writer)
                    }
                }
                writer.raw(.closeBracket)
            }
            if let attributions = document.attributions {
                writer.raw(",\"attributions\":[")
                attributions.withUnsafeBufferPointer { attributions in
                    for position in attributions.indices {
                        if position > 0 { writer.raw(.comma) }
                        write(attributions[position], index, to: &writer)
                    }
                }
                writer.raw(.closeBracket)
            }
            if let keywords = document.keywords {
                writer.raw(",\"keywords\":[")
                keywords.withUnsafeBufferPointer { keywords in
                    for position in keywords.indices {
                        if position > 0 { writer.raw(.comma) }
                        writer.raw("{\"text\":")
                        writer.string(keywords[position].text)
                        writer.raw(",\"score\":")
                        writer.double(keywords[position].score)
                        writer.raw(.closeBrace)
                    }
                }
                writer.raw(.closeBracket)
            }
            if let summary = document.summary {
                writer.raw(",\"summary\":[")
                for position in summary.indices {
                    if position > 0 { writer.raw(.comma) }
                    writer.int(summary[position])
                }
                writer.raw(.closeBracket)
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

    /// `"start":…,"end":…` in code points.
    @inline(__always)
    private func writeSpan(_ range: TextRange, _ index: CodePointIndex, to writer: inout JSONWriter) {
        writer.raw("\"start\":")
        writer.int(index.codePoint(range.start))
        writer.raw(",\"end\":")
        writer.int(index.codePoint(range.end))
    }

    /// Inlined, so that the entity's fields are read in place rather than from a copy.
    @inline(__always)
    private func write(
        _ entity: Entity, _ utf8: UnsafeBufferPointer<UInt8>, _ index: CodePointIndex, to writer: inout JSONWriter
    ) {
        writer.raw(.openBrace)
        writeSpan(entity.range, index, to: &writer)
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

    /// Inlined, so that the attribution's fields are read in place rather than from a copy.
    @inline(__always)
    private func write(_ attribution: Attribution, _ index: CodePointIndex, to writer: inout JSONWriter) {
        writer.raw(.openBrace)
        writeSpan(attribution.range, index, to: &writer)
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
}
