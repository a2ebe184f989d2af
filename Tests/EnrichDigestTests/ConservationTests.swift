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
            let (records, boilerplate) = DigestStage(mode: mode).splitting(Document(id: "doc", text: text))
            var placed = CharacterCount()
            for string in Self.placedStrings(records) + boilerplate { placed.add(string) }
            var expected = CharacterCount()
            expected.add(text)
            let difference = placed.difference(from: expected)
            #expect(difference.isEmpty, "\(fixture) (\(mode)), missing (-) or repeated (+): \(difference)")
            for span in boilerplate {
                #expect(Self.isRecognisedBoilerplate(span), "\(fixture): '\(span)' left out but not boilerplate")
            }
        }
    }

    @Test func characterCountSeesADroppedWord() {
        var whole = CharacterCount()
        whole.add("Ferry fares rise")
        var partial = CharacterCount()
        partial.add("Ferry rise")
        #expect(whole.counts != partial.counts)
    }

    /// Titles, texts and metadata of the records, each written once: digest-wide metadata once
    /// per digest, a category once per run of articles filed under it, a date only when it is not
    /// part of the digest title.
    static func placedStrings(_ records: [Document]) -> [String] {
        var strings: [String] = []
        var previousCategory: String?
        for record in records {
            strings.append(record.text)
            if let title = record.title { strings.append(title) }
            guard let digest = record.digest else { continue }
            let firstOfDigest = digest.article == 1
            if firstOfDigest {
                previousCategory = nil
                strings.append(digest.title ?? "")
                if let date = digest.date, !(digest.title ?? "").contains(date) { strings.append(date) }
            }
            for (key, value) in digest.fields {
                guard let field = DigestField(rawValue: key) else { continue }
                if field.isDigestWide && !firstOfDigest { continue }
                let values: [String] = switch value {
                case .string(let s): [s]
                case .array(let items): items.compactMap { if case .string(let s) = $0 { s } else { nil } }
                default: []
                }
                if field == .category {
                    if values.first == previousCategory { continue }
                    previousCategory = values.first
                }
                strings += values
            }
            if digest.fields.allSatisfy({ $0.key != DigestField.category.rawValue }) { previousCategory = nil }
        }
        return strings
    }

    /// Markup characters, or a cue the splitter may leave out: "By", "Source (…):", "Full Story",
    /// "Read full article here:", "Click “Continue reading” below."...
    static func isRecognisedBoilerplate(_ span: String) -> Bool {
        let words = span.lowercased().unicodeScalars
            .map { CharacterSet.letters.contains($0) ? Character($0) : " " }
        let phrase = String(words).split(separator: " ").joined(separator: " ")
        if phrase.isEmpty { return true }
        if phrase.hasPrefix("source") || phrase == "via" || phrase == "by" { return true }
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
