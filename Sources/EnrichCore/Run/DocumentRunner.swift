/// What happens to a document that cannot be read or enriched (`--on-error`).
public enum ErrorPolicy: String, CaseIterable, Sendable {
    /// Report it on stderr, skip it, go on; the run exits with status 1.
    case skip
    /// Report it and stop; everything before it is written; status 1.
    case fail
    /// Report it and write an error record in its place; status 0.
    case record
}

/// How a run ended.
public struct RunSummary: Sendable {
    public var documents = 0
    public var records = 0
    public var failures = 0
    public var inputBytes = 0
    /// The run stopped at a bad document (`--on-error fail`).
    public var stoppedAtFailure = false
    /// The output was closed by its reader (`enrich ... | head`).
    public var outputClosed = false

    /// Exit status per CONTRACT.md: 1 when a document was skipped or the run stopped at one.
    public func exitStatus(policy: ErrorPolicy) -> Int32 {
        if stoppedAtFailure { return 1 }
        return failures > 0 && policy != .record ? 1 : 0
    }
}

/// Streams raw inputs through a pipeline into a sink: decoding and enrichment run on `jobs`
/// threads, records are written in input order, and the bytes in flight are bounded.
/// The output is byte-identical for every number of jobs.
public final class DocumentRunner: @unchecked Sendable {
    public struct Options: Sendable {
        public var jobs: Int
        public var errorPolicy: ErrorPolicy
        public var recordWriter: RecordWriter
        /// Inputs are grouped into units of about this many bytes (or `batchDocuments`
        /// documents) so that small documents do not pay per-item thread hand-offs.
        public var batchBytes: Int = 256 << 10
        public var batchDocuments: Int = 256

        public init(jobs: Int = 1, errorPolicy: ErrorPolicy = .skip, recordWriter: RecordWriter = RecordWriter()) {
            self.jobs = max(1, jobs)
            self.errorPolicy = errorPolicy
            self.recordWriter = recordWriter
        }
    }

    private let pipeline: Pipeline
    private let options: Options
    private let sink: RecordSink
    private let diagnostics: (String) -> Void
    private let progress: ((RunSummary) -> Void)?
    private var summary = RunSummary()

    /// `diagnostics` receives one line per failed document (without a newline); `progress`, when
    /// given, is called after each written unit with the running totals. Both are called on the
    /// writing thread, in input order.
    public init(
        pipeline: Pipeline, options: Options, sink: RecordSink,
        diagnostics: @escaping (String) -> Void, progress: ((RunSummary) -> Void)? = nil
    ) {
        self.pipeline = pipeline
        self.options = options
        self.sink = sink
        self.diagnostics = diagnostics
        self.progress = progress
    }

    /// Runs: `produce` reads the input and calls `submit` for each document in order; `submit`
    /// returns false once the run has stopped (bad document with `.fail`, closed output), and
    /// `produce` should then return.
    public func run(_ produce: (_ submit: (RawInput) -> Bool) throws -> Void) rethrows -> RunSummary {
        var unit: [RawInput] = []
        var unitBytes = 0
        let pool: OrderedWorkPool<UnitResult>? = options.jobs > 1
            ? OrderedWorkPool(workers: options.jobs, window: options.jobs * 4) { [self] in deliver($0) }
            : nil
        // With one job every unit is written into this one buffer and delivered from it.
        var writer = JSONWriter(capacity: pool == nil ? options.batchBytes * 4 : 0)
        var stopped = false

        func flushUnit() {
            guard !unit.isEmpty else { return }
            if let pool {
                let items = unit
                let capacity = unitBytes * 4 + 256
                if !pool.submit({ [self] in
                    var writer = JSONWriter(capacity: capacity)
                    let outcomes = process(items, into: &writer)
                    return UnitResult(bytes: writer.bytes, outcomes: outcomes)
                }) {
                    stopped = true
                }
            } else {
                writer.removeAll()
                let outcomes = process(unit, into: &writer)
                let goOn = writer.withBytes { deliver(UnsafeRawBufferPointer($0), outcomes) }
                if !goOn { stopped = true }
            }
            unit.removeAll(keepingCapacity: true)
            unitBytes = 0
        }

        func submit(_ item: RawInput) -> Bool {
            guard !stopped else { return false }
            unit.append(item)
            unitBytes += item.byteCount
            if unitBytes >= options.batchBytes || unit.count >= options.batchDocuments { flushUnit() }
            return !stopped
        }

        do {
            try produce(submit)
        } catch {
            pool?.finish()
            throw error
        }
        if !stopped { flushUnit() }
        pool?.finish()
        if !summary.outputClosed && !sink.flush() { summary.outputClosed = true }
        return summary
    }

    /// What became of one input: where its records end in the unit's bytes, how many there
    /// are, and whether it failed.
    private typealias Outcome = (end: Int, records: Int, inputBytes: Int, failure: DocumentFailure?)

    /// One unit's output from a worker thread: the bytes of its records and the outcome of each input.
    private struct UnitResult: Sendable {
        var bytes: [UInt8]
        var outcomes: [Outcome]
    }

    private func process(_ items: [RawInput], into writer: inout JSONWriter) -> [Outcome] {
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(items.count)
        for item in items {
            var records = 0
            var failure: DocumentFailure?
            switch item.decode() {
            case .document(let document):
                do {
                    let enriched = try pipeline.run(document)
                    for record in enriched { options.recordWriter.write(record, to: &writer) }
                    records = enriched.count
                } catch {
                    failure = DocumentFailure(id: document.id, source: item.source, line: item.line,
                                              message: "\(error)", passthrough: document.passthrough)
                }
            case .failure(let documentFailure):
                failure = documentFailure
            }
            if let failure, options.errorPolicy == .record {
                options.recordWriter.writeError(id: failure.id, line: failure.line, message: failure.message,
                                                passthrough: failure.passthrough, to: &writer)
                records = 1
            }
            outcomes.append((writer.count, records, item.byteCount, failure))
        }
        return outcomes
    }

    private func deliver(_ result: UnitResult) -> Bool {
        result.bytes.withUnsafeBytes { deliver($0, result.outcomes) }
    }

    /// Writes one unit's records in order, reporting failures; false stops the run.
    private func deliver(_ bytes: UnsafeRawBufferPointer, _ outcomes: [Outcome]) -> Bool {
        var start = 0
        for item in outcomes {
            summary.documents += 1
            summary.inputBytes += item.inputBytes
            if let failure = item.failure {
                summary.failures += 1
                let action = switch options.errorPolicy {
                case .skip: "document skipped"
                case .fail: "stopping"
                case .record: "error record written"
                }
                diagnostics("\(failure.location): \(failure.message) (\(action))")
                if options.errorPolicy == .fail {
                    summary.stoppedAtFailure = true
                    return false
                }
            }
            let written = sink.write(UnsafeRawBufferPointer(rebasing: bytes[start..<item.end]))
            guard written else {
                summary.outputClosed = true
                return false
            }
            summary.records += item.records
            start = item.end
        }
        progress?(summary)
        return true
    }
}

extension RawInput {
    var source: String {
        switch self {
        case .text(_, let source, _), .jsonLine(let source, _, _), .unreadable(_, let source, _, _): source
        }
    }

    var line: Int? {
        switch self {
        case .text: nil
        case .jsonLine(_, let line, _): line
        case .unreadable(_, _, let line, _): line
        }
    }
}
