/// One input document as read, before decoding: the reader only splits the input; workers
/// decode and enrich in parallel.
public enum RawInput: Sendable {
    /// A whole plain-text document (stdin or a file), named by `source` in messages.
    case text(id: DocumentID, source: String, bytes: [UInt8])
    /// One line of `--input jsonl`.
    case jsonLine(source: String, line: Int, bytes: [UInt8])
    /// A document that could not be read at all (too large, unreadable file).
    case unreadable(id: DocumentID, source: String, line: Int?, message: String)

    /// Input bytes this item stands for, for progress and batching.
    public var byteCount: Int {
        switch self {
        case .text(_, _, let bytes), .jsonLine(_, _, let bytes): bytes.count
        case .unreadable: 0
        }
    }

    /// A decoded document, or why it cannot be one.
    public enum Decoded {
        case document(Document)
        case failure(DocumentFailure)
    }

    /// Decodes the item: UTF-8 validation, BOM removal for text, JSON for lines.
    public func decode(using decoder: JSONLineDecoder = JSONLineDecoder()) -> Decoded {
        switch self {
        case let .text(id, source, bytes):
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            let text = body.withUnsafeBufferPointer { utf8 in
                ByteScanning.isASCIIIfValidUTF8(utf8).map { String(validatedUTF8: utf8, isASCII: $0) }
            }
            guard let text else {
                let offset = Self.firstInvalidUTF8(in: bytes)
                return .failure(DocumentFailure(id: id, source: source, line: nil,
                                                message: "invalid UTF-8 at byte \(offset)"))
            }
            return .document(Document(id: id, text: text))
        case let .jsonLine(source, line, bytes):
            do {
                let decoded = try bytes.withUnsafeBufferPointer { buffer throws(JSONLineDecoder.Failure) in
                    try decoder.decode(buffer)
                }
                return .document(Document(id: decoded.id ?? .number(String(line)), text: decoded.text,
                                          passthrough: decoded.passthrough))
            } catch {
                return .failure(DocumentFailure(id: error.id ?? .number(String(line)), source: source, line: line,
                                                message: error.message, passthrough: error.passthrough))
            }
        case let .unreadable(id, source, line, message):
            return .failure(DocumentFailure(id: id, source: source, line: line, message: message))
        }
    }

    private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }
}

/// A document that was skipped, recorded or stopped the run: what and where, for the stderr
/// line and the error record.
public struct DocumentFailure: Error, Sendable {
    public var id: DocumentID
    public var source: String
    public var line: Int?
    public var message: String
    public var passthrough: PassthroughFields

    public init(id: DocumentID, source: String, line: Int?, message: String,
                passthrough: PassthroughFields = PassthroughFields()) {
        self.id = id
        self.source = source
        self.line = line
        self.message = message
        self.passthrough = passthrough
    }

    /// "stdin:3: invalid UTF-8" — the input, the line when there is one, and the reason.
    public var location: String {
        line.map { "\(source):\($0)" } ?? source
    }
}
