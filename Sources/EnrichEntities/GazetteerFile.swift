import EnrichCore
import Foundation

/// One plain-text file the compiled gazetteer is built from: a TSV of entities
/// (`name <TAB> label <TAB> canonical id <TAB> aliases|...`) or a word list (one word a line)
/// whose words get one `WordClass`. Lines that are empty or start with `#` are skipped.
public struct GazetteerFile: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case entities
        case words(WordClass)

        /// The kind in a few letters, for the cache's source stamp (interpolating the enum itself
        /// would go through reflection, about 0.2M instructions a file at every start).
        var role: String {
            switch self {
            case .entities: "entities"
            case .words(let wordClass): "words-" + String(wordClass.rawValue)
            }
        }
    }

    /// Absolute path of the file.
    public let path: String
    public let kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// The file's bytes; fails naming the file when it cannot be read.
    func contents() throws(PipelineError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError("gazetteer file \(path) is missing or unreadable")
        }
        return [UInt8](data)
    }

    /// Calls `body` with each entity of a TSV file: its names (canonical name first), label and id.
    func forEachEntity(
        _ body: (_ names: [Substring], _ label: EntityLabel, _ id: Substring) -> Void
    ) throws(PipelineError) {
        guard let text = String(validating: try contents(), as: UTF8.self) else {
            throw PipelineError("gazetteer file \(path) is not valid UTF-8")
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3, !columns[0].isEmpty, !columns[2].isEmpty else {
                throw PipelineError("gazetteer file \(path) line \(lineNumber): expected name, label and id "
                    + "separated by tabs")
            }
            guard let label = EntityLabel(columns[1]), !label.isNumeric else {
                throw PipelineError("gazetteer file \(path) line \(lineNumber): unknown label '\(columns[1])'")
            }
            var names = [columns[0]]
            if columns.count > 3 {
                names += columns[3].split(separator: "|").filter { !$0.isEmpty }
            }
            body(names, label, columns[2])
        }
    }

    /// Calls `body` with each word of a word list.
    func forEachWord(_ body: (Substring) -> Void) throws(PipelineError) {
        guard let text = String(validating: try contents(), as: UTF8.self) else {
            throw PipelineError("gazetteer file \(path) is not valid UTF-8")
        }
        for line in text.split(separator: "\n") {
            let word = line.hasSuffix("\r") ? line.dropLast() : line
            if word.isEmpty || word.hasPrefix("#") { continue }
            body(word)
        }
    }
}

/// What the tagger knows about a single word from the word lists (a bit set).
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// A given name ("Jane"): starts the first-name pattern.
    public static let firstName = WordClass(rawValue: 1)
    /// An ordinary English word ("target", "justice"): guards one-word names.
    public static let commonWord = WordClass(rawValue: 2)
    /// A title or role ("CTO", "analyst", "President"): starts the title pattern.
    public static let title = WordClass(rawValue: 4)
    /// A word that ends an organization's name ("Department", "Alliance", "Inc.").
    public static let organizationHead = WordClass(rawValue: 8)
    /// The first token of a listed name written with a small letter ("ebay" of "eBay"): the
    /// matcher tries names at small-letter tokens only when they carry this bit.
    public static let lowerNameStart = WordClass(rawValue: 16)

    /// The classes that matter for a word written in small letters (the others need a capital).
    public static let inSmallLetters: WordClass = [.title, .lowerNameStart]
}
