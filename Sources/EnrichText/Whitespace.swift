/// Whitespace tests on UTF-8 bytes: ASCII space, tab, CR, LF, VT, FF, and the Unicode spaces
/// news text carries (NBSP U+00A0, U+2000–U+200B, U+2028/2029, U+202F, U+205F, U+3000, U+FEFF).

/// The byte width of the whitespace character starting at `offset`, or nil.
func whitespaceWidth(in utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    let byte = utf8[offset]
    if byte < 0x80 { return isASCIISpace(byte) ? 1 : nil }
    let scalar = decodeScalar(in: utf8, at: offset)
    return isUnicodeSpace(scalar.value) ? scalar.width : nil
}

/// The byte width of the whitespace character ending at `end`, or nil.
func whitespaceWidth(in utf8: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
    var start = end - 1
    while start > 0 && utf8[start] & 0xC0 == 0x80 { start -= 1 }
    guard let width = whitespaceWidth(in: utf8, at: start), start + width == end else { return nil }
    return width
}

@inline(__always)
func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
}

func isUnicodeSpace(_ value: UInt32) -> Bool {
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
    default: false
    }
}

/// The scalar starting at `offset` of valid UTF-8, with its byte width.
func decodeScalar(in utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, width: Int) {
    let lead = UInt32(utf8[offset])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F), 2) }
    if lead < 0xF0 {
        return ((lead & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F), 3)
    }
    return ((lead & 0x07) << 18 | UInt32(utf8[offset + 1] & 0x3F) << 12 | UInt32(utf8[offset + 2] & 0x3F) << 6
        | UInt32(utf8[offset + 3] & 0x3F), 4)
}
