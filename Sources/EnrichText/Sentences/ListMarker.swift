import EnrichCore

/// The marker that opens a list item: "1.", "2)", "3.)", "a.", "b)", possibly after a bullet
/// ("• 9.", "⁃10."). Items of a list run on in one line ("1. The first item 2. The second item")
/// start sentences that ICU does not see, and ICU ends a "sentence" after "1." that is no sentence.
struct ListMarker: Equatable {
    /// How the marker is spelled: its counter and what follows the counter.
    enum Style: Equatable {
        case number(Terminator)
        case letter(Terminator)
    }

    enum Terminator: Equatable {
        case period, parenthesis, periodParenthesis
    }

    /// Where the item starts: the bullet before the marker, or the marker itself.
    let start: Int
    /// The counter: 1 for "1." and "a.", 2 for "2)" and "b)".
    let value: Int
    let style: Style

    /// Whether `next` directly follows `self` in the same list ("1." then "2.", "a)" then "b)").
    func isFollowed(by next: ListMarker) -> Bool {
        next.style == style && next.value == value + 1
    }

    /// The marker whose last character (`.` or `)`) ends at `end`, when it starts the text, follows
    /// whitespace or follows a bullet; nil otherwise. Counters are 1–3 digits or one letter a–z.
    static func ending(at end: Int, in text: UnsafeBufferPointer<UInt8>) -> ListMarker? {
        guard end > 1 else { return nil }
        var position = end - 1
        let terminator: Terminator
        switch text[position] {
        case UInt8(ascii: ")"):
            if text[position - 1] == UInt8(ascii: ".") {
                terminator = .periodParenthesis
                position -= 1
            } else {
                terminator = .parenthesis
            }
        case UInt8(ascii: "."):
            terminator = .period
        default:
            return nil
        }
        let counterEnd = position
        while position > 0, text[position - 1].isASCIIDigit, counterEnd - position < 3 { position -= 1 }
        let value: Int
        let style: Style
        if position < counterEnd {
            value = text[position..<counterEnd].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            style = .number(terminator)
        } else if position > 0, text[position - 1].isASCIILower {
            position -= 1
            value = Int(text[position] - UInt8(ascii: "a")) + 1
            style = .letter(terminator)
        } else {
            return nil
        }
        guard let start = itemStart(beforeCounterAt: position, in: text) else { return nil }
        return ListMarker(start: start, value: value, style: style)
    }

    /// Whether `range` holds nothing but a list marker (with its bullet), as in a "sentence" "1.".
    static func isBare(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let marker = ending(at: range.upperBound, in: text) else { return false }
        return marker.start == range.lowerBound
    }

    /// The width of the bullet character at `offset` (• ‣ ⁃ ▪ ■ ● ◦), or nil.
    static func bulletWidth(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard offset + 2 < text.count, text[offset] == 0xE2 else { return nil }
        switch (text[offset + 1], text[offset + 2]) {
        case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x96, 0xAA), (0x96, 0xA0), (0x97, 0x8F), (0x97, 0xA6):
            return 3
        default:
            return nil
        }
    }

    /// The item start for a counter starting at `counterStart`: the counter itself after the start
    /// of the text or whitespace, or a bullet right before it (with or without a space).
    private static func itemStart(beforeCounterAt counterStart: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        if counterStart == 0 { return 0 }
        // Most counters are the end of a word: an ASCII byte that is no whitespace before them
        // leaves room for neither a space nor a bullet (whose last byte is above 0x7F).
        let before = text[counterStart - 1]
        if before < 0x80 && !before.isASCIISpace { return nil }
        let beforeSpaces = text.trimmingWhitespace(backFrom: counterStart)
        if beforeSpaces >= 3, bulletWidth(at: beforeSpaces - 3, in: text) != nil { return beforeSpaces - 3 }
        return beforeSpaces < counterStart ? counterStart : nil
    }
}
