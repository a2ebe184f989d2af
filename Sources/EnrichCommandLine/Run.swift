import Enrich
import Foundation

/// One `enrich` run: builds the pipeline (any configuration error exits 2 before output), then
/// streams the inputs through a `DocumentRunner` to stdout.
struct Run {
    let command: EnrichCommand
    let registry: StageRegistry

    /// Returns the exit status.
    func execute() -> Int32 {
        let pipeline: Pipeline
        do {
            pipeline = try buildPipeline()
        } catch {
            Diagnostics.print(error.description)
            return 2
        }
        let options = DocumentRunner.Options(
            jobs: command.jobs, errorPolicy: command.onError.policy,
            recordWriter: RecordWriter(includeTokens: command.tokens))
        let reader = InputReader(inputs: command.inputs, format: command.input, maxBytes: command.maxBytes)
        let showProgress = command.progress || isatty(STDERR_FILENO) == 1
        let progress = showProgress ? ProgressReporter(totalBytes: reader.totalBytes) : nil
        let runner = DocumentRunner(
            pipeline: pipeline, options: options, sink: FileDescriptorSink(descriptor: STDOUT_FILENO),
            diagnostics: { line in
                progress?.clearLine()
                Diagnostics.print(line)
            },
            progress: progress.map { reporter in { reporter.update($0) } })
        let summary = runner.run { submit in reader.read(submit) }
        progress?.finish(summary)
        if summary.outputClosed { return 0 }
        return summary.exitStatus(policy: options.errorPolicy)
    }

    private func buildPipeline() throws(PipelineError) -> Pipeline {
        let definition = try command.pipeline.map { path throws(PipelineError) in
            try PipelineDefinition.load(path: path)
        } ?? .standard
        let context = StageContext { () throws(PipelineError) in try ModelStore.locate(explicit: command.models) }
        if let models = command.models { _ = try ModelStore.locate(explicit: models) }
        let declaresSplit = definition.stages.contains { entry in
            registry.factory(named: entry.name)?.parameters.contains { $0.name == "split" } ?? false
        }
        if command.split == .digest && !declaresSplit {
            throw PipelineError("--split digest needs a stage that splits digests, and \(definition.source) has none")
        }
        let overrides = command.split.map { ["split": ParameterInput.scalar($0.rawValue)] } ?? [:]
        return try definition.build(registry: registry, context: context, overrides: overrides)
    }
}

/// stderr lines, each prefixed with "enrich: ".
enum Diagnostics {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data(("enrich: " + message + "\n").utf8))
    }
}
