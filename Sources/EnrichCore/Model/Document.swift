/// A document being enriched: its text and every annotation the stages have added so far.
///
/// All spans are UTF-8 byte offsets into `text` (see `TextRange`). A layer that no stage has
/// produced is `nil` and is left out of the output; a layer that found nothing is `[]`.
public struct Document: Sendable {
    public var id: DocumentID
    /// The text every span refers to. For an article of a split digest, the article body.
    public var text: String
    /// The article's headline, when it has one.
    public var title: String?
    /// Where the article came from, when a digest was split.
    public var digest: DigestInfo?

    public var sentences: [TextRange]?
    public var tokens: [Token]?
    public var entities: [Entity]?
    public var attributions: [Attribution]?
    public var keywords: [Keyword]?
    /// Indices into `sentences`, ascending.
    public var summary: [Int]?

    /// Output fields added by stages that have no dedicated property (e.g. a custom stage's
    /// `"sentiment"`), written after the standard fields in this order.
    public var fields: [(key: String, value: JSONValue)]
    /// Input fields copied unchanged into the output (`--input jsonl`), as raw JSON.
    public var passthrough: PassthroughFields

    public init(id: DocumentID, text: String, passthrough: PassthroughFields = PassthroughFields()) {
        self.id = id
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        self.fields = []
        self.passthrough = passthrough
    }

    /// The UTF-8 bytes of `range` as a String.
    public func substring(_ range: TextRange) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.start)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without copying them.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        return try Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Sets the output field `key`, replacing an earlier value of the same key in place.
    public mutating func setField(_ key: String, _ value: JSONValue) {
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].value = value
        } else {
            fields.append((key, value))
        }
    }
}

/// Input fields to copy into every output record made from one input line, each kept as the
/// raw JSON bytes of its value so that numbers, nesting and escapes survive unchanged.
public struct PassthroughFields: Sendable, Equatable {
    public private(set) var fields: [(key: String, rawJSON: [UInt8])] = []

    public init() {}

    public mutating func append(key: String, rawJSON: [UInt8]) {
        fields.append((key, rawJSON))
    }

    public var isEmpty: Bool { fields.isEmpty }

    public static func == (lhs: PassthroughFields, rhs: PassthroughFields) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.key == $1.key && $0.rawJSON == $1.rawJSON }
    }
}
