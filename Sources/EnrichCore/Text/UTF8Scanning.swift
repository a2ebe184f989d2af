/// Scanning helpers on UTF-8 bytes, shared by the stages.
///
/// Whitespace means ASCII space, tab, CR, LF, VT and FF, and the Unicode spaces news text
/// carries: NEL U+0085, NBSP U+00A0, U+1680, U+2000–U+200B, U+2028/2029, U+202F, U+205F, U+3000
/// and U+FEFF.
extension UnsafeBufferPointer<UInt8> {
    /// The byte width of the whitespace character starting at `offset`, or nil.
    public func whitespaceWidth(at offset: Int) -> Int? {
        let byte = self[offset]
        if byte < 0x80 { return byte.isASCIISpace ? 1 : nil }
        let scalar = scalar(at: offset)
        return Self.isUnicodeSpace(scalar.value) ? scalar.width : nil
    }

    /// The byte width of the whitespace character ending at `end`, or nil.
    public func whitespaceWidth(endingAt end: Int) -> Int? {
        var start = end - 1
        while start > 0 && self[start] & 0xC0 == 0x80 { start -= 1 }
        guard let width = whitespaceWidth(at: start), start + width == end else { return nil }
        return width
    }

    /// The scalar starting at `offset` (which must start a scalar of valid UTF-8), with its byte
    /// width. Inlinable: the stages call it in their byte loops.
    @inlinable
    public func scalar(at offset: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(self[offset])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(self[offset + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(self[offset + 1] & 0x3F) << 6 | UInt32(self[offset + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(self[offset + 1] & 0x3F) << 12 | UInt32(self[offset + 2] & 0x3F) << 6
            | UInt32(self[offset + 3] & 0x3F), 4)
    }

    /// `range` without leading and trailing whitespace, or nil when nothing is left.
    public func trimmed(_ range: Range<Int>) -> TextRange? {
        let start = skippingWhitespace(from: range.lowerBound)
        guard start < range.upperBound else { return nil }
        return TextRange(start: start, end: trimmingWhitespace(backFrom: range.upperBound, floor: start))
    }

    /// The first offset at or after `offset` that is not whitespace (`count` when none is).
    /// ASCII bytes are decided without a call; inlinable, for the stages' byte loops.
    @inlinable @inline(__always)
    public func skippingWhitespace(from offset: Int) -> Int {
        var position = offset
        while position < count {
            let byte = self[position]
            if byte < 0x80 {
                guard byte.isASCIISpace else { break }
                position += 1
            } else {
                guard let width = whitespaceWidth(at: position) else { break }
                position += width
            }
        }
        return position
    }

    /// The offset after the last non-whitespace character before `offset`, not going below `floor`.
    @inlinable @inline(__always)
    public func trimmingWhitespace(backFrom offset: Int, floor: Int = 0) -> Int {
        var position = offset
        while position > floor {
            let byte = self[position - 1]
            if byte < 0x80 {
                guard byte.isASCIISpace else { break }
                position -= 1
            } else {
                guard let width = whitespaceWidth(endingAt: position) else { break }
                position -= width
            }
        }
        return position
    }

    static func isUnicodeSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}

extension UInt8 {
    /// Space, tab, LF, VT, FF or CR.
    @inlinable @inline(__always)
    public var isASCIISpace: Bool { self == 0x20 || self &- 0x09 < 5 }
}
