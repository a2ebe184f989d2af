import EnrichTestSupport
import Foundation
import Testing

/// The output contract (CONTRACT.md) end to end, through the built binary.
@Suite struct ContractTests {
    @Test func plainTextOnStdinIsOneRecordWithSentences() throws {
        let result = try EnrichProcess.run(["--split", "none"], stdin: "Oracle reached a deal. TikTok agreed.\n")
        #expect(result.status == 0)
        let records = result.records
        #expect(records.count == 1)
        #expect(records.first?["id"] as? String == "stdin")
        #expect(records.first?["schema"] as? Int == 1)
        #expect((records.first?["sentences"] as? [[String: Int]])?.count == 2)
        SpanInvariants.checkAll(records)
    }

    @Test func offsetsAreCodePointsForAccentedCJKEmojiAndCurlyQuotes() throws {
        let text = "Héllo “wörld” 🎉. 日本語の文。Next one!"
        let result = try EnrichProcess.run(["--split", "none"], stdin: text)
        let sentences = try #require(result.records.first?["sentences"] as? [[String: Int]])
        // In Python: text[0:16] == "Héllo “wörld” 🎉.", text[17:23] == "日本語の文。"
        #expect(sentences.map { [$0["start"]!, $0["end"]!] } == [[0, 16], [17, 23], [23, 32]])
        SpanInvariants.checkAll(result.records)
    }

    @Test func jsonlKeepsIDsAndDefaultsToTheLineNumber() throws {
        let input = Data("""
            {"id": "a", "text": "One."}
            {"id": 7, "text": "Two."}
            {"text": "Three."}

            """.utf8)
        let result = try EnrichProcess.run(["--input", "jsonl", "--split", "none"], stdin: input)
        #expect(result.stdoutText.hasPrefix(#"{"schema":1,"id":"a","#))
        #expect(result.records.map { "\($0["id"]!)" } == ["a", "7", "3"])
        #expect(result.stdoutText.contains(#""id":7,"#) && result.stdoutText.contains(#""id":3,"#))
    }

    @Test func jsonlPassesOtherFieldsThroughUnchanged() throws {
        let input = Data(#"{"id":"a","text":"One.","lang":"de","meta":{"k":[1,2.50,"x\u00e9"]}}"#.utf8 + [0x0A])
        let result = try EnrichProcess.run(["--input", "jsonl", "--split", "none"], stdin: input)
        #expect(result.stdoutText.contains(#""lang":"de","meta":{"k":[1,2.50,"x\u00e9"]}}"#))
    }

    @Test func inputFieldsNamedLikeOutputFieldsAreNeverCopied() throws {
        let input = Data(#"{"text":"Hello world.","entities":[{"start":0}],"keywords":[],"summary":[7],"schema":99}"#.utf8)
        let record = try #require(try EnrichProcess.run(["--input", "jsonl", "--split", "none"], stdin: input).records.first)
        #expect(record["schema"] as? Int == 1)
        #expect(record["summary"] == nil && record["keywords"] == nil)
        #expect((record["entities"] as? [Any])?.isEmpty == true)
    }

    @Test func outputIsInInputOrderAndByteIdenticalForEveryJobCount() throws {
        var generator = SeededGenerator(seed: 11)
        let words = ["the", "court", "said", "ban", "Oracle", "U.S.", "app", "report", "é", "🎉", "filing"]
        let documents: [[String: Any]] = (0..<2000).map { index in
            let count = Int.random(in: 1..<120, using: &generator)
            let text = (0..<count).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") + ". AP reports."
            return ["id": "d\(index)", "text": text]
        }
        let input = EnrichProcess.jsonl(documents)
        let outputs = try [1, 2, 4].map { jobs in
            try EnrichProcess.run(["--input", "jsonl", "--split", "none", "--jobs", "\(jobs)"], stdin: input)
        }
        #expect(outputs[0].records.map { $0["id"] as? String } == documents.map { $0["id"] as? String })
        #expect(outputs[1].stdout == outputs[0].stdout)
        #expect(outputs[2].stdout == outputs[0].stdout)
    }

    @Test func filesAndFoldersAreReadInTheGivenOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub/deeper"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("c.txt", "Gamma."), ("sub/b.txt", "Beta."), ("sub/a.txt", "Alpha."),
                             ("sub/deeper/z.txt", "Zeta."), ("sub/.hidden", "Hidden.")] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try EnrichProcess.run(["--split", "none", folder.appendingPathComponent("c.txt").path,
                                            folder.appendingPathComponent("sub").path])
        #expect(result.records.map { $0["text"] as? String } == ["Gamma.", "Alpha.", "Beta.", "Zeta."])
        #expect(result.records.first?["id"] as? String == folder.appendingPathComponent("c.txt").path)
    }

    @Test func tokensAreWrittenOnlyWhenAskedFor() throws {
        let plain = try EnrichProcess.run(["--split", "none"], stdin: "Razer’s data leaked.")
        #expect(plain.records.first?["tokens"] == nil)
        let withTokens = try EnrichProcess.run(["--split", "none", "--tokens"], stdin: "Razer’s data leaked.")
        let tokens = try #require(withTokens.records.first?["tokens"] as? [[String: Any]])
        #expect(tokens.count >= 4)
        SpanInvariants.checkAll(withTokens.records)
    }

    @Test func closedStdoutEndsTheRunQuietly() throws {
        let documents = (0..<20000).map { ["id": $0, "text": String(repeating: "A sentence here. ", count: 20)] as [String: Any] }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-pipe-\(UUID().uuidString).jsonl")
        try EnrichProcess.jsonl(documents).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let shell = try EnrichProcess.runShell(
            "'\(EnrichProcess.executable.path)' --input jsonl --split none < '\(input.path)' | head -n 1 > /dev/null")
        #expect(shell.stderr.isEmpty)
        #expect(shell.status == 0)
    }
}

extension EnrichProcess {
    /// Runs a shell pipeline (for `| head`), capturing its stderr.
    static func runShell(_ command: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: Data(), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
