/// Appends JSON to a byte buffer. Strings are escaped per RFC 8259 plus U+2028 and U+2029
/// (which break JavaScript and some line-based readers); runs that need no escaping are copied
/// in one go. No `String` is built on the way.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends bytes that are already JSON.
    public mutating func raw(_ json: some Collection<UInt8>) { bytes.append(contentsOf: json) }
    public mutating func raw(_ byte: UInt8) { bytes.append(byte) }
    public mutating func raw(_ ascii: StaticString) {
        ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"key":` (the key must need no escaping beyond what `string` does).
    public mutating func key(_ key: String) {
        string(key)
        bytes.append(.colon)
    }

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// A JSON string from UTF-8 bytes, which must be valid UTF-8.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(.quote)
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            if index + 8 <= count {
                let word = ByteScanning.load(utf8, index)
                if !ByteScanning.hasByteBelow(word, 0x20) && !ByteScanning.hasByte(word, .quote)
                    && !ByteScanning.hasByte(word, .backslash) && !ByteScanning.hasByte(word, 0xE2)
                {
                    index += 8
                    continue
                }
            }
            let byte = utf8[index]
            if byte >= 0x20 && byte != .quote && byte != .backslash && byte != 0xE2 {
                index += 1
                continue
            }
            if byte == 0xE2 {
                // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
                guard index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] & 0xFE == 0xA8 else {
                    index += 1
                    continue
                }
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            switch byte {
            case .quote: raw("\\\"")
            case .backslash: raw("\\\\")
            case .newline: raw("\\n")
            case .carriageReturn: raw("\\r")
            case .tab: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0xE2:
                raw(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 2
            default:
                raw("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            }
            index += 1
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
        bytes.append(.quote)
    }

    public mutating func int(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        // Digits are written right to left into a stack buffer, then appended in one copy.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var position = buffer.count
            var magnitude = value.magnitude
            repeat {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "-")
            }
            let written = UnsafeRawBufferPointer(rebasing: buffer[position...])
            bytes.append(contentsOf: written.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// A finite number, rounded to `digits` decimals so that output is stable and short.
    public mutating func double(_ value: Double, digits: Int = 4) {
        guard value.isFinite else {
            raw("null")
            return
        }
        let scale = Double(Self.powersOfTen[digits])
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(.towardZero) && abs(rounded) < 1e15 {
            int(Int(rounded))
            return
        }
        raw(String(rounded).utf8)
    }

    public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }
    public mutating func null() { raw("null") }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .double(let d): double(d)
        case .string(let s): string(s)
        case .array(let items):
            bytes.append(.openBracket)
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(.comma) }
                self.value(item)
            }
            bytes.append(.closeBracket)
        case .object(let members):
            bytes.append(.openBrace)
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(.comma) }
                key(member.key)
                self.value(member.value)
            }
            bytes.append(.closeBrace)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    private static let powersOfTen = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]
}

extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
}
