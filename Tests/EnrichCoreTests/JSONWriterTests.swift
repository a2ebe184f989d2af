import EnrichTestSupport
import Foundation
import Testing

@testable import EnrichCore

@Suite struct JSONWriterTests {
    private func encoded(_ text: String) -> String {
        var writer = JSONWriter()
        writer.string(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func quotesAndBackslashesAreEscaped() {
        #expect(encoded(#"He said "no" \ left"#) == #""He said \"no\" \\ left""#)
    }

    @Test func controlCharactersAreEscaped() {
        #expect(encoded("a\nb\rc\td\u{0}e\u{8}f\u{C}g\u{1F}") == #""a\nb\rc\td\u0000e\bf\fg\u001f""#)
    }

    @Test func lineAndParagraphSeparatorsAreEscaped() {
        #expect(encoded("one\u{2028}two\u{2029}three") == #""one\u2028two\u2029three""#)
    }

    @Test func otherNonASCIIIsWrittenAsUTF8() {
        #expect(encoded("Café “quoted” — 日本 🎉 \u{2027}") == "\"Café “quoted” — 日本 🎉 \u{2027}\"")
    }

    @Test func aCharacterToEscapeIsFoundAtEveryPositionOfAShortString() {
        // Strings up to 16 bytes are tested as one or two words; longer ones end with a word
        // that overlaps bytes already scanned.
        for length in 1...24 {
            for position in 0..<length {
                let before = String(repeating: "a", count: position)
                let after = String(repeating: "b", count: length - position - 1)
                #expect(encoded(before + "\"" + after) == "\"" + before + "\\\"" + after + "\"")
                #expect(encoded(before + "\n" + after) == "\"" + before + "\\n" + after + "\"")
            }
        }
    }

    @Test func shortStringsNeedingNoEscapeAreWrittenWhole() {
        for length in 0...20 {
            let text = String("Reuters said Tuesday".prefix(length))
            #expect(encoded(text) == "\"" + text + "\"")
        }
        #expect(encoded("é") == "\"é\"")
        #expect(encoded("Zürich, “Q”") == "\"Zürich, “Q”\"")
    }

    @Test func outputParsesBackToTheSameString() throws {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [Unicode.Scalar] = ["a", "\"", "\\", "\n", "\u{0}", "\u{7F}", "é", "\u{2028}", "\u{2029}", "🎉", "\u{E2}"]
        for _ in 0..<200 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }))
            let json = "[" + encoded(text) + "]"
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            #expect(decoded == [text])
        }
    }

    @Test func integersAndRoundedDoubles() {
        var writer = JSONWriter()
        writer.int(0)
        writer.raw(.comma)
        writer.int(-1234567)
        writer.raw(.comma)
        writer.double(0.123456)
        writer.raw(.comma)
        writer.double(1.0)
        writer.raw(.comma)
        writer.double(.nan)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "0,-1234567,0.1235,1,null")
    }

    @Test func integersOfEveryLengthAreWrittenInFull() {
        var writer = JSONWriter()
        for value in [7, 10, 42, 2026, -9, Int.max, Int.min] {
            writer.int(value)
            writer.raw(.comma)
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == "7,10,42,2026,-9,9223372036854775807,-9223372036854775808,")
    }

    @Test func valuesKeepObjectKeyOrder() {
        var writer = JSONWriter()
        writer.value(.object([("b", 1), ("a", ["x", .null, true])]))
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"b":1,"a":["x",null,true]}"#)
    }
}

@Suite struct JSONWriterNumberTests {
    @Test func roundedDoublesAreWrittenAsSwiftPrintsThem() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<5000 {
            let magnitude = [1e-5, 1e-3, 1, 100, 1e6, 1e9, 1e12][Int.random(in: 0..<7, using: &generator)]
            let value = Double.random(in: -magnitude...magnitude, using: &generator)
            let rounded = (value * 10_000).rounded() / 10_000
            let expected = rounded == rounded.rounded(.towardZero) && abs(rounded) < 1e15
                ? String(Int(rounded)) : String(rounded)
            var writer = JSONWriter()
            writer.double(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
        }
    }

    @Test func aWriterReusedAfterRemoveAllHoldsOnlyTheNewBytes() {
        var writer = JSONWriter(capacity: 8)
        writer.string(String(repeating: "long text ", count: 20))
        writer.removeAll()
        writer.int(42)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "42")
    }
}
