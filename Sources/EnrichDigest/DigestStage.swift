import EnrichCore

/// Splits a digest into its articles: one record per article, with the headline as `title`,
/// the body as `text` and the digest's metadata in `digest` (CONTRACT.md). A text that is not a
/// digest stays one record, titled when its first line is clearly a headline.
public struct DigestStage: Stage {
    public let provides: Set<Layer> = [.articles]
    public let mode: SplitMode

    public init(mode: SplitMode = .auto) {
        self.mode = mode
    }

    public func process(_ documents: inout [Document]) {
        guard mode != .none else { return }
        documents = documents.flatMap(split)
    }

    /// The records `document` becomes.
    public func split(_ document: Document) -> [Document] { splitting(document).records }

    /// The records `document` becomes, and the recognised boilerplate (markup and cues) that
    /// none of them holds.
    func splitting(_ document: Document) -> (records: [Document], boilerplate: [String]) {
        document.withUTF8 { bytes in
            let parser = DigestParser(bytes)
            let layout = parser.parse()
            if mode == .digest || looksLikeDigest(layout, bytes: bytes) {
                let records = articles(of: document, layout: layout, bytes: bytes)
                if !records.isEmpty { return (records, layout.boilerplate.map(bytes.string)) }
            }
            if mode == .digest {
                return ([wholeArticle(document)], [])
            }
            return titled(document, parser: parser)
        }
    }

    /// At least two articles and features only digests have (a teaser, "Source:" lines, outlet
    /// headers, a digest title...); or three articles or more, all with title-case headlines;
    /// or a single article under a digest title with such features.
    private func looksLikeDigest(_ layout: DigestLayout, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let articleCount = layout.articleCount
        if articleCount >= 2 && layout.hasDigestSignals { return true }
        if articleCount >= 3 {
            return layout.digests.allSatisfy { digest in
                digest.articles.allSatisfy { article in article.title.map { LineShape(bytes, $0).isTitleCase } ?? false }
            }
        }
        return articleCount == 1 && layout.hasDigestSignals && layout.digests.first?.title != nil
    }

    private func articles(of document: Document, layout: DigestLayout, bytes: UnsafeBufferPointer<UInt8>) -> [Document] {
        var records: [Document] = []
        records.reserveCapacity(layout.articleCount)
        let template = emptied(document)
        for digest in layout.digests {
            let title = digest.title.map(bytes.string)
            let date = digest.date.map(bytes.string)
            let digestFields = FieldValues(digest.fields, bytes: bytes)
            for (index, article) in digest.articles.enumerated() {
                var record = template
                record.id = document.id.article(records.count + 1)
                record.text = joined(article.body, of: document, bytes: bytes)
                record.title = article.title.map(bytes.string)
                record.digest = DigestInfo(
                    title: title, date: date, article: index + 1, articles: digest.articles.count,
                    fields: digestFields.merged(with: article.fields, bytes: bytes))
                records.append(record)
            }
        }
        return records
    }

    /// `--split digest` on a text without articles: the whole text as one article.
    private func wholeArticle(_ document: Document) -> Document {
        var record = emptied(document)
        record.id = document.id.article(1)
        record.digest = DigestInfo(article: 1, articles: 1)
        return record
    }

    /// A text that is not a digest: the same record, with its first line as `title` (and out
    /// of `text`) when that line is clearly a headline; and the markup left out of the title
    /// ("##", "**").
    private func titled(_ document: Document, parser: DigestParser) -> (records: [Document], boilerplate: [String]) {
        let lines = parser.lines
        guard lines.count >= 2, lines[0].note == nil, let title = lines[0].kind.headlineText, isClearHeadline(parser) else {
            return ([document], [])
        }
        let bytes = parser.bytes
        var record = emptied(document)
        record.title = bytes.string(title)
        record.text = document.substring(TextRange(lines[1].content.lowerBound..<bytes.count))
        let markup = [lines[0].content.lowerBound..<title.lowerBound, title.upperBound..<lines[0].content.upperBound]
            .map(bytes.trimmedRange).filter { !$0.isEmpty }.map(bytes.string)
        return ([record], markup)
    }

    /// The first line is a short capitalised line, not a sentence, followed by prose after a
    /// blank line (or in title case).
    private func isClearHeadline(_ parser: DigestParser) -> Bool {
        let first = parser.lines[0]
        switch first.kind {
        case .heading, .text: break
        default: return false
        }
        let next = parser.lines[1]
        let nextIsProse = next.shape.isProse || { if case .byline = next.kind { true } else { false } }()
        return first.shape.isHeadlineLike && !first.shape.isProse && nextIsProse
            && (next.blanksBefore >= 1 || first.shape.isTitleCase)
    }

    /// A copy of `document` (id, passthrough, fields) without annotations.
    private func emptied(_ document: Document) -> Document {
        var record = Document(id: document.id, text: document.text, passthrough: document.passthrough)
        record.fields = document.fields
        return record
    }

    /// The body paragraphs as one text, runs that were not adjacent separated by a blank line
    /// (a single run is sliced from the document's text, without decoding its bytes again).
    private func joined(_ ranges: [Range<Int>], of document: Document, bytes: UnsafeBufferPointer<UInt8>) -> String {
        if ranges.count == 1 { return document.substring(TextRange(ranges[0])) }
        var text: [UInt8] = []
        for range in ranges {
            if !text.isEmpty { text.append(contentsOf: [0x0A, 0x0A]) }
            text.append(contentsOf: bytes[range])
        }
        return text.withUnsafeBufferPointer { String(validatedUTF8: $0) }
    }

}

/// Metadata values grouped by key, in `DigestField` order, each decoded once: a digest's own
/// values are built once and shared by all its articles' records (so the writer also encodes
/// a shared list once).
private struct FieldValues {
    private static let keys = DigestField.allCases
    private var values: [[JSONValue]]
    /// The JSON value of each key on its own: an array for list fields and repeated fields.
    private var combined: [JSONValue?]

    init(_ found: [DigestLayout.Field], bytes: UnsafeBufferPointer<UInt8>) {
        var values = [[JSONValue]](repeating: [], count: Self.keys.count)
        for field in found {
            if let position = Self.keys.firstIndex(of: field.key) { values[position].append(.string(bytes.string(field.value))) }
        }
        self.values = values
        combined = values.indices.map { Self.value(of: $0, values[$0]) }
    }

    private static func value(of position: Int, _ values: [JSONValue]) -> JSONValue? {
        if values.isEmpty { return nil }
        return keys[position].isList || values.count > 1 ? .array(values) : values[0]
    }

    /// The record's `digest` fields: these values, then the values of `articleFields` of the
    /// same key after them (an article has few fields, so they are looked up in place).
    func merged(with articleFields: [DigestLayout.Field], bytes: UnsafeBufferPointer<UInt8>) -> [(key: String, value: JSONValue)] {
        var fields: [(key: String, value: JSONValue)] = []
        fields.reserveCapacity(Self.keys.count)
        for position in Self.keys.indices {
            let key = Self.keys[position]
            var value = combined[position]
            if articleFields.contains(where: { $0.key == key }) {
                var merged = values[position]
                for field in articleFields where field.key == key { merged.append(.string(bytes.string(field.value))) }
                value = Self.value(of: position, merged)
            }
            if let value { fields.append((key.rawValue, value)) }
        }
        return fields
    }
}
