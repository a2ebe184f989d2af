import Enrich
import Foundation
import Testing

/// Usage and configuration errors exit 2 before any output; help and listings tell the truth.
@Suite struct UsageTests {
    private func pipelineFile(_ yaml: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-\(UUID().uuidString).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func unknownOptionExitsTwoWithNothingOnStdout() throws {
        let result = try EnrichProcess.run(["--no-such-option"], stdin: "x")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--no-such-option"))
    }

    @Test func invalidChoiceNamesTheValidOnes() throws {
        let result = try EnrichProcess.run(["--on-error", "ignore"], stdin: "x")
        #expect(result.status == 2)
        #expect(result.stderr.contains("skip") && result.stderr.contains("record"))
    }

    @Test func unknownStageNamesFileLineAndValidStages() throws {
        let file = try pipelineFile("stages:\n  - sentences\n  - no-such-stage\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try EnrichProcess.run(["--pipeline", file.path], stdin: "x")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("enrich: \(file.path):3: unknown stage 'no-such-stage'; valid stages: "))
        #expect(result.stderr.contains("sentences"))
    }

    @Test func badParameterValueExitsTwo() throws {
        let file = try pipelineFile("stages:\n  - name: sentences\n    lang: [en, de]\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try EnrichProcess.run(["--pipeline", file.path], stdin: "x")
        #expect(result.status == 2)
        #expect(result.stderr.contains(":2: stage 'sentences': parameter 'lang': a list is not allowed here"))
    }

    @Test func unmetRequirementExitsTwo() throws {
        let registry = StageRegistry.builtIn
        guard let needy = registry.factories.first(where: { factory in
            (try? registry.makeStage(named: factory.name, context: StageContext(models: try ModelStore.locate())))?
                .stage.requires.isEmpty == false
        }) else { return }
        let file = try pipelineFile("stages:\n  - \(needy.name)\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try EnrichProcess.run(["--pipeline", file.path], stdin: "x")
        #expect(result.status == 2)
        #expect(result.stderr.contains("requires"))
    }

    @Test func unreadablePipelineFileExitsTwo() throws {
        let result = try EnrichProcess.run(["--pipeline", "/nonexistent/p.yaml"], stdin: "x")
        #expect(result.status == 2)
        #expect(result.stderr == "enrich: /nonexistent/p.yaml: cannot read pipeline file\n")
    }

    @Test func missingModelsFolderExitsTwo() throws {
        let result = try EnrichProcess.run(["--models", "/nonexistent/models"], stdin: "x")
        #expect(result.status == 2)
        #expect(result.stderr == "enrich: --models /nonexistent/models: no such folder\n")
    }

    @Test func helpDocumentsEveryOptionAndTheOutputFields() throws {
        let result = try EnrichProcess.run(["--help"])
        #expect(result.status == 0)
        for option in ["--input", "--split", "--on-error", "--max-bytes", "--jobs", "--pipeline", "--models",
                       "--tokens", "--progress", "--list-stages", "--version"] {
            #expect(result.stdoutText.contains(option), "help lacks \(option)")
        }
        for field in ["sentences", "entities", "attributions", "keywords", "summary", "code points", "ENRICH_MODELS"] {
            #expect(result.stdoutText.contains(field), "help lacks \(field)")
        }
    }

    @Test func versionNamesEnrichAndICU() throws {
        let result = try EnrichProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("enrich \(EnrichVersion.string) (ICU "))
    }

    @Test func listStagesShowsEveryBuiltInStageWithItsParameters() throws {
        let result = try EnrichProcess.run(["--list-stages"])
        #expect(result.status == 0)
        for factory in StageRegistry.builtIn.factories {
            #expect(result.stdoutText.contains("\(factory.name): \(factory.summary)"))
            for parameter in factory.parameters {
                #expect(result.stdoutText.contains("    \(parameter.name) ("))
            }
        }
    }

    @Test func progressGoesToStderrOnlyWhenAskedFor() throws {
        let quiet = try EnrichProcess.run(["--split", "none"], stdin: "One sentence.")
        #expect(quiet.stderr.isEmpty)
        let verbose = try EnrichProcess.run(["--split", "none", "--progress"], stdin: "One sentence.")
        #expect(verbose.stderr.hasPrefix("enrich: 1 documents, 1 records"))
        #expect(verbose.stdout == quiet.stdout)
    }

    @Test func defaultPipelineFileSaysWhatTheBuiltInDefaultRuns() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("pipelines/default.yaml").path
        let file = try PipelineDefinition.load(path: path)
        #expect(file.stages.map(\.name) == PipelineDefinition.standard.stages.map(\.name))
        #expect(file.stages.map(\.parameters) == PipelineDefinition.standard.stages.map(\.parameters))
    }
}
