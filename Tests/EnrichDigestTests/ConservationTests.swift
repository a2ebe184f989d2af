import EnrichCore
import Foundation
import Testing
@testable import EnrichDigest

/// Every non-whitespace character of the input lands in exactly one place: an article's title
/// or text, the digest metadata, or recognised boilerplate (markup and cues). Nothing is lost
/// and nothing is written twice.
@Suite struct ConservationTests {
    @Test(arguments: Fixture.all, [SplitMode.auto, .digest])
    func everyCharacterLandsInExactlyOnePlace(fixture: String, mode: SplitMode) {
        let input = Fixture.text(fixture)
        let crlf = input.replacingOccurrences(of: "\n", with: "\r\n")
        for text in [input, crlf] {
            Self.expectConserved(text, mode: mode, label: "\(fixture) (\(mode))")
        }
    }

    @Test(arguments: [SplitMode.auto, .digest])
    func everyCharacterLandsInExactlyOnePlaceInScrambledDigests(mode: SplitMode) {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...40, using: &generator))
                .map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            Self.expectConserved(text, mode: mode, label: text.debugDescription)
        }
    }

    /// Expects every non-whitespace character of `text` in exactly one place after splitting, and
    /// only recognised boilerplate left out.
    private static func expectConserved(_ text: String, mode: SplitMode, label: String) {
        let (records, boilerplate) = DigestStage(mode: mode).splitting(Document(id: "doc", text: text))
        var placed = CharacterCount()
        for string in placedStrings(records, text: text) + boilerplate { placed.add(string) }
        var expected = CharacterCount()
        expected.add(text)
        let difference = placed.difference(from: expected)
        #expect(difference.isEmpty, "\(label), missing (-) or repeated (+): \(difference)")
        for span in boilerplate {
            #expect(isRecognisedBoilerplate(span), "\(label): '\(span)' left out but not boilerplate")
        }
    }

    /// Lines and fragments of digests, shuffled into texts that stress the splitter.
    private static let pieces = [
        "Harbor Digest (6/2)\n", "\n", "\n\n", "\r\n", "Toll Bridge Raises Fares\n", "DATA PROTECTION—U.S.\n",
        "The port said on Monday that tolls would rise by 50 cents, the Coastal Ledger reports.\n",
        "Source (all external links):\n", "Source :\n", "— By Harbor Desk\n", "By Jane Doe\n", "April 15, 2014\n",
        "Harbor Times, Tue 04/15: Pier Lights Replaced\n", "1. Port Strike Ends After Two Weeks\n", "• ",
        "## Marina Expansion Approved\n", "# Weekly Harbor Digest\n", "Read full article here: https://example.com/a\n",
        "Full Story\n", "(Source: Island Gazette)", " Full Story", "Toll Bridge Raises Fares; Marina Expansion Approved. ",
        "Click “Continue reading” below.\n", "---\n", "“We are watching,” the mayor said\n", "\u{00A0}", "**Bold Headline**\n",
        "[Read more](https://example.com/b)\n", "https://example.com/c\n", "iPhone Repair Shops Win Permit Fight\n",
        "Copyright 2021 Harbor Desk.\n", "—", "–", "#", "1.", "(", ")", ";", "|", ":", ",",
    ]

    @Test func characterCountSeesADroppedWord() {
        var whole = CharacterCount()
        whole.add("Ferry fares rise")
        var partial = CharacterCount()
        partial.add("Ferry rise")
        #expect(whole.counts != partial.counts)
    }

    /// Titles, texts and metadata of the records, each written once: digest-wide metadata once
    /// per digest, a section label once however many articles are filed under it (labels are
    /// told apart by where they stand in the text), a date only when it is not part of the
    /// digest title.
    static func placedStrings(_ records: [Document], text: String) -> [String] {
        var strings: [String] = []
        var hasCategories = false
        for record in records {
            strings.append(record.text)
            if let title = record.title { strings.append(title) }
            guard let digest = record.digest else { continue }
            let firstOfDigest = digest.article == 1
            if firstOfDigest {
                strings.append(digest.title ?? "")
                if let date = digest.date, !(digest.title ?? "").contains(date) { strings.append(date) }
            }
            for (key, value) in digest.fields {
                guard let field = DigestField(rawValue: key) else { continue }
                if field.isDigestWide && !firstOfDigest { continue }
                if field == .category {
                    hasCategories = true
                    continue
                }
                switch value {
                case .string(let s): strings.append(s)
                case .array(let items): strings += items.compactMap { if case .string(let s) = $0 { s } else { nil } }
                default: break
                }
            }
        }
        return strings + (hasCategories ? categoryLabels(text) : [])
    }

    /// The section labels articles are filed under, each once.
    static func categoryLabels(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var seen: Set<Range<Int>> = []
            var labels: [String] = []
            for digest in DigestParser(bytes).parse().digests {
                for article in digest.articles {
                    for field in article.fields where field.key == .category && seen.insert(field.value).inserted {
                        labels.append(bytes.string(field.value))
                    }
                }
            }
            return labels
        }
    }

    /// Markup characters, or a cue the splitter may leave out: "By", "Source (…):", "Full Story",
    /// "Read full article here:", "Click “Continue reading” below."...
    static func isRecognisedBoilerplate(_ span: String) -> Bool {
        let words = span.lowercased().unicodeScalars
            .map { CharacterSet.letters.contains($0) ? Character($0) : " " }
        let phrase = String(words).split(separator: " ").joined(separator: " ")
        if phrase.isEmpty { return true }
        if phrase.hasPrefix("source") || phrase == "via" || phrase == "by" || phrase == "compiled by" { return true }
        return cues.contains(phrase)
    }

    private static let cues: Set<String> = [
        "read full article here", "full story", "continue reading", "click continue reading below", "read more",
    ]
}

/// How often each non-whitespace character occurs in some strings.
struct CharacterCount {
    var counts: [Unicode.Scalar: Int] = [:]

    mutating func add(_ string: String) {
        for scalar in string.unicodeScalars where !scalar.properties.isWhitespace && scalar != "\u{200B}" && scalar != "\u{FEFF}" {
            counts[scalar, default: 0] += 1
        }
    }

    /// Characters missing (negative) or written too often (positive), for messages.
    func difference(from expected: CharacterCount) -> String {
        let keys = Set(counts.keys).union(expected.counts.keys)
        return keys.compactMap { key -> String? in
            let delta = counts[key, default: 0] - expected.counts[key, default: 0]
            return delta == 0 ? nil : "\(key):\(delta)"
        }.sorted().joined(separator: " ")
    }
}

/// A deterministic random number generator (SplitMix64), so generated texts are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
