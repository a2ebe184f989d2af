import EnrichCore
import Foundation
@testable import EnrichDigest

/// The invented digests in `Fixtures/`, one per shape the splitter handles.
enum Fixture {
    static let all = [
        "daily-digest", "outlet-headers", "categories", "numbered", "bullets", "markdown", "archive",
        "dashboard", "plain-article", "plain-untitled",
    ]

    static func text(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("missing fixture \(name).txt")
        }
        return text
    }

    /// The records the digest stage makes of `text`.
    static func split(_ text: String, mode: SplitMode = .auto, id: DocumentID = "doc") -> [Document] {
        var documents = [Document(id: id, text: text)]
        DigestStage(mode: mode).process(&documents)
        return documents
    }

    static func split(fixture name: String, mode: SplitMode = .auto) -> [Document] {
        split(text(name), mode: mode)
    }
}

extension Document {
    /// The `digest` field `key` as a string, or its values joined by " | " when it is a list.
    func digestField(_ key: DigestField) -> String? {
        switch digest?[key.rawValue] {
        case .string(let value)?: value
        case .array(let values)?: values.map { if case .string(let s) = $0 { s } else { "?" } }.joined(separator: " | ")
        default: nil
        }
    }
}
