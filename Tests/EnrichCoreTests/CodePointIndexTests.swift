import Testing

@testable import EnrichCore

@Suite struct CodePointIndexTests {
    /// Code point offset of every UTF-8 boundary, computed the slow, obvious way.
    private func expectedOffsets(_ text: String) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var byteOffset = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            result[byteOffset] = index
            byteOffset += UTF8.width(scalar)
        }
        result[byteOffset] = text.unicodeScalars.count
        return result
    }

    private func check(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let index = CodePointIndex(utf8: utf8)
            for (byteOffset, codePoint) in expectedOffsets(String(decoding: utf8, as: UTF8.self)) {
                #expect(index.codePoint(byteOffset) == codePoint, "byte \(byteOffset)")
            }
        }
    }

    @Test func asciiOffsetsAreUnchanged() { check("The Commerce Department said Friday.") }

    @Test func accentedLettersCountOnce() { check("Héllo wörld, naïve café.") }

    @Test func cjkCharactersCountOnce() { check("日本語の文。Another one.") }

    @Test func emojiOutsideTheBMPCountOnce() {
        // Python counts 🎉 as one code point; UTF-16 would count two, UTF-8 four.
        check("Emoji 🎉 test 👩‍💻 done.")
    }

    @Test func curlyQuotesAndDashesCountOnce() { check("“Quoted” — ‘single’ … end") }

    @Test func offsetsAcrossManyBlocks() {
        check(String(repeating: "añb🎉c ", count: 300))
    }

    @Test func endOfATextWhoseLengthIsAMultipleOfTheBlockSize() {
        check(String(repeating: "é", count: 32))
    }
}

@Suite struct CodePointIndexLookupTests {
    @Test func offsetsNearTheEndOfANonASCIIText() {
        // Lookups in the last bytes cannot read a whole word past the offset.
        let text = "Zürich, " + String(repeating: "ab", count: 40) + "é"
        var copy = text
        copy.withUTF8 { utf8 in
            let index = CodePointIndex(utf8: utf8)
            #expect(index.codePoint(utf8.count) == text.unicodeScalars.count)
            #expect(index.codePoint(utf8.count - 2) == text.unicodeScalars.count - 1)
            #expect(index.codePoint(utf8.count - 5) == text.unicodeScalars.count - 4)
        }
    }
}
