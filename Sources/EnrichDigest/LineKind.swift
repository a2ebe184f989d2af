import EnrichCore

/// What one line of a digest is, judged from the line alone. The ranges are byte offsets into
/// the input; the parts of a line outside them are markup or boilerplate cues ("Source:", "By",
/// "#", "1.", "Read full article here:").
enum LineKind: Equatable {
    case blank
    /// A separator made of dashes, equals signs, asterisks or bullets.
    case rule
    /// A Markdown heading: `level` hashes, then `text`.
    case heading(level: Int, text: Range<Int>)
    /// A numbered or bulleted item: the marker ("3." or "•"), then `text`.
    case item(marker: Range<Int>, numbered: Bool, text: Range<Int>)
    /// "Reuters, Tue 04/15:" before an item, maybe followed by the headline on the same line.
    case outlet(name: Range<Int>, date: Range<Int>, rest: Range<Int>)
    /// "Source:", "Sources (all external links):", "(Source: Reuters)", with what follows the colon.
    case source(rest: Range<Int>)
    /// "Read full article here: URL", "Full Story", "Continue reading", a bare URL: `rest` is the
    /// link or the text after the cue (empty when the line is only a cue).
    case link(rest: Range<Int>)
    /// "By Jane Doe" or "— By DPN Staff".
    case byline(name: Range<Int>)
    /// A line that is only a date ("April 15, 2014", "Published: Tue, 04/15/2014").
    case date
    /// Anything else: `text` is the line without wrapping emphasis ("**Headline**").
    case text(Range<Int>)

    /// The same line with its text cut at `end` (before a "(Source: …)" note).
    func ending(at end: Int) -> LineKind {
        switch self {
        case .text(let text): .text(text.lowerBound..<max(text.lowerBound, min(end, text.upperBound)))
        case .item(let marker, let numbered, let text):
            .item(marker: marker, numbered: numbered, text: text.lowerBound..<max(text.lowerBound, min(end, text.upperBound)))
        default: self
        }
    }

    /// The range a headline would take on this line, when the line can hold one.
    var headlineText: Range<Int>? {
        switch self {
        case .heading(_, let text), .item(_, _, let text), .text(let text): text
        case .outlet(_, _, let rest): rest.isEmpty ? nil : rest
        default: nil
        }
    }
}

/// A note ending a paragraph, and the metadata it holds.
struct TrailingNote {
    var range: Range<Int>
    var value: Range<Int>
    var field: DigestField
}

/// Classifies one line (its trimmed, non-empty content) of UTF-8 text.
struct LineClassifier {
    let bytes: UnsafeBufferPointer<UInt8>

    /// A line that can only be running text: longer than any cue or headline-sized label,
    /// ending a sentence, and starting like a sentence rather than a cue ("Source", "By", "Via",
    /// a URL, a marker) or a header with an early colon. Such lines skip classification.
    func isPlainSentence(_ content: Range<Int>) -> Bool {
        guard content.count > 60 else { return false }
        var end = content.upperBound
        while end > content.lowerBound, case let value = bytes.scalarValue(at: bytes.scalarStart(endingAt: end)).value,
              Punctuation.isClosing(value) {
            end = bytes.scalarStart(endingAt: end)
        }
        guard end - content.lowerBound > 60, Punctuation.endsSentence(bytes.scalarValue(at: bytes.scalarStart(endingAt: end)).value),
              bytes[end - 3] != 0x2E else { return false }
        let first = bytes[content.lowerBound]
        let startsLikeText = first.isASCIIUppercase || first.isASCIILowercase || first == 0x22
            || first == 0xE2 && bytes[content.lowerBound + 1] == 0x80 && (bytes[content.lowerBound + 2] == 0x9C || bytes[content.lowerBound + 2] == 0x98)
        guard startsLikeText else { return false }
        let letter = first.asciiLowercased &- 0x61
        if letter < 26 && Self.cueInitials >> UInt32(letter) & 1 != 0 {
            for cue in Self.cueStarts where bytes.hasPrefix(cue, in: content) { return false }
        }
        return bytes.firstOffset(of: 0x3A, in: content.lowerBound..<content.lowerBound + 48) == nil
    }

    /// How lines handled by `classify` (sources, bylines, links) may start.
    private static let cueStarts: [[UInt8]] = ["source", "via", "by ", "http", "www."].map { Array($0.utf8) }
    /// One bit per letter a–z that starts one of `cueStarts`, to pass over most lines with one test.
    private static let cueInitials: UInt32 = cueStarts.reduce(0) { $0 | 1 << UInt32($1[0] &- 0x61) }

    func classify(_ content: Range<Int>) -> LineKind {
        if content.isEmpty { return .blank }
        if isRule(content) { return .rule }
        if let heading = heading(content) { return heading }
        if let byline = byline(content) { return byline }
        if let source = source(content) { return source }
        if let link = link(content) { return link }
        if content.count <= 80, content.contains(where: { bytes[$0].isASCIIDigit }), DatePattern(bytes, content).isWholeLine {
            return .date
        }
        if let outlet = outlet(content) { return outlet }
        if let item = item(content) { return item }
        return .text(emphasisRemoved(content))
    }

    /// A note ending a paragraph: "(Source: Provincial Herald)", or a link cue after the last
    /// sentence ("… the company said. Full Story").
    func trailingNote(in content: Range<Int>) -> TrailingNote? {
        guard content.count > 4 else { return nil }
        if bytes[content.upperBound - 1] == 0x29,
           let open = content.dropLast().last(where: { bytes[$0] == 0x28 }), open > content.lowerBound,
           case .source(let rest)? = source(open..<content.upperBound), !rest.isEmpty {
            return TrailingNote(range: open..<content.upperBound, value: rest, field: .sources)
        }
        let window = content.upperBound - content.lowerBound > 100 ? content.upperBound - 100..<content.upperBound : content
        let searchStart = max(content.lowerBound + 1, (urlStart(in: window) ?? content.upperBound) - 40)
        for offset in (searchStart..<content.upperBound).reversed() where bytes[offset].isASCIISpace {
            let before = bytes.scalar(at: bytes.scalarStart(endingAt: offset)).value
            guard Punctuation.endsSentence(before) || Punctuation.isClosing(before) else { continue }
            let tail = bytes.trimmedRange(offset..<content.upperBound)
            if !tail.isEmpty, case .link(let rest)? = link(tail) {
                return TrailingNote(range: tail, value: rest, field: .links)
            }
        }
        return nil
    }

    private func isRule(_ content: Range<Int>) -> Bool {
        var marks = 0
        var offset = content.lowerBound
        while offset < content.upperBound {
            let (value, width) = bytes.scalar(at: offset)
            switch value {
            case 0x2D, 0x3D, 0x5F, 0x2A, 0x7E, 0x23, 0x2022, 0xB7, 0x2014, 0x2013, 0x2500: marks += 1
            case 0x20, 0x09: break
            default: return false
            }
            offset += width
        }
        return marks >= 3
    }

    private func heading(_ content: Range<Int>) -> LineKind? {
        let hashes = content.prefix { bytes[$0] == 0x23 }.count
        guard (1...6).contains(hashes), content.lowerBound + hashes < content.upperBound,
              bytes[content.lowerBound + hashes].isASCIISpace else { return nil }
        let text = bytes.trimmedRange(content.lowerBound + hashes..<content.upperBound)
        return text.isEmpty ? nil : .heading(level: hashes, text: emphasisRemoved(text))
    }

    /// "By Jane Doe", "— By DPN Staff", "Compiled by Desk Staff", or a short name after an em
    /// dash ("— DPN Staff").
    private func byline(_ content: Range<Int>) -> LineKind? {
        var start = content.lowerBound
        while start < content.upperBound {
            let (value, width) = bytes.scalar(at: start)
            guard Punctuation.isDash(value) || bytes.whitespaceWidth(at: start) != nil else { break }
            start += width
        }
        for verb in Self.bylineVerbs where bytes.hasPrefix(verb, in: start..<content.upperBound) {
            start += verb.count
            break
        }
        let hasCue = bytes.hasPrefix(Self.byCue, in: start..<content.upperBound)
        guard hasCue || startsWithLongDash(content) else { return nil }
        let name = bytes.trimmedRange((hasCue ? start + 3 : start)..<content.upperBound)
        guard !name.isEmpty else { return nil }
        let shape = LineShape(bytes, name)
        guard (1...(hasCue ? 8 : 4)).contains(shape.wordCount), LineShape.isCapital(shape.firstScalar),
              !shape.endsLikeSentence || shape.endsWithAbbreviation else { return nil }
        return .byline(name: name)
    }

    /// An em dash, a horizontal bar or "--" (not the hyphen or en dash that mark list items).
    private func startsWithLongDash(_ content: Range<Int>) -> Bool {
        let lead = bytes.scalar(at: content.lowerBound).value
        return lead == 0x2014 || lead == 0x2015
            || content.count > 2 && bytes[content.lowerBound] == 0x2D && bytes[content.lowerBound + 1] == 0x2D
    }

    private func source(_ content: Range<Int>) -> LineKind? {
        var range = content
        if bytes[range.lowerBound] == 0x28, bytes[range.upperBound - 1] == 0x29 {
            range = bytes.trimmedRange(range.lowerBound + 1..<range.upperBound - 1)
        }
        var offset: Int
        if bytes.hasPrefix(Self.sourceCue, in: range) {
            offset = range.lowerBound + Self.sourceCue.count
            if offset < range.upperBound, bytes[offset].asciiLowercased == 0x73 { offset += 1 }
        } else if bytes.hasPrefix(Self.viaCue, in: range) {
            offset = range.lowerBound + Self.viaCue.count
            guard offset < range.upperBound, bytes[offset] == 0x3A || bytes[offset] == 0x20 else { return nil }
        } else {
            return nil
        }
        offset = skippingSpaces(from: offset, in: range)
        if offset < range.upperBound, bytes[offset] == 0x28, let close = bytes.firstOffset(of: 0x29, in: offset..<range.upperBound) {
            offset = skippingSpaces(from: close + 1, in: range)
        }
        if offset == range.upperBound { return .source(rest: offset..<offset) }
        guard bytes[offset] == 0x3A else { return nil }
        return .source(rest: bytes.trimmedRange(offset + 1..<range.upperBound))
    }

    private func skippingSpaces(from start: Int, in range: Range<Int>) -> Int {
        var offset = start
        while offset < range.upperBound, let width = bytes.whitespaceWidth(at: offset) { offset += width }
        return offset
    }

    private func link(_ content: Range<Int>) -> LineKind? {
        let url = urlStart(in: content)
        let labelEnd = url ?? content.upperBound
        let colon = url == nil ? bytes.firstOffset(of: 0x3A, in: content.lowerBound..<min(labelEnd, content.lowerBound + 48)) : nil
        if url == nil, colon == nil, content.count > 40 { return nil }
        if let url, url - content.lowerBound > 48 { return nil }
        let label = content.lowerBound..<(colon ?? labelEnd)
        let rest = url.map { $0..<urlEnd($0, content) } ?? colon.map { bytes.trimmedRange($0 + 1..<content.upperBound) }
            ?? content.upperBound..<content.upperBound
        guard let key = bytes.comparisonLabel(label) else {
            guard let url, !bytes[url..<content.upperBound].contains(0x20) else { return nil }
            return .link(rest: rest)
        }
        return Self.navigationLabels.contains(key) ? .link(rest: rest) : nil
    }

    /// Where a URL starting at `start` ends: before the ")" or ">" closing a Markdown or angle-bracket link.
    private func urlEnd(_ start: Int, _ content: Range<Int>) -> Int {
        guard start > content.lowerBound, bytes[start - 1] == 0x28 || bytes[start - 1] == 0x3C else { return content.upperBound }
        let closer: UInt8 = bytes[start - 1] == 0x28 ? 0x29 : 0x3E
        return bytes.firstOffset(of: closer, in: start..<content.upperBound) ?? content.upperBound
    }

    /// Where a URL ("https://", "http://", "www.") starts within the first 100 bytes of `content`.
    private func urlStart(in content: Range<Int>) -> Int? {
        let end = min(content.upperBound, content.lowerBound + 100)
        var offset = content.lowerBound
        while offset + 3 < end {
            // A URL is found at a colon or a "w": 8 bytes with neither are passed over at once.
            if offset + 8 <= end {
                let word = ByteScanning.load(bytes, offset)
                if !ByteScanning.hasByte(word, 0x3A) && !ByteScanning.hasByte(word | 0x2020_2020_2020_2020, 0x77) {
                    offset += 8
                    continue
                }
            }
            let byte = bytes[offset]
            if byte == 0x3A, bytes[offset + 1] == 0x2F, bytes[offset + 2] == 0x2F {
                if offset - 5 >= content.lowerBound, bytes.hasPrefix(Self.https, in: offset - 5..<content.upperBound) { return offset - 5 }
                if offset - 4 >= content.lowerBound, bytes.hasPrefix(Self.http, in: offset - 4..<content.upperBound) { return offset - 4 }
            } else if byte | 0x20 == 0x77, bytes[offset + 1] | 0x20 == 0x77, bytes[offset + 2] | 0x20 == 0x77, bytes[offset + 3] == 0x2E {
                return offset
            }
            offset += 1
        }
        return nil
    }

    private func outlet(_ content: Range<Int>) -> LineKind? {
        guard let colon = bytes.firstOffset(of: 0x3A, in: content), colon - content.lowerBound <= 96 else { return nil }
        for comma in content.lowerBound..<colon where bytes[comma] == 0x2C {
            let name = bytes.trimmedRange(content.lowerBound..<comma)
            let date = bytes.trimmedRange(comma + 1..<colon)
            guard !name.isEmpty, name.count <= 60 else { return nil }
            guard !date.isEmpty, date.count <= 32, DatePattern(bytes, date).isWholeLine else { continue }
            let shape = LineShape(bytes, name)
            guard (1...6).contains(shape.wordCount), LineShape.isCapital(shape.firstScalar) else { return nil }
            return .outlet(name: name, date: date, rest: bytes.trimmedRange(colon + 1..<content.upperBound))
        }
        return nil
    }

    private func item(_ content: Range<Int>) -> LineKind? {
        let (lead, width) = bytes.scalar(at: content.lowerBound)
        var markerEnd: Int?
        var numbered = false
        switch lead {
        case 0x2D, 0x2A, 0x2B, 0x2022, 0xB7, 0x25AA, 0x25E6, 0x2023, 0x2013, 0x25CF, 0x25A0:
            markerEnd = content.lowerBound + width
        case 0x28:
            let digits = content.dropFirst().prefix { bytes[$0].isASCIIDigit }.count
            if (1...3).contains(digits), content.lowerBound + 1 + digits < content.upperBound,
               bytes[content.lowerBound + 1 + digits] == 0x29 {
                markerEnd = content.lowerBound + digits + 2
                numbered = true
            }
        default:
            let digits = content.prefix { bytes[$0].isASCIIDigit }.count
            if (1...3).contains(digits), content.lowerBound + digits < content.upperBound,
               bytes[content.lowerBound + digits] == 0x2E || bytes[content.lowerBound + digits] == 0x29 {
                markerEnd = content.lowerBound + digits + 1
                numbered = true
            }
        }
        guard let markerEnd, markerEnd < content.upperBound, bytes.whitespaceWidth(at: markerEnd) != nil else { return nil }
        let text = bytes.trimmedRange(markerEnd..<content.upperBound)
        guard !text.isEmpty else { return nil }
        return .item(marker: content.lowerBound..<markerEnd, numbered: numbered, text: emphasisRemoved(text))
    }

    /// "**Headline**" or "__Headline__" without the emphasis marks.
    private func emphasisRemoved(_ range: Range<Int>) -> Range<Int> {
        guard range.count > 4 else { return range }
        let first = bytes[range.lowerBound]
        guard first == 0x2A || first == 0x5F, bytes[range.lowerBound + 1] == first,
              bytes[range.upperBound - 1] == first, bytes[range.upperBound - 2] == first else { return range }
        let inner = bytes.trimmedRange(range.lowerBound + 2..<range.upperBound - 2)
        return inner.isEmpty ? range : inner
    }

    private static let byCue = Array("by ".utf8)
    /// "Compiled by", "Written by"... before the byline's "by".
    private static let bylineVerbs = ["compiled ", "written ", "edited ", "reported ", "curated ", "posted "].map { Array($0.utf8) }
    private static let sourceCue = Array("source".utf8)
    private static let viaCue = Array("via".utf8)
    private static let https = Array("https://".utf8)
    private static let http = Array("http://".utf8)
    private static let www = Array("www.".utf8)

    /// Link and navigation cues, hashed as `comparisonLabel` hashes them.
    static let navigationLabels: Set<UInt64> = Set([
        "read full article here", "read full article", "read the full article", "read the full article here",
        "full article", "full article here", "full story", "read full story", "read the full story",
        "the full story", "full story here", "continue reading", "click continue reading below",
        "click continue reading", "read more", "read more here", "more", "more here", "click here",
        "keep reading", "read on", "link", "read the story", "read article", "read the article",
        "full report", "read the report", "read it here", "see more", "view article", "view online",
        "read online", "read this story", "read story", "details", "more details", "full text",
        "click here to read more", "click here for more", "read the full story here", "read more at", "full coverage",
        "continue reading below", "more on this story", "view full article", "read the full report", "read full report",
        "read full text", "original article", "read the original", "source article",
    ].map { label in
        var label = label
        return label.withUTF8 { $0.comparisonLabel(0..<$0.count) ?? 0 }
    })
}

extension UnsafeBufferPointer<UInt8> {
    /// A hash of `range` as lowercase ASCII words separated by single spaces, everything else
    /// dropped ("Click “Continue reading” below." hashes as "click continue reading below"), or
    /// nil when no letter or digit is left.
    func comparisonLabel(_ range: Range<Int>) -> UInt64? {
        var hash = FNV.basis
        var started = false
        var pendingSpace = false
        for offset in range {
            let byte = self[offset].asciiLowercased
            if byte.isASCIILowercase || byte.isASCIIDigit {
                if pendingSpace { hash = FNV.add(0x20, to: hash) }
                hash = FNV.add(byte, to: hash)
                started = true
                pendingSpace = false
            } else if byte.isASCIISpace || byte == 0x2D {
                pendingSpace = started
            }
        }
        return started ? hash : nil
    }
}
