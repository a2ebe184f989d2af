/// Reads one `--input jsonl` line: `text` (required string), `id` (optional string or number),
/// and every other top-level field kept as raw JSON for passthrough, except fields named like
/// enrich's own output fields (`reservedKeys`), which are dropped so that gold annotations fed
/// back in can never pass for output.
public struct JSONLineDecoder: Sendable {
    /// Output field names that an input field may never fill.
    public static let reservedKeys: Set<String> = [
        "schema", "title", "digest", "sentences", "tokens", "entities", "attributions", "keywords",
        "summary", "error",
    ]

    /// A decoded line.
    public struct Line: Sendable {
        public var id: DocumentID?
        public var text: String
        public var passthrough: PassthroughFields
    }

    /// Why a line could not be read. `passthrough` holds the fields read before the problem
    /// (for error records) and `id` the line's id when it was found.
    public struct Failure: Error {
        public var message: String
        public var id: DocumentID?
        public var passthrough: PassthroughFields
    }

    public init() {}

    /// Every string in the line is checked to be valid UTF-8 as it is read (bytes outside strings
    /// must be ASCII JSON syntax anyway), so the line is validated once, not twice.
    public func decode(_ line: UnsafeBufferPointer<UInt8>) throws(Failure) -> Line {
        var parser = Parser(bytes: line)
        var id: DocumentID?
        var text: String?
        var textProblem: String?
        var passthrough = PassthroughFields()
        do {
            parser.skipWhitespace()
            try parser.expect(.openBrace)
            parser.skipWhitespace()
            if parser.peek() == .closeBrace {
                parser.position += 1
            } else {
                while true {
                    parser.skipWhitespace()
                    let key = try parser.string()
                    parser.skipWhitespace()
                    try parser.expect(.colon)
                    parser.skipWhitespace()
                    let valueStart = parser.position
                    switch key {
                    case "text":
                        if parser.peek() == .quote {
                            text = try parser.string()
                            textProblem = nil
                        } else {
                            try parser.skipValue()
                            text = nil
                            textProblem = "\"text\" is not a string"
                        }
                    case "id":
                        if parser.peek() == .quote {
                            id = .string(try parser.string())
                        } else {
                            try parser.skipValue()
                            let raw = String(decoding: UnsafeBufferPointer(rebasing: line[valueStart..<parser.position]), as: UTF8.self)
                            guard let first = raw.utf8.first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else {
                                throw Failure(message: "\"id\" must be a string or a number", id: nil, passthrough: passthrough)
                            }
                            id = .number(raw)
                        }
                    default:
                        try parser.skipValue()
                        if !Self.reservedKeys.contains(key) {
                            passthrough.append(key: key, rawJSON: Array(line[valueStart..<parser.position]))
                        }
                    }
                    parser.skipWhitespace()
                    if parser.peek() == .comma {
                        parser.position += 1
                        continue
                    }
                    try parser.expect(.closeBrace)
                    break
                }
            }
            parser.skipWhitespace()
            if parser.position != line.count { throw Parser.Problem("unexpected data after the object") }
        } catch let problem as Parser.Problem where problem.isInvalidUTF8 {
            throw Failure(message: "invalid UTF-8", id: id, passthrough: passthrough)
        } catch let problem as Parser.Problem {
            throw Failure(message: "broken JSON at byte \(parser.position + 1): \(problem.message)", id: id,
                          passthrough: passthrough)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "\(error)", id: id, passthrough: passthrough)
        }
        if let textProblem {
            throw Failure(message: textProblem, id: id, passthrough: passthrough)
        }
        guard let text else {
            throw Failure(message: "no \"text\" field", id: id, passthrough: passthrough)
        }
        return Line(id: id, text: text, passthrough: passthrough)
    }
}

/// A strict RFC 8259 reader over bytes that decodes strings and skips other values.
private struct Parser {
    struct Problem: Error {
        let message: String
        init(_ message: String) { self.message = message }

        static let invalidUTF8 = Problem("invalid UTF-8")
        var isInvalidUTF8: Bool { message == Problem.invalidUTF8.message }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case .space, .tab, .newline, .carriageReturn: position += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8) throws(Problem) {
        guard peek() == byte else {
            throw Problem(peek() == nil ? "unexpected end of line" : "expected '\(Character(Unicode.Scalar(byte)))'")
        }
        position += 1
    }

    /// Reads a string and returns it decoded. Its bytes are checked to be valid UTF-8 while the
    /// string's end is searched for, so the String is made without validating them again.
    mutating func string() throws(Problem) -> String {
        try expect(.quote)
        let start = position
        var isASCII = true
        let end = try plainRunEnd(isASCII: &isASCII)
        if bytes[end] == .quote {
            position = end + 1
            return String(validatedUTF8: UnsafeBufferPointer(rebasing: bytes[start..<end]), isASCII: isASCII)
        }
        // Every escape is longer than what it decodes to, so the rest of the line bounds the text.
        let decoded = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - start)
        defer { decoded.deallocate() }
        var length = end - start
        decoded.initialize(from: bytes.baseAddress! + start, count: length)
        position = end
        while true {
            let scalar = try unescape()
            if !scalar.isASCII { isASCII = false }
            length += Self.encode(scalar, into: decoded + length)
            let runStart = position
            position = try plainRunEnd(isASCII: &isASCII)
            (decoded + length).initialize(from: bytes.baseAddress! + runStart, count: position - runStart)
            length += position - runStart
            if bytes[position] == .quote {
                position += 1
                return String(validatedUTF8: UnsafeBufferPointer(start: decoded, count: length), isASCII: isASCII)
            }
        }
    }

    /// Writes `scalar` as UTF-8 at `destination`; returns its byte count.
    private static func encode(_ scalar: Unicode.Scalar, into destination: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        for byte in UTF8.encode(scalar)! {
            destination[count] = byte
            count += 1
        }
        return count
    }

    /// Skips a string, checking that it is valid UTF-8, without decoding it.
    mutating func skipString() throws(Problem) {
        try expect(.quote)
        var isASCII = true
        while true {
            position = try plainRunEnd(isASCII: &isASCII)
            if bytes[position] == .quote {
                position += 1
                return
            }
            _ = try unescape()
        }
    }

    /// The offset of the next quote or backslash from `position`, scanning 8 bytes at a time and
    /// checking on the way that the bytes are valid UTF-8 (clearing `isASCII` at the first
    /// non-ASCII scalar); a control character on the way is an error.
    private func plainRunEnd(isASCII: inout Bool) throws(Problem) -> Int {
        var index = position
        let count = bytes.count
        let ones = ByteScanning.ones
        while index < count {
            if index + 8 <= count {
                let word = ByteScanning.load(bytes, index)
                let quotes = word ^ (ones &* UInt64(UInt8.quote))
                let backslashes = word ^ (ones &* UInt64(UInt8.backslash))
                // The lowest flag is exact (higher ones may be false), so jump to its byte.
                let flags = ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes
                    | (word &- ones &* 0x20) & ~word | word) & ByteScanning.highBits
                if flags == 0 {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount >> 3
            }
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let width = ByteScanning.validScalarWidth(bytes, at: index) else { throw .invalidUTF8 }
                isASCII = false
                index += width
                continue
            }
            if byte == .quote || byte == .backslash { return index }
            if byte < 0x20 { throw Problem("control character in a string") }
            index += 1
        }
        throw Problem("unterminated string")
    }

    /// Decodes the escape at `position` (a backslash).
    private mutating func unescape() throws(Problem) -> Unicode.Scalar {
        position += 1
        guard let escape = peek() else { throw Problem("unterminated string") }
        position += 1
        switch escape {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar), peek() == .backslash,
                position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u")
            {
                let save = position
                position += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    position = save
                }
            }
            // A lone surrogate cannot be UTF-8: it becomes U+FFFD, as in most JSON readers.
            return Unicode.Scalar(scalar) ?? "\u{FFFD}"
        default:
            throw Problem("invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
        }
    }

    private mutating func hex4() throws(Problem) -> UInt32 {
        guard position + 4 <= bytes.count else { throw Problem("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw Problem("bad hex digit in \\u escape")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    mutating func skipValue(depth: Int = 0) throws(Problem) {
        guard depth < 512 else { throw Problem("nested too deeply") }
        guard let byte = peek() else { throw Problem("unexpected end of line") }
        switch byte {
        case .quote:
            try skipString()
        case .openBrace:
            position += 1
            skipWhitespace()
            if peek() == .closeBrace {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                try skipString()
                skipWhitespace()
                try expect(.colon)
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek() == .comma {
                    position += 1
                    continue
                }
                try expect(.closeBrace)
                return
            }
        case .openBracket:
            position += 1
            skipWhitespace()
            if peek() == .closeBracket {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek() == .comma {
                    position += 1
                    continue
                }
                try expect(.closeBracket)
                return
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Problem) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw Problem("unexpected end of line") }
        for i in 0..<count where bytes[position + i] != word.utf8Start[i] {
            throw Problem("invalid literal")
        }
        position += count
    }

    private mutating func number() throws(Problem) {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        func digits() -> Int {
            let from = position
            while let b = peek(), (0x30...0x39).contains(b) { position += 1 }
            return position - from
        }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0 else { throw Problem("invalid value") }
        if integerDigits > 1 && bytes[integerStart] == 0x30 { throw Problem("leading zero in a number") }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw Problem("invalid number") }
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw Problem("invalid number") }
        }
        guard position > start else { throw Problem("invalid value") }
    }
}
