import Foundation
import Testing

@testable import EnrichCore

@Suite struct ModelStoreTests {
    private func lines(of text: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("list.txt"), atomically: true, encoding: .utf8)
        return try ModelStore(directory: folder.path, cacheDirectory: folder.path).lines("list.txt").map(String.init)
    }

    @Test func blankLinesAndCommentsAreSkipped() throws {
        let file = "# outlets of the morning digest\nReuters\n\n   \n\t# a note\nThe Associated Press\n"
        #expect(try lines(of: file) == ["Reuters", "The Associated Press"])
    }

    @Test func linesKeepTheirIndentation() throws {
        #expect(try lines(of: "  Threatpost\t\n") == ["  Threatpost\t"])
    }

    @Test func everyUnicodeLineBreakEndsALine() throws {
        let file = "Bloomberg\r\nLe Monde\rEl País\u{2028}Die Zeit\u{2029}NHK\u{85}Yonhap\u{0B}Kyodo\u{0C}AFP"
        #expect(try lines(of: file) == ["Bloomberg", "Le Monde", "El País", "Die Zeit", "NHK", "Yonhap", "Kyodo", "AFP"])
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        #expect {
            _ = try ModelStore(directory: "/nonexistent-models", cacheDirectory: "/tmp").lines("sources/outlets.tsv")
        } throws: { error in
            "\(error)".contains("sources/outlets.tsv")
        }
    }
}
