import EnrichCore
import EnrichTestSupport
import Testing

@testable import EnrichText

/// The byte scanner must give exactly the sentence boundaries of ICU's `en@ss=standard` iterator
/// on the text it accepts.
@Suite struct SentenceBreakScannerTests {
    private static let scanner = SentenceBreakScanner(language: "en")

    private func scanned(_ text: String) throws -> [Int]? {
        let scanner = try #require(Self.scanner)
        var text = text
        return text.withUTF8 { utf8 in
            var boundaries: [Int] = []
            return scanner.appendBoundaries(in: utf8, to: &boundaries) ? boundaries : nil
        }
    }

    /// Expects the scanner to accept `text` and to give exactly ICU's boundaries.
    private func expectAgreesWithICU(_ text: String) throws {
        let result = try #require(try scanned(text), "declined \(text.debugDescription)")
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
                for var text in ["Talks with " + abbreviation + follower + " went on.", abbreviation + follower] {
                    let result = text.withUTF8 { utf8 in
                        var boundaries: [Int] = []
                        return scanner.appendBoundaries(in: utf8, to: &boundaries) ? boundaries : nil
                    }
                    let expected = try icuBoundaries(.sentence, in: text, locale: language + "@ss=standard").offsets
                    #expect(result == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func declinesCombiningMarksAndFormatCharacters() throws {
        #expect(try scanned("Cafe\u{301} opened. It was busy.") == nil)
        #expect(try scanned("A soft\u{AD}hyphen. Then more.") == nil)
        #expect(try scanned("Joined\u{200D}. Then more.") == nil)
    }

    @Test func leavesLocalesWithRulesOrNoListOfTheirOwnToICU() {
        #expect(SentenceBreakScanner(language: "el") == nil)  // Greek: ICU has sentence rules for it
        #expect(SentenceBreakScanner(language: "ja") == nil)  // no abbreviation list
        #expect(SentenceBreakScanner(language: "de") != nil)
    }

    @Test func givesNoBoundaryForEmptyText() throws {
        #expect(try scanned("") == [])
    }
}
