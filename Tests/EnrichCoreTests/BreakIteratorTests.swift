import EnrichTestSupport
import Testing

@testable import EnrichCore

/// ICU's boundaries come back as UTF-8 byte offsets, whatever the width of the characters before them.
@Suite struct BreakIteratorTests {
    private func boundaries(_ kind: ICU.BreakKind, _ text: String) throws -> (offsets: [Int], statuses: [Int32]) {
        try icuBoundaries(kind, in: text)
    }

    @Test func wordBoundariesAreByteOffsetsAfterWideCharacters() throws {
        let result = try boundaries(.word, "Zoë 🎉 ok 日本")
        #expect(result.offsets == [4, 5, 9, 10, 12, 13, 19])
        #expect(result.statuses[0] == 200 && result.statuses[4] == 200)
    }

    @Test func sentenceBoundariesAreByteOffsets() throws {
        #expect(try boundaries(.sentence, "Café closed. Zoë left.").offsets == [14, 24])
    }

    @Test func sentenceBoundariesAfterLongMixedRunsAreByteOffsets() throws {
        #expect(try boundaries(.sentence, "Café owners in Zürich said prices rose. 🎉 Zoë left.").offsets == [42, 57])
    }

    @Test func plainASCIITextKeepsItsOffsets() throws {
        #expect(try boundaries(.sentence, "Markets fell. Oil rose.").offsets == [14, 23])
    }
}

@Suite struct SharedBreakIteratorPoolTests {
    @Test func theSameKindAndLocaleShareOnePool() throws {
        let first = try ICU.BreakIteratorPool.shared(.word, locale: "en")
        #expect(try ICU.BreakIteratorPool.shared(.word, locale: "en") === first)
        #expect(try ICU.BreakIteratorPool.shared(.sentence, locale: "en") !== first)
        #expect(try ICU.BreakIteratorPool.shared(.word, locale: "de") !== first)
    }
}
