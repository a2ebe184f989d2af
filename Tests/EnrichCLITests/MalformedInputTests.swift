import EnrichTestSupport
import Foundation
import Testing

/// Bad input never loses good documents: each bad document gets one stderr line naming the
/// input and line, and the exit status says what happened (CONTRACT.md, Errors).
@Suite struct MalformedInputTests {
    private static let mixedLines: [Data] = [
        Data(#"{"id":"g1","text":"Good one."}"#.utf8),
        Data(#"{"id":"b1","text":"bad "#.utf8) + Data([0xFF, 0xFE]) + Data(#" bytes"}"#.utf8),
        Data(#"{"id":"g2","text":"Good two."}"#.utf8),
        Data(#"{"id":"b2", "text": "#.utf8),
        Data(#"{"id":"b3"}"#.utf8),
        Data(#"{"id":"b4","text":42}"#.utf8),
        Data(),
        Data(#"{"id":"g3","text":"Good three."}"#.utf8),
    ]
    private static let mixedInput = mixedLines.reduce(into: Data()) { $0.append($1); $0.append(0x0A) }

    private func jsonl(_ policy: String? = nil, _ input: Data = mixedInput) throws -> EnrichProcess.Result {
        try EnrichProcess.run(["--input", "jsonl", "--split", "none"] + (policy.map { ["--on-error", $0] } ?? []), stdin: input)
    }

    @Test func skipWritesEveryGoodDocumentInOrderAndExitsOne() throws {
        let result = try jsonl()
        #expect(result.records.map { $0["id"] as? String } == ["g1", "g2", "g3"])
        #expect(result.status == 1)
    }

    @Test func eachBadLineGetsOneStderrLineNamingLineAndReason() throws {
        let lines = try jsonl().stderrLines
        #expect(lines == [
            "enrich: stdin:2: invalid UTF-8 (document skipped)",
            "enrich: stdin:4: broken JSON at byte 21: unexpected end of line (document skipped)",
            #"enrich: stdin:5: no "text" field (document skipped)"#,
            #"enrich: stdin:6: "text" is not a string (document skipped)"#,
        ])
    }

    @Test func failStopsAtTheFirstBadDocumentAfterWritingTheOnesBefore() throws {
        let result = try jsonl("fail")
        #expect(result.records.map { $0["id"] as? String } == ["g1"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["enrich: stdin:2: invalid UTF-8 (stopping)"])
    }

    @Test func recordWritesAnErrorRecordInPlaceOfEachBadLine() throws {
        let result = try jsonl("record")
        #expect(result.status == 0)
        let records = result.records
        #expect(records.count == 7)
        #expect(records.map { "\($0["id"] ?? "-")" } == ["g1", "b1", "g2", "b2", "b3", "b4", "g3"])
        let error = try #require(records[4]["error"] as? [String: Any])
        #expect(error["line"] as? Int == 5)
        #expect(error["message"] as? String == #"no "text" field"#)
    }

    @Test func errorRecordsKeepReadablePassthroughFields() throws {
        let input = Data(#"{"id":"x","source":"feed-7","text":17}"#.utf8 + [0x0A])
        let record = try #require(try jsonl("record", input).records.first)
        #expect(record["source"] as? String == "feed-7")
        #expect(record["id"] as? String == "x")
    }

    @Test func invalidUTF8OnStdinIsReportedWithItsByteOffset() throws {
        let result = try EnrichProcess.run(["--split", "none"], stdin: Data("Broken ".utf8) + Data([0xC3, 0x28]) + Data(" text.".utf8))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == ["enrich: stdin: invalid UTF-8 at byte 7 (document skipped)"])
    }

    @Test func nulBytesAreKeptAndEscaped() throws {
        let result = try EnrichProcess.run(["--split", "none"], stdin: "Before\u{0}after. Second sentence.")
        #expect(result.status == 0)
        #expect(result.stdoutText.contains(#""text":"Before\u0000after. Second sentence.""#))
        SpanInvariants.checkAll(result.records)
    }

    @Test func emptyInputWritesNothingAndSucceeds() throws {
        let text = try EnrichProcess.run([], stdin: Data())
        #expect(text.status == 0 && text.stdout.isEmpty && text.stderr.isEmpty)
        let lines = try jsonl(nil, Data())
        #expect(lines.status == 0 && lines.stdout.isEmpty && lines.stderr.isEmpty)
    }

    @Test func blankLinesInJSONLAreSkippedSilentlyButCounted() throws {
        let input = Data("\n   \n{\"text\":\"Third line.\"}\r\n\n".utf8)
        let result = try jsonl(nil, input)
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.records.map { $0["id"] as? Int } == [3])
    }

    @Test func byteOrderMarkIsNotPartOfTheText() throws {
        let result = try EnrichProcess.run(["--split", "none"], stdin: "\u{FEFF}First line.\r\nSecond sentence here.\r\n")
        #expect(result.records.first?["text"] as? String == "First line.\r\nSecond sentence here.\r\n")
    }

    @Test func crlfLineEndsStayInTheTextAndOutOfSentences() throws {
        let result = try EnrichProcess.run(["--split", "none"], stdin: "One line here.\r\nAnother line here.\r\n")
        let sentences = try #require(result.records.first?["sentences"] as? [[String: Int]])
        #expect(sentences.map { [$0["start"]!, $0["end"]!] } == [[0, 14], [16, 34]])
        SpanInvariants.checkAll(result.records)
    }

    @Test func documentOverMaxBytesIsSkippedWithAMessage() throws {
        let input = Data((#"{"id":"big","text":""# + String(repeating: "x", count: 500) + #""}"# + "\n" + #"{"id":"ok","text":"Fine."}"#).utf8)
        let result = try EnrichProcess.run(["--input", "jsonl", "--split", "none", "--max-bytes", "100"], stdin: input)
        #expect(result.records.map { $0["id"] as? String } == ["ok"])
        #expect(result.stderrLines == ["enrich: stdin:1: line is 522 bytes, over --max-bytes (100) (document skipped)"])
        #expect(result.status == 1)
    }

    @Test func aFiftyMegabyteDocumentIsProcessedWhole() throws {
        let paragraph = "The agency said Tuesday that the breach exposed 100,000 records, Reuters reports. "
        var text = String(repeating: paragraph, count: 50_000_000 / paragraph.utf8.count + 1)
        text += "End."
        let result = try EnrichProcess.run(["--split", "none"], stdin: text)
        #expect(result.status == 0)
        let record = try #require(result.records.first)
        #expect((record["text"] as? String)?.utf8.count == text.utf8.count)
        #expect((record["sentences"] as? [Any])?.count == 50_000_000 / paragraph.utf8.count + 2)
    }

    @Test func aFiveMegabyteLineIsOneDocument() throws {
        let text = String(repeating: "Officials said the filing was sealed. ", count: 5_000_000 / 38 + 1)
        let input = EnrichProcess.jsonl([["id": "long", "text": text], ["id": "next", "text": "Short."]])
        let result = try EnrichProcess.run(["--input", "jsonl", "--split", "none"], stdin: input)
        #expect(result.status == 0)
        #expect(result.records.map { $0["id"] as? String } == ["long", "next"])
        #expect(result.records.first?["text"] as? String == text)
    }

    @Test func missingInputFileIsSkippedAndTheOthersAreRead() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-ok-\(UUID().uuidString).txt")
        try "Present.".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try EnrichProcess.run(["--split", "none", "/nonexistent/missing.txt", file.path])
        #expect(result.records.map { $0["text"] as? String } == ["Present."])
        #expect(result.stderrLines == ["enrich: /nonexistent/missing.txt: cannot open: No such file or directory (document skipped)"])
        #expect(result.status == 1)
    }
}
