import Testing
@testable import EnrichKeywords

@Suite struct PorterStemmerTests {
    func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        let count = bytes.withUnsafeMutableBufferPointer { PorterStemmer.stem($0, count: $0.count) }
        return String(decoding: bytes[0..<count], as: UTF8.self)
    }

    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("elections", "elect"), ("election", "elect"),
        ("running", "run"), ("hopping", "hop"), ("agreed", "agre"), ("relational", "relat"),
        ("happiness", "happi"), ("generalization", "gener"), ("controlling", "control"), ("it", "it"),
    ])
    func inflectionsReduceToPortersStem(word: String, expected: String) {
        #expect(stem(word) == expected)
    }
}
