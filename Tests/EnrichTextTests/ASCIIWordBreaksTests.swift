import EnrichCore
import EnrichTestSupport
import Testing

@testable import EnrichText

/// The byte scanner must give exactly ICU's word boundaries and rule statuses on the text it accepts.
@Suite struct ASCIIWordBreaksTests {
    /// The scanner's segment ends and statuses for `text`, or nil when it leaves a character to ICU.
    private func scanned(_ text: String) -> (ends: [Int], statuses: [Int32])? {
        var text = text
        return text.withUTF8 { utf8 in
            guard ASCIIWordBreaks.firstUnsupportedCharacter(in: utf8, from: 0) == utf8.count else { return nil }
            return ASCIIWordBreaks.withClasses { classes in
                var result: (ends: [Int], statuses: [Int32]) = ([], [])
                var offset = 0
                while offset < utf8.count {
                    let segment = ASCIIWordBreaks.segment(at: offset, in: utf8, classes: classes)
                    result.ends.append(segment.end)
                    result.statuses.append(segment.status)
                    offset = segment.end
                }
                return result
            }
        }
    }

    /// Expects the scanner to accept `text` and to give exactly ICU's boundaries and statuses.
    private func expectAgreesWithICU(_ text: String) throws {
        let result = try #require(scanned(text))
        let expected = try icuBoundaries(.word, in: text)
        #expect(result.ends == expected.offsets, "\(text.debugDescription)")
        #expect(result.statuses == expected.statuses, "\(text.debugDescription)")
    }

    @Test func agreesWithICUOnNewsText() throws {
        let text = "Razer’s CTO told The Record on 3/12 that 100,000 records (U.S. users' data) leaked — “common,” he said… at 10:30 a.m.\r\nRead: www.example.com_x; e.g. A.B.C. v2.0 state-backed"
        try expectAgreesWithICU(text)
    }

    @Test func agreesWithICUOnRandomText() throws {
        var generator = SeededGenerator(seed: 29)
        let alphabet: [String] = ["a", "B", "z", "7", "0", ".", "'", ",", ";", ":", "_", "-", " ", " ", "\n", "\r", "\t",
                                  "\u{0B}", "’", "‘", "“", "”", "—", "–", "…", "\u{A0}", "!", "?", "(", ")", "@", "/", "$", "%",
                                  "é", "Ø", "ł", "ſ", "€"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 1..<24, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            try expectAgreesWithICU(text)
        }
    }

    @Test func agreesWithICUOnLatinNames() throws {
        let text = "Zoë Ødegaard of Łódź told São Paulo’s Jiří Dvořák the €4.5 fee was “naïve”."
        try expectAgreesWithICU(text)
    }

    @Test func wordBoundariesAgreeWithICUOnTextMixingScriptsLineByLine() throws {
        var generator = SeededGenerator(seed: 8)
        let boundaries = try WordBoundaries(locale: "en")
        let alphabet: [String] = ["Bank", "said", "42", "3.5", ".", "'", "’", ",", "_", " ", " ", "\n", "\n", "\r\n", "\r",
                                  "—", "“", "é", "Αθήνα", "日本", "🎉", "e\u{301}", "×"]
        for _ in 0..<3000 {
            let length = Int.random(in: 1..<30, using: &generator)
            var text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let expected = try icuBoundaries(.word, in: text)
            let result = text.withUTF8 { utf8 in
                boundaries.withSegments(of: utf8) { segments in
                    var result: (ends: [Int], statuses: [Int32]) = ([], [])
                    while segments.end < utf8.count {
                        segments.readNext()
                        result.ends.append(segments.end)
                        result.statuses.append(segments.status)
                    }
                    return result
                }
            }
            #expect(result.ends == expected.offsets, "\(text.debugDescription)")
            #expect(result.statuses == expected.statuses, "\(text.debugDescription)")
        }
    }

    @Test func declinesOtherScripts() {
        #expect(scanned("Αθήνα") == nil)
        #expect(scanned("Cafe\u{301} au lait") == nil)
        #expect(scanned("3×4") == nil)
        #expect(scanned("日本語") == nil)
        #expect(scanned("emoji 🎉") == nil)
    }
}
