#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import EnrichCore

/// Finds the digests, articles, headlines and metadata of a text, one line at a time on its
/// UTF-8 bytes. Every non-blank part of the input goes to a title, a body, a metadata field or
/// (for recognised markup and cues only) `DigestLayout.boilerplate`: nothing is dropped.
struct DigestParser {
    /// A non-blank line of the input.
    struct Line {
        var content: Range<Int>
        /// The content without its trailing note.
        var main: Range<Int>
        /// A final "(Source: …)" note or link cue.
        var note: TrailingNote?
        var kind: LineKind
        /// Blank lines between this line and the previous non-blank one.
        var blanksBefore: Int
        /// The shape of the line's headline text (or of the whole line).
        var shape: LineShape
        /// The line is a paragraph of prose.
        var isProse = false
        /// The first line after this one that is not a date, byline, source or link line is prose.
        var followedByProse = false
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [Line]
    /// The Markdown heading level that introduces articles (the level most often followed by prose).
    private let headlineLevel: Int
    /// The text has no blank lines between paragraphs at all.
    private let isDense: Bool
    /// The last line that may start an article (a byline after it closes the digest).
    private let lastArticleStart: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let classifier = LineClassifier(bytes: bytes)
        var lines: [Line] = []
        // News paragraphs run to a few hundred bytes: this seldom grows.
        lines.reserveCapacity(bytes.count / 128 + 8)
        var blanks = 0
        var lineStart = 0
        var offset = 0
        let base = bytes.baseAddress
        let hasCarriageReturns = base.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
        while lineStart < bytes.count {
            if let base, !hasCarriageReturns {
                if let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                    offset = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                } else {
                    offset = bytes.count
                }
            } else {
                while offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D { offset += 1 }
            }
            let content = bytes.trimmedRange(lineStart..<offset)
            if content.isEmpty {
                blanks += 1
            } else {
                if classifier.isPlainSentence(content) {
                    lines.append(Line(content: content, main: content, note: nil, kind: .text(content),
                                      blanksBefore: lines.isEmpty ? 0 : blanks, shape: LineShape(sentence: bytes, content)))
                    blanks = 0
                    offset = Self.lineEnd(after: offset, in: bytes)
                    lineStart = offset
                    continue
                }
                var kind = classifier.classify(content)
                var main = content
                var note: TrailingNote?
                switch kind {
                case .text, .item:
                    note = classifier.trailingNote(in: content)
                    if let note {
                        main = bytes.trimmedRange(content.lowerBound..<note.range.lowerBound)
                        kind = kind.ending(at: main.upperBound)
                    }
                default: break
                }
                let shape = LineShape(bytes, kind.headlineText ?? main)
                lines.append(Line(content: content, main: main, note: note, kind: kind,
                                  blanksBefore: lines.isEmpty ? 0 : blanks, shape: shape))
                blanks = 0
            }
            offset = Self.lineEnd(after: offset, in: bytes)
            lineStart = offset
        }
        var nextProse = false
        for index in lines.indices.reversed() {
            switch lines[index].kind {
            case .text, .item: lines[index].isProse = lines[index].shape.isProse
            default: break
            }
            lines[index].followedByProse = nextProse
            switch lines[index].kind {
            case .date, .byline, .source, .link: break
            default: nextProse = lines[index].isProse
            }
        }
        self.lines = lines

        var levelCounts: [Int: Int] = [:]
        for line in lines where line.followedByProse {
            if case .heading(let level, _) = line.kind { levelCounts[level, default: 0] += 1 }
        }
        headlineLevel = levelCounts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? Int.max
        isDense = lines.count > 3 && lines.allSatisfy { $0.blanksBefore == 0 }
        var lastStart = -1
        for (index, line) in lines.enumerated() {
            if case .outlet = line.kind {
                lastStart = index
            } else if line.followedByProse && (line.shape.isHeadlineLike || line.shape.isProse) {
                lastStart = index
            }
        }
        lastArticleStart = lastStart
    }

    /// The start of the next line, after the line break at `offset` (LF, CRLF or CR).
    private static func lineEnd(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if offset + 1 < bytes.count, bytes[offset] == 0x0D, bytes[offset + 1] == 0x0A { return offset + 2 }
        return offset + 1
    }

    /// Splits the text into digests and articles.
    func parse() -> DigestLayout {
        var builder = LayoutBuilder(bytes: bytes)
        if lines.count > 1, hasTeaserSeparator(lines[1].main) {
            builder.headlineKeys = collectHeadlineKeys()
        }
        var proseItems = 0
        for index in lines.indices where lines[index].isProse {
            if case .item = lines[index].kind { proseItems += 1 }
        }
        for index in lines.indices {
            let line = lines[index]
            switch line.kind {
            case .blank:
                break
            case .rule:
                builder.boilerplate(line.content)
                builder.afterClosingLine = true
                builder.closingField = nil
            case .heading(let level, let text):
                readHeading(index, level: level, text: text, into: &builder)
            case .outlet(let name, let date, let rest):
                readOutletHeader(index, name: name, date: date, rest: rest, into: &builder)
            case .source(let rest), .link(let rest):
                readSourceOrLink(index, rest: rest, into: &builder)
            case .byline(let name):
                readByline(index, name: name, into: &builder)
            case .date:
                readDate(index, into: &builder)
            case .item(let marker, let numbered, let text):
                readItem(index, marker: marker, numbered: numbered, text: text, proseItems: proseItems, into: &builder)
            case .text(let text):
                readText(index, text: text, into: &builder)
            }
            if let note = line.note {
                builder.addField(note.field, note.value, orPreamble: true)
                builder.boilerplate(note.range, keeping: note.value)
                builder.endBodyRun()
            }
        }
        return builder.finish()
    }

    /// A Markdown heading: an article's headline at the headline level, the digest's title or a
    /// section label above it, part of the body below it.
    private func readHeading(_ index: Int, level: Int, text: Range<Int>, into builder: inout LayoutBuilder) {
        let line = lines[index]
        if level > headlineLevel {
            builder.addBody(line.content, line: index)
            return
        }
        if level == headlineLevel {
            builder.startArticle(title: text)
            builder.headingArticles += 1
        } else if builder.isAtDigestStart || hasDigestKeyword(text) || DatePattern(bytes, text).firstDate != nil {
            builder.startDigest(title: text, keyword: hasDigestKeyword(text))
        } else {
            builder.setCategory(text)
        }
        builder.boilerplate(line.content, keeping: text)
    }

    /// "Outlet, Day MM/DD:" opens an article; its headline follows on the line or the next one.
    private func readOutletHeader(
        _ index: Int, name: Range<Int>, date: Range<Int>, rest: Range<Int>, into builder: inout LayoutBuilder
    ) {
        let line = lines[index]
        builder.startArticle(title: nil)
        builder.addField(.outlet, name)
        builder.addField(.published, date)
        builder.boilerplate(line.content, keeping: [name, date, rest])
        builder.layout.hasDigestSignals = true
        if rest.isEmpty {
            builder.awaitingTitle = true
        } else if line.shape.isHeadlineLike && !line.shape.isProse {
            builder.article?.title = rest
        } else {
            builder.addBody(rest, line: index)
        }
    }

    /// "Source…:" and link lines go to `sources` and `links` (bare links under a "Source" line
    /// are sources); after a body, they close it.
    private func readSourceOrLink(_ index: Int, rest: Range<Int>, into builder: inout LayoutBuilder) {
        let line = lines[index]
        let isSource = line.kind == .source(rest: rest)
        let isBareLink = !isSource && rest == line.content
        let field: DigestField = isSource || isBareLink && builder.closingField == .sources ? .sources : .links
        builder.addField(field, rest, orPreamble: true)
        builder.boilerplate(line.content, keeping: rest)
        builder.afterClosingLine = !builder.isUnderHeadline
        builder.closingField = field
        if builder.article != nil { builder.layout.hasDigestSignals = true }
    }

    /// A byline: the digest's at its top or end, an article's under its headline or above it.
    private func readByline(_ index: Int, name: Range<Int>, into builder: inout LayoutBuilder) {
        let line = lines[index]
        if builder.article == nil && builder.digest.articles.isEmpty {
            builder.addDigestField(.byline, name)
        } else if builder.isUnderHeadline {
            builder.addField(.author, name)
        } else if endsDigest(after: index) || index > lastArticleStart {
            builder.closeDigest(byline: name)
            builder.layout.hasDigestSignals = true
        } else if startsArticle(index + 1, builder) {
            builder.pending.append(.init(key: .author, value: name))
        } else {
            builder.addBody(line.content, line: index)
            return
        }
        builder.boilerplate(line.content, keeping: name)
    }

    /// A date line: the digest's at its top, an article's under its headline or above it.
    private func readDate(_ index: Int, into builder: inout LayoutBuilder) {
        let line = lines[index]
        if builder.article == nil && builder.digest.date == nil && builder.digest.articles.isEmpty {
            builder.digest.date = line.content
        } else if builder.isUnderHeadline {
            builder.addField(.published, line.content)
        } else if startsArticle(index + 1, builder) {
            builder.pending.append(.init(key: .published, value: line.content))
        } else if builder.article == nil {
            builder.addDigestField(.preamble, line.content)
        } else {
            builder.addBody(line.content, line: index)
        }
    }

    /// A numbered or bulleted item: a headline followed by prose, a one-paragraph article in a
    /// list of them, a teaser entry before the articles, or part of a body.
    private func readItem(
        _ index: Int, marker: Range<Int>, numbered: Bool, text: Range<Int>, proseItems: Int,
        into builder: inout LayoutBuilder
    ) {
        let line = lines[index]
        let startsProseItem = line.isProse && proseItems >= 2 && (builder.article == nil || builder.articleIsProseItem)
        if isHeadline(index, builder) || startsProseItem {
            builder.startArticle(title: startsProseItem ? nil : text)
            if numbered { builder.addField(.item, marker) }
            if numbered {
                builder.boilerplate(line.main, keeping: [marker, text])
            } else {
                builder.boilerplate(line.main, keeping: text)
            }
            builder.itemArticles += 1
            if startsProseItem {
                builder.articleIsProseItem = true
                builder.addBody(text, line: index)
            }
        } else if builder.article == nil {
            addHeaderLine(index, to: &builder)
        } else {
            builder.addBody(line.main, line: index)
        }
    }

    /// Any other line: a headline (or the one an outlet header awaits), the digest's title, a
    /// section label, a header line, a source listed after a closing line, or body.
    private func readText(_ index: Int, text: Range<Int>, into builder: inout LayoutBuilder) {
        let line = lines[index]
        if builder.awaitingTitle && line.shape.isHeadlineLike && !line.shape.isProse {
            builder.article?.title = text
            builder.awaitingTitle = false
            builder.boilerplate(line.main, keeping: text)
        } else if isDigestTitle(index, builder) {
            builder.startDigest(title: text, keyword: hasDigestKeyword(text))
            builder.boilerplate(line.main, keeping: text)
        } else if isHeadline(index, builder) {
            builder.startArticle(title: text)
            builder.boilerplate(line.main, keeping: text)
        } else if isCategory(index) {
            builder.setCategory(text)
            builder.boilerplate(line.main, keeping: text)
        } else if builder.article == nil {
            addHeaderLine(index, to: &builder)
        } else if builder.afterClosingLine && !line.isProse && line.shape.wordCount <= 12 {
            builder.addField(.sources, line.main)
        } else if builder.afterClosingLine && line.isProse {
            builder.startArticle(title: nil)
            builder.addBody(line.main, line: index)
        } else {
            builder.addBody(line.main, line: index)
        }
    }

    /// A headline: short, capitalised, not a sentence, set off from what precedes it, followed
    /// by prose, and listed in the digest's teaser when it has one (unless clearly set off).
    private func isHeadline(_ index: Int, _ builder: LayoutBuilder) -> Bool {
        let line = lines[index]
        guard line.shape.isHeadlineLike, !line.shape.isProse, line.followedByProse,
              let text = line.kind.headlineText else { return false }
        let setOff = index == 0 || line.blanksBefore >= 1 || isDense || isClosing(lines[index - 1].kind)
            || builder.article == nil || builder.category != nil && isCategory(index - 1)
        guard setOff else { return false }
        if builder.teaserKeys.isEmpty || builder.article == nil { return true }
        return builder.teaserKeys.contains(bytes.comparisonKey(text)) || line.blanksBefore >= 2
            || builder.afterClosingLine || isCategory(index - 1)
    }

    /// Lines after which a new article may start without a blank line.
    private func isClosing(_ kind: LineKind) -> Bool {
        switch kind {
        case .rule, .source, .link, .outlet, .date, .byline, .heading: true
        default: false
        }
    }

    /// Whether line `index` would start an article (for dates and bylines written above a headline).
    private func startsArticle(_ index: Int, _ builder: LayoutBuilder) -> Bool {
        guard index < lines.count else { return false }
        switch lines[index].kind {
        case .outlet: return true
        case .heading(let level, _): return level == headlineLevel
        default: return isHeadline(index, builder)
        }
    }

    /// A section label in capitals ("DATA PROTECTION—U.S."), followed by a headline, not by prose.
    private func isCategory(_ index: Int) -> Bool {
        guard lines.indices.contains(index), case .text = lines[index].kind else { return false }
        let shape = lines[index].shape
        return shape.isAllCaps && shape.wordCount <= 8 && !lines[index].followedByProse && index + 1 < lines.count
            && !lines[index + 1].isProse
    }

    /// A digest's title line: the first line when it names a digest, carries a date, is
    /// followed by something other than prose or by a teaser; later, a line naming a digest with a date, or
    /// after a digest's closing lines.
    private func isDigestTitle(_ index: Int, _ builder: LayoutBuilder) -> Bool {
        let line = lines[index]
        guard case .text(let text) = line.kind, line.shape.wordCount <= 15, !line.shape.isProse else { return false }
        if builder.isAtDigestStart && (index == 0 || builder.afterClosingLine) {
            return hasDigestKeyword(text) || DatePattern(bytes, text).firstDate != nil
                || !line.followedByProse && (!line.shape.isAllCaps || isCategory(index + 1))
                || index + 1 < lines.count && teaserParts(lines[index + 1].main, headlineKeys: builder.headlineKeys ?? []) != nil
        }
        guard hasDigestKeyword(text) else { return false }
        if index > 0, lines[index - 1].kind == .rule { return true }
        if index > 0, case .byline = lines[index - 1].kind { return true }
        return DatePattern(bytes, text).firstDate != nil
    }

    /// Whether the digest ends after line `index` (a closing byline): the text ends, a rule
    /// follows, or the next line starts another digest.
    private func endsDigest(after index: Int) -> Bool {
        guard index + 1 < lines.count else { return true }
        switch lines[index + 1].kind {
        case .rule: return true
        case .text(let text), .heading(_, let text): return hasDigestKeyword(text)
        default: return false
        }
    }

    /// Comparison keys of every line that could be a headline (to recognise teasers).
    private func collectHeadlineKeys() -> Set<UInt64> {
        var keys = Set<UInt64>(minimumCapacity: lines.count)
        for line in lines where line.followedByProse && line.shape.isHeadlineLike {
            if let text = line.kind.headlineText { keys.insert(bytes.comparisonKey(text)) }
        }
        return keys
    }

    /// A line outside any article: after the closing byline, footer; before the first article,
    /// the digest's teaser when it lists later headlines, otherwise preamble.
    private func addHeaderLine(_ index: Int, to builder: inout LayoutBuilder) {
        if builder.isClosed {
            builder.addDigestField(.footer, lines[index].main)
            return
        }
        if builder.headlineKeys == nil { builder.headlineKeys = collectHeadlineKeys() }
        let headlineKeys = builder.headlineKeys ?? []
        let line = lines[index]
        let text = line.kind.headlineText ?? line.main
        if addTeaser(line.main, to: &builder) { return }
        let key = bytes.comparisonKey(text)
        if headlineKeys.contains(key) {
            builder.addDigestField(.teaser, text)
            builder.boilerplate(line.main, keeping: text)
            builder.teaserKeys.insert(key)
            builder.layout.hasDigestSignals = true
        } else {
            builder.addDigestField(.preamble, line.main)
        }
    }

    /// The headlines of a teaser line ("Headline one; Headline two; Headline three. Click
    /// “Continue reading” below.", or separated by "|" or "•"), when at least two of them are
    /// headlines found later in `headlineKeys`; with the parts' comparison keys.
    private func teaserParts(_ content: Range<Int>, headlineKeys: Set<UInt64>) -> (parts: [Range<Int>], keys: [UInt64])? {
        guard hasTeaserSeparator(content) else { return nil }
        var parts: [Range<Int>] = []
        parts.reserveCapacity(16)
        var start = content.lowerBound
        var offset = content.lowerBound
        while offset < content.upperBound {
            let width = Self.teaserSeparatorWidth(bytes, at: offset)
            if width > 0 {
                parts.append(bytes.trimmedRange(start..<offset))
                start = offset + width
            }
            offset += max(width, 1)
        }
        parts.append(bytes.trimmedRange(start..<content.upperBound))
        if let last = parts.last {
            parts[parts.count - 1] = withoutNavigation(last)
        }
        let keys = parts.map { bytes.comparisonKey($0) }
        var found = 0
        for key in keys where headlineKeys.contains(key) { found += 1 }
        return found >= 2 ? (parts, keys) : nil
    }

    /// Adds a teaser line's headlines to the digest; false when `content` is no teaser.
    private func addTeaser(_ content: Range<Int>, to builder: inout LayoutBuilder) -> Bool {
        guard let (parts, keys) = teaserParts(content, headlineKeys: builder.headlineKeys ?? []) else { return false }
        for part in parts where !part.isEmpty { builder.addDigestField(.teaser, part) }
        builder.boilerplate(content, keeping: parts)
        builder.teaserKeys.formUnion(keys)
        builder.layout.hasDigestSignals = true
        return true
    }

    /// Whether `range` holds a separator between teaser headlines (searched with memchr).
    private func hasTeaserSeparator(_ range: Range<Int>) -> Bool {
        guard let base = bytes.baseAddress, !range.isEmpty else { return false }
        let start = base + range.lowerBound
        if memchr(start, 0x3B, range.count) != nil || memchr(start, 0x7C, range.count) != nil { return true }
        var offset = range.lowerBound
        while let found = memchr(base + offset, 0xA2, range.upperBound - offset) {
            let position = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            if position >= range.lowerBound + 2, bytes[position - 2] == 0xE2, bytes[position - 1] == 0x80 { return true }
            offset = position + 1
        }
        return false
    }

    /// The width of a separator between teaser headlines at `offset` (";", "|" or "•"), or 0.
    @inline(__always)
    private static func teaserSeparatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        switch bytes[offset] {
        case 0x3B, 0x7C: return 1
        case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0xA2: return 3
        default: return 0
        }
    }

    /// `part` without a final navigation sentence ("… Over Hack. Click “Continue reading” below.")
    /// and without its final period.
    private func withoutNavigation(_ part: Range<Int>) -> Range<Int> {
        var end = part.upperBound
        for offset in part where bytes[offset] == 0x2E || bytes[offset] == 0x21 || bytes[offset] == 0x3F {
            let tail = offset + 1..<part.upperBound
            if let label = bytes.comparisonLabel(tail), LineClassifier.navigationLabels.contains(label) {
                end = offset
                break
            }
        }
        var trimmed = bytes.trimmedRange(part.lowerBound..<end)
        if !trimmed.isEmpty, bytes[trimmed.upperBound - 1] == 0x2E, !LineShape(bytes, trimmed).endsWithAbbreviation {
            trimmed = trimmed.lowerBound..<trimmed.upperBound - 1
        }
        return trimmed
    }

    /// Whether a word of `text` is one of `digestKeywords`; words under five bytes (too short
    /// for any keyword, quotes included) are passed over without measuring them.
    private func hasDigestKeyword(_ text: Range<Int>) -> Bool {
        // A local copy keeps the buffer's address and size in registers across the loop.
        let bytes = bytes
        var offset = text.lowerBound
        while offset < text.upperBound {
            while offset < text.upperBound, let width = spaceWidth(at: offset) { offset += width }
            let start = offset
            while offset < text.upperBound, spaceWidth(at: offset) == nil { offset += bytes.scalarWidth(at: offset) }
            guard offset - start >= 5 else { continue }
            let core = bytes.unwrapped(start..<offset)
            if (5...10).contains(core.count), Self.startsLikeDigestKeyword(bytes[core.lowerBound]),
               bytes.isOne(of: Self.digestKeywords, core) {
                return true
            }
        }
        return false
    }

    /// `bytes.spaceWidth(at:)` with ASCII decided inline.
    @inline(__always)
    private func spaceWidth(at offset: Int) -> Int? {
        let byte = bytes[offset]
        if byte < 0x80 { return byte == 0x20 || byte &- 0x09 < 5 ? 1 : nil }
        return bytes.whitespaceWidth(at: offset)
    }

    /// Words that name a digest in its title line.
    private static let digestKeywords: [[UInt8]] = [
        "digest", "digests", "roundup", "roundups", "round-up", "briefing", "briefings", "newsletter", "bulletin",
        "headlines", "recap", "clips", "wrap-up", "wrapup", "highlights", "dispatch",
    ].map { Array($0.utf8) }

    /// Whether `byte` is the first letter (in either case) of one of `digestKeywords`, which
    /// passes over most words with one test.
    private static func startsLikeDigestKeyword(_ byte: UInt8) -> Bool {
        let letter = byte.asciiLowercased &- 0x61
        return letter < 26 && digestKeywordInitials >> UInt32(letter) & 1 != 0
    }

    /// One bit per letter a–z that starts one of `digestKeywords`.
    private static let digestKeywordInitials: UInt32 = digestKeywords.reduce(0) { $0 | 1 << UInt32($1[0] &- 0x61) }
}
