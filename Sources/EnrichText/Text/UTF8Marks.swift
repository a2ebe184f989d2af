import EnrichCore

/// What the sentence and token rules ask of the bytes around a position: whitespace runs, line
/// breaks, closing and opening quotes or brackets, and the case of a letter. Offsets are UTF-8
/// byte offsets; every helper reads valid UTF-8 only.
extension UnsafeBufferPointer<UInt8> {
    /// Whether `range` holds a line break: LF, CR, VT, FF, NEL, U+2028 or U+2029.
    func containsLineBreak(_ range: Range<Int>) -> Bool {
        for offset in range {
            let byte = self[offset]
            if (0x0A...0x0D).contains(byte) { return true }
            if byte == 0x85 && offset > 0 && self[offset - 1] == 0xC2 { return true }
            if (byte == 0xA8 || byte == 0xA9) && offset > 1 && self[offset - 1] == 0x80 && self[offset - 2] == 0xE2 {
                return true
            }
        }
        return false
    }

    /// The offset where the scalar ending at `end` starts.
    func scalarStart(endingAt end: Int) -> Int {
        var start = end - 1
        while start > 0 && self[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The width of the closing quote or bracket ending at `end` (`"` `'` `)` `]` `}` `”` `’` `»` `›`), or nil.
    func closerWidth(endingAt end: Int) -> Int? {
        guard end > 0 else { return nil }
        let last = self[end - 1]
        switch last {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return 1
        case 0xBB: return end >= 2 && self[end - 2] == 0xC2 ? 2 : nil
        case 0x99, 0x9D: return end >= 3 && self[end - 2] == 0x80 && self[end - 3] == 0xE2 ? 3 : nil
        case 0xBA: return end >= 3 && self[end - 2] == 0x80 && self[end - 3] == 0xE2 ? 3 : nil
        default: return nil
        }
    }

    /// Whether the character at `offset` opens a quote or bracket (`"` `'` `(` `[` `{` `“` `‘` `«`).
    func isOpener(at offset: Int) -> Bool {
        switch self[offset] {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B: return true
        case 0xE2: return offset + 2 < count && self[offset + 1] == 0x80 && (self[offset + 2] == 0x9C || self[offset + 2] == 0x98)
        case 0xC2: return offset + 1 < count && self[offset + 1] == 0xAB
        default: return false
        }
    }

    /// Whether the scalar at `offset` is an uppercase letter (any script); false at the end of the text.
    func isUppercaseLetter(at offset: Int) -> Bool {
        guard offset < count else { return false }
        let byte = self[offset]
        if byte < 0x80 { return byte.isASCIIUpper }
        return NonASCIILetters.isUppercase(scalar(at: offset).value)
    }

    /// Whether the scalar at `offset` is a lowercase letter (any script); false at the end of the text.
    func isLowercaseLetter(at offset: Int) -> Bool {
        guard offset < count else { return false }
        let byte = self[offset]
        if byte < 0x80 { return byte.isASCIILower }
        return NonASCIILetters.isLowercase(scalar(at: offset).value)
    }

    /// Whether the scalar at `offset` is a letter (any script); false at the end of the text.
    func isLetter(at offset: Int) -> Bool {
        guard offset < count else { return false }
        let byte = self[offset]
        if byte < 0x80 { return byte.isASCIILetter }
        return NonASCIILetters.isLetter(scalar(at: offset).value)
    }

    /// The end of the run of letters (any script) that starts at `offset`.
    func letterRunEnd(from offset: Int) -> Int {
        var position = offset
        while position < count, isLetter(at: position) { position += scalar(at: position).width }
        return position
    }
}

/// The letter tests for characters outside ASCII, each a function of its own: asking the standard
/// library for a scalar's properties costs a type metadata lookup per call, which the ASCII paths
/// of the tests above must not pay.
private enum NonASCIILetters {
    @inline(never)
    static func isUppercase(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    @inline(never)
    static func isLowercase(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isLowercase ?? false
    }

    @inline(never)
    static func isLetter(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isAlphabetic ?? false
    }
}
