@testable import EnrichAttribution
import Testing

/// Lexicon keys: lower-cased ASCII, up to 16 bytes, read straight from a document's bytes.
@Suite struct PackedWordTests {
    private func key(_ text: String, _ range: Range<Int>) -> PackedWord? {
        Array(text.utf8).withUnsafeBufferPointer { PackedWord($0, range) }
    }

    @Test func capitalsAndLowerCaseGiveTheSameKeyOnBothSidesOfEightBytes() {
        #expect(key("The ASSOCIATED Press", 4..<14) == PackedWord("associated"))
        #expect(key("Said", 0..<4) == PackedWord("said"))
        #expect(key("Said", 0..<4) != PackedWord("sand"))
    }

    @Test func aWordAtTheVeryEndOfTheTextIsReadWithoutItsNeighbours() {
        #expect(key("…reports", 3..<10) == PackedWord("reports"))
        #expect(key("Cybersecurity", 0..<13) == PackedWord("cybersecurity"))
    }

    @Test func nonASCIILettersAreKeptAsWritten() {
        #expect(key("País", 0..<5) == PackedWord("país"))
        #expect(key("PAÍS", 0..<5) != PackedWord("país"))
    }

    @Test func wordsLongerThanSixteenBytesHaveNoKey() {
        #expect(key("counterintelligence", 0..<19) == nil)
        #expect(PackedWord("") == nil)
    }
}
