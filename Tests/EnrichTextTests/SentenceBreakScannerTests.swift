import EnrichCore
import EnrichTestSupport
import Testing

@testable import EnrichText

/// The byte scanner must give exactly the sentence boundaries of ICU's `en@ss=standard` iterator
/// on the text it accepts.
@Suite struct SentenceBreakScannerTests {
    private static let scanner = SentenceBreakScanner(language: "en")

    /// The scanner's boundaries in `text` with the paragraphs it hands to ICU, in `language`.
    private func scanned(
        _ text: String, scanner: SentenceBreakScanner? = scanner, language: String = "en"
    ) throws -> (boundaries: [Int], paragraphsForICU: [String]) {
        let scanner = try #require(scanner)
        let icu = try OnDemandBreakIterators(.sentence, locale: language + "@ss=standard", lazily: false)
        var text = text
        return text.withUTF8 { utf8 in
            var boundaries: [Int] = []
            var paragraphs: [String] = []
            var evidence: SentenceEvidence?
            scanner.appendBoundaries(in: utf8, to: &boundaries, evidence: &evidence) { paragraph in
                paragraphs.append(String(decoding: paragraph, as: UTF8.self))
                return icu.boundaries(in: paragraph)
            }
            return (boundaries, paragraphs)
        }
    }

    /// Expects the scanner, with the paragraphs it leaves to ICU, to give exactly ICU's boundaries.
    private func expectAgreesWithICU(_ text: String) throws {
        let result = try scanned(text).boundaries
        let expected = try icuBoundaries(.sentence, in: text, locale: "en@ss=standard").offsets
        #expect(result == expected, "\(text.debugDescription)")
    }

    @Test func agreesWithICUOnNewsText() throws {
        let text = """
            Markets fell on Monday. Mr. Ortiz told The Record the U.S. Army (and its contractors) \
            were "not informed." Shares rose 3.5% to $12.40! Why? Lt. Reyes said so... at 10 a.m. \
            Ph.D. students, e.g. the ones at M.I.T., disagreed.\r\nSource: Daily Wire.\n\n\
            • He said: “We’re done.” (It wasn’t.) Then—silence. 1. First item. 2) Second one.
            The report (see p. 4.) was filed in Hartford, Conn. It is due Dec. 3. etc. and so on.
            """
        try expectAgreesWithICU(text)
    }

    @Test func agreesWithICUOnRandomText() throws {
        var generator = SeededGenerator(seed: 72)
        let abbreviations = ICU.sentenceBreakSuppressions(locale: "en") ?? []
        let pieces: [String] = [
            "a", "the", "said", "x", "é", "ß", "Bank", "I", "It", "A", "S", "U", "D", "Ph", "Lt", "Cdr", "Mr", "p", "m",
            "É", "Ø", "ŉ", "Ÿ", "日本", "Αθήνα", "𝐀", "🎉", "7", "42", "1.5", ".", ".", ".", "!", "?", "‼", "。", "…",
            "\u{2024}", "\u{FF0E}", ",", ";", ":", "-", "–", "—", "'", "\"", "“", "”", "‘", "’", "«", "»", "(", ")",
            "[", "]", "{", " ", " ", " ", "  ", "\t", "\u{A0}", "\u{0B}", "\u{0C}", "\n", "\n", "\r\n", "\r",
            "\u{85}", "\u{2028}", "\u{2029}", "/", "@", "$", "%", "·",
        ]
        for _ in 0..<50_000 {
            let length = Int.random(in: 1..<30, using: &generator)
            let text = (0..<length).map { _ in
                Int.random(in: 0..<6, using: &generator) == 0
                    ? abbreviations.randomElement(using: &generator)!
                    : pieces.randomElement(using: &generator)!
            }.joined()
            try expectAgreesWithICU(text)
        }
    }

    @Test(arguments: ["en", "de", "fr", "es"])
    func agreesWithICUAfterEveryAbbreviationICUKnows(language: String) throws {
        let scanner = try #require(SentenceBreakScanner(language: language))
        let abbreviations = try #require(ICU.sentenceBreakSuppressions(locale: language))
        #expect(abbreviations.count > 50)
        for abbreviation in abbreviations {
            for follower in [" Smith", " smith", "  Smith", "\nSmith", " (Smith", "A.", " 5", "", "S. Smith", ".Cdr. Smith"] {
                for text in ["Talks with " + abbreviation + follower + " went on.", abbreviation + follower] {
                    let result = try scanned(text, scanner: scanner, language: language).boundaries
                    let expected = try icuBoundaries(.sentence, in: text, locale: language + "@ss=standard").offsets
                    #expect(result == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func leavesOnlyTheParagraphOfACombiningMarkOrFormatCharacterToICU() throws {
        let text = "Markets fell. Traders left.\nCafe\u{301} opened. It was busy.\r\nA soft\u{AD}hyphen. Then more.\nJoined\u{200D}. Then more."
        let result = try scanned(text)
        #expect(result.paragraphsForICU == [
            "Cafe\u{301} opened. It was busy.\r\n", "A soft\u{AD}hyphen. Then more.\n", "Joined\u{200D}. Then more.",
        ])
        #expect(result.boundaries == (try icuBoundaries(.sentence, in: text, locale: "en@ss=standard").offsets))
    }

    @Test func agreesWithICUOnRandomTextWithCombiningMarksAndFormatCharacters() throws {
        var generator = SeededGenerator(seed: 73)
        let pieces: [String] = [
            "a", "the", "Bank", "I", "Mr", "U", "S", "7", "1.5", ".", ".", "!", "?", "…", ",", "'", "\"", "”", "’", ")",
            "(", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{301}", "\u{AD}",
            "\u{200D}", "\u{FE0F}", "e\u{301}", "日本", "。",
        ]
        for _ in 0..<30_000 {
            let length = Int.random(in: 1..<40, using: &generator)
            try expectAgreesWithICU((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    @Test func leavesLocalesWithRulesOrNoListOfTheirOwnToICU() {
        #expect(SentenceBreakScanner(language: "el") == nil)  // Greek: ICU has sentence rules for it
        #expect(SentenceBreakScanner(language: "ja") == nil)  // no abbreviation list
        #expect(SentenceBreakScanner(language: "de") != nil)
    }

    @Test func givesNoBoundaryForEmptyText() throws {
        #expect(try scanned("").boundaries == [])
    }
}
