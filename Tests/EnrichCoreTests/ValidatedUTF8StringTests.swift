import Testing

@testable import EnrichCore

@Suite struct ValidatedUTF8StringTests {
    private func made(_ text: String) -> String {
        Array(text.utf8).withUnsafeBufferPointer { String(validatedUTF8: $0) }
    }

    @Test func asciiTextEqualsAndHashesLikeTheOriginal() {
        let text = "The Associated Press reports a breach at Tidewater Payments."
        #expect(made(text) == text)
        #expect(Set([text]).contains(made(text)))
    }

    @Test func nonASCIITextEqualsAndHashesLikeTheOriginal() {
        let text = "Café owner José told Threatpost: “we’re fine” — €5bn 🎉"
        #expect(made(text) == text)
        #expect(Set([text]).contains(made(text)))
        #expect(made(text).unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func emptyBytesMakeTheEmptyString() {
        #expect(made("") == "")
    }
}
