import EnrichCore
import EnrichTestSupport
import EnrichText
import Testing

@Suite("Sentence and token invariants on generated text")
struct InvariantTests {
    /// Pieces that the rules look at, glued at random: marks, abbreviations, markers, quotes,
    /// brackets, line breaks, addresses and non-ASCII letters.
    static let pieces = [
        "The", "bank", "U.S.", "Inc.", "Mr.", "a.m.", "No.", "5", "1.", "2)", "a.", "b)", "•", "⁃", ".", "!", "?",
        "?!", "...", ". . .", "…", "[...]", "[4]", "(", ")", "\"", "“", "”", "’s", "'", " ", " ", " ", "\n", "\n\n",
        "-", "e.g.", "J.", "Yahoo!", "www.example.com", "ann@example.org", "Ünïcode", "👍", "\u{2028}", "\u{A0}",
        "at", "It", "10:30", "3.5", "state-backed",
    ]

    static func texts(count: Int) -> [String] {
        var generator = SeededGenerator(seed: 42)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...40, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }
                .joined()
        }
    }

    @Test func sentencesAreOrderedTrimmedAndLoseOnlyWhitespace() {
        for text in Self.texts(count: 3_000) {
            let utf8 = Array(text.utf8)
            var previousEnd = 0
            for sentence in englishSegmenter.sentences(in: text) {
                #expect(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= utf8.count)
                #expect(isWhitespace(utf8[previousEnd..<sentence.start]), "text lost before \(sentence) in \(text.debugDescription)")
                #expect(!isWhitespace(utf8[sentence.start..<(sentence.start + 1)]))
                previousEnd = sentence.end
            }
            #expect(isWhitespace(utf8[previousEnd...]), "text lost at the end of \(text.debugDescription)")
        }
    }

    @Test func tokensAreOrderedAndDisjointAndSkipOnlyWhitespace() throws {
        let tokenizer = try Tokenizer(language: "en", lexicon: englishLexicon)
        for text in Self.texts(count: 3_000) {
            let utf8 = Array(text.utf8)
            var previousEnd = 0
            for token in tokenizer.tokens(in: text) {
                #expect(token.range.start >= previousEnd && token.range.start < token.range.end && token.range.end <= utf8.count)
                #expect(isWhitespace(utf8[previousEnd..<token.range.start]), "text lost before \(token) in \(text.debugDescription)")
                previousEnd = token.range.end
            }
            #expect(isWhitespace(utf8[previousEnd...]), "text lost at the end of \(text.debugDescription)")
        }
    }

    private func isWhitespace(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}
