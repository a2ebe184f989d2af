import EnrichCore
@testable import EnrichKeywords
import Testing

/// How a word token is read: lowered, hashed eight bytes at a time, its casing noted.
@Suite struct WordReadingTests {
    /// The plain-ASCII reading of `text[range]`, and the full reading through a scratch buffer.
    private static func readings(_ text: String, _ range: Range<Int>) -> (plain: WordForm?, full: WordForm) {
        var text = text
        return text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordForm.scratchCapacity) { scratch in
                let textRange = TextRange(start: range.lowerBound, end: range.upperBound)
                return (WordForm(plainASCII: utf8, range: textRange), WordForm(utf8: utf8, range: textRange, scratch: scratch))
            }
        }
    }

    @Test func bothReadingsOfAPlainWordGiveTheHashOfItsLowerCaseForm() throws {
        // A word longer than eight bytes, ending one byte before the end of the text.
        let (plain, full) = Self.readings("Shipbuilding.", 0..<12)
        let read = try #require(plain)
        #expect(read.lowercaseHash == WordHash.hash("shipbuilding".utf8))
        #expect(full.lowercaseHash == read.lowercaseHash)
        #expect(read.isCapitalized && !read.isAcronym)
    }

    @Test func aWordAtTheVeryEndOfTheTextIsReadWithoutTheBytesAfterIt() throws {
        let (plain, _) = Self.readings("Ferry to Dunmore", 9..<16)
        #expect(try #require(plain).lowercaseHash == WordHash.hash("dunmore".utf8))
    }

    @Test func capitalsThroughoutMakeAnAcronymOnlyFromTwoLettersOn() throws {
        #expect(try #require(Self.readings("NASA said", 0..<4).plain).isAcronym)
        #expect(try #require(Self.readings("I said", 0..<1).plain).isAcronym == false)
        // Two capitals in different eight-byte chunks, no small letter.
        #expect(try #require(Self.readings("ABCDEFGHIJ-9", 0..<12).plain).isAcronym)
        #expect(try #require(Self.readings("McDonald", 0..<8).plain).isAcronym == false)
    }

    @Test func aWordWithAnApostropheOrANonASCIILetterNeedsTheFullReading() {
        #expect(Self.readings("Harborview's", 0..<12).plain == nil)
        #expect(Self.readings("Zürich", 0..<7).plain == nil)
        let (_, full) = Self.readings("Harborview's", 0..<12)
        #expect(full.lowercaseHash == WordHash.hash("harborview".utf8))
    }

    @Test func wordsOfUpToEightBytesNeverShareAHash() {
        let words = ["a", "b", "ab", "ba", "a\u{0}", "harbour", "harbours", "harbourz"]
        #expect(Set(words.map { WordHash.hash($0.utf8) }).count == words.count)
    }
}
