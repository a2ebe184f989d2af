import EnrichCore
import Foundation

/// What the keywords and summary stages know about English words in general: which words are
/// stopwords, and how frequent each word is (Zipf scale), so that a document's unusual words
/// can stand out from words that are frequent everywhere.
///
/// Loaded from `models/keywords/stopwords.txt` and `models/keywords/frequencies.tsv` (see
/// `scripts/build_frequencies.py`); words are keyed by the `WordHash` of their lower-case form.
public struct Lexicon: Sendable {
    static let stopwordsFile = "keywords/stopwords.txt"
    static let frequenciesFile = "keywords/frequencies.tsv"

    private let stopwords: WordTable<Bool>
    private let zipf: WordTable<Float>
    /// The Zipf value given to a word the table does not list (rarer than its last entry).
    public let unlistedZipf: Float

    private init(stopwords: WordTable<Bool>, zipf: WordTable<Float>, unlistedZipf: Float) {
        self.stopwords = stopwords
        self.zipf = zipf
        self.unlistedZipf = unlistedZipf
    }

    /// The lexicon of the models folder, loaded once per process and folder (both the keywords
    /// and the summary stage use it).
    public static func shared(from store: ModelStore) throws(PipelineError) -> Lexicon {
        try LexiconCache.shared.lexicon(for: store)
    }

    /// Loads the lexicon from the models folder; a missing or malformed file is an error naming it.
    /// The frequency table is parsed on its bytes: it has 100,000 lines.
    public static func load(from store: ModelStore) throws(PipelineError) -> Lexicon {
        var stopwords = WordTable<Bool>()
        for line in try store.lines(stopwordsFile) {
            stopwords[WordHash.hash(line.drop { $0 == " " || $0 == "\t" }.utf8)] = true
        }
        let path = try store.path(frequenciesFile)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError("model file \(path) cannot be read")
        }
        var zipf = WordTable<Float>(minimumCapacity: data.count / 12)
        var lowest = Float.infinity
        var malformedLine: Int?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var lineNumber = 0
            while lineStart < bytes.count && malformedLine == nil {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
                guard let tab = (lineStart..<lineEnd).first(where: { bytes[$0] == 0x09 }),
                      let value = parseDecimal(UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<lineEnd])) else {
                    malformedLine = lineNumber
                    return
                }
                zipf[WordHash.hash(UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]))] = value
                lowest = min(lowest, value)
            }
        }
        if let malformedLine {
            throw PipelineError("model file \(path): line \(malformedLine) is not 'word<TAB>zipf'")
        }
        guard zipf.count > 0 else { throw PipelineError("model file \(path) lists no words") }
        return Lexicon(stopwords: stopwords, zipf: zipf, unlistedZipf: max(0, lowest - 0.5))
    }

    /// Parses "4.25" (digits, an optional point and decimals, an optional CR), or nil.
    private static func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Float? {
        var value: Float = 0
        var scale: Float = 0
        var digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Float(byte - UInt8(ascii: "0"))
                if scale == 0 {
                    value = value * 10 + digit
                } else {
                    value += digit * scale
                    scale /= 10
                }
                digits += 1
            case UInt8(ascii: "."):
                guard scale == 0 else { return nil }
                scale = 0.1
            case 0x0D:
                continue
            default:
                return nil
            }
        }
        return digits > 0 ? value : nil
    }

    public func isStopword(_ lowercaseHash: UInt64) -> Bool { stopwords[lowercaseHash] != nil }

    /// The word's Zipf frequency (log10 of occurrences per billion words).
    public func zipf(_ lowercaseHash: UInt64) -> Float { zipf[lowercaseHash] ?? unlistedZipf }

    /// How rare a word is in general English, in (0, 1]: 1 for an unlisted word, near 0 for "the".
    /// Proportional to -log(probability), the information a word carries (an IDF without a corpus).
    public func rarity(_ lowercaseHash: UInt64) -> Float {
        let information = 9 - zipf(lowercaseHash)
        return min(1, max(0.05, information / (9 - unlistedZipf)))
    }
}
