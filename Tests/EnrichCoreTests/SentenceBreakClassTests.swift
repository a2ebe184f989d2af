import Testing

@testable import EnrichCore

/// The Sentence_Break classes that the sentence scanner uses come from the linked ICU.
@Suite struct SentenceBreakClassTests {
    private typealias Class = ICU.SentenceBreakClass

    @Test func everyKindOfNewsCharacterHasItsUAX29Class() {
        let expected: [(Unicode.Scalar, UInt8)] = [
            (".", Class.aTerm), ("!", Class.sTerm), ("?", Class.sTerm), ("a", Class.lower),
            ("Z", Class.upper), ("7", Class.numeric), (" ", Class.sp), ("\n", Class.lineFeed),
            ("\r", Class.carriageReturn), (",", Class.sContinue), ("\"", Class.close),
            ("\u{201D}", Class.close), ("\u{0301}", Class.extend), ("\u{00AD}", Class.format),
            ("\u{2029}", Class.sep), ("\u{65E5}", Class.oLetter), ("\u{3002}", Class.sTerm),
        ]
        for (scalar, expectedClass) in expected {
            #expect(ICU.sentenceBreakClass(of: scalar.value) == expectedClass, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func aTableOfTheWholeBasicPlaneAgreesWithLookupsOneByOne() {
        let table = ICU.sentenceBreakClasses(0..<0x1_0000)
        for scalar in stride(from: UInt32(0), to: 0x1_0000, by: 97) {
            #expect(table[Int(scalar)] == ICU.sentenceBreakClass(of: scalar))
        }
    }

    @Test func aTableStartingInsideARangeAndPastUnicodeStillHasEveryEntry() {
        let table = ICU.sentenceBreakClasses(0x10_FFF0..<0x11_0010)
        #expect(table.count == 0x20)
        #expect(table[16...].allSatisfy { $0 == Class.other })
    }
}
