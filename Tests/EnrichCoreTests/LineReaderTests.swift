import EnrichTestSupport
import Foundation
import Testing

@testable import EnrichCore

@Suite struct LineReaderTests {
    /// Writes `bytes` to a pipe from another thread and reads them back with a LineReader.
    private func lines(of bytes: [UInt8], chunkSize: Int, maxLineBytes: Int = 1 << 20) throws -> [LineReader.Line] {
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        let thread = Thread {
            writer.write(Data(bytes))
            try? writer.close()
        }
        thread.start()
        var reader = LineReader(descriptor: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: maxLineBytes,
                                chunkSize: chunkSize)
        var result: [LineReader.Line] = []
        while let line = try reader.next() { result.append(line) }
        return result
    }

    private func texts(_ lines: [LineReader.Line]) -> [String] {
        lines.map { line in
            switch line {
            case .bytes(_, let bytes): String(decoding: bytes, as: UTF8.self)
            case .tooLong(_, let length): "<\(length) bytes>"
            }
        }
    }

    @Test func matchesSplittingTheWholeInputForEveryChunkSize() throws {
        var generator = SeededGenerator(seed: 2026)
        let input = (0..<300).map { _ in
            String(repeating: "x", count: Int.random(in: 0..<90, using: &generator))
        }.joined(separator: "\n")
        let expected = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for chunkSize in [1, 2, 3, 7, 64, 500, 4096] {
            #expect(texts(try lines(of: Array(input.utf8), chunkSize: chunkSize)) == expected, "chunk \(chunkSize)")
        }
    }

    @Test func lastLineWithoutNewlineIsKept() throws {
        #expect(texts(try lines(of: Array("a\nb".utf8), chunkSize: 16)) == ["a", "b"])
    }

    @Test func finalNewlineAddsNoEmptyLine() throws {
        #expect(texts(try lines(of: Array("a\nb\n".utf8), chunkSize: 16)) == ["a", "b"])
    }

    @Test func overlongLinesAreReportedWithTheirLengthAndSkipped() throws {
        let input = "short\n" + String(repeating: "y", count: 100) + "\nafter\n"
        let result = try lines(of: Array(input.utf8), chunkSize: 8, maxLineBytes: 20)
        #expect(texts(result) == ["short", "<100 bytes>", "after"])
        if case .bytes(let number, _) = result[2] { #expect(number == 3) } else { Issue.record("line 3 missing") }
    }
}
