import ArgumentParser
import Enrich
import Foundation

/// The `enrich` command's options, declared as data; `EnrichMain` parses them and `Run` does the work.
struct EnrichCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enrich",
        abstract: "Enrich news text and digests: articles, sentences, tokens, entities, sources, keywords, summaries.",
        usage: """
            enrich [OPTIONS] < digest.txt > out.jsonl
              enrich [OPTIONS] FILE|FOLDER ... > out.jsonl
              enrich --input jsonl [OPTIONS] < docs.jsonl > out.jsonl
            """,
        discussion: """
            Plain text on stdin is one document; each file is one document (folders are read \
            recursively, in name order, hidden files skipped). With --input jsonl every line is \
            {"id": ..., "text": ..., ...}; other fields are copied into each output record.

            OUTPUT: one JSON object per line on stdout, in input order, byte-identical for any --jobs:
              schema        1
              id            input id ("stdin", the file path, or the JSONL id / line number); \
            articles of a split digest get "<id>#<n>"
              text          the text every offset refers to (an article's body)
              title         the article headline, when there is one
              digest        {title, date, article, articles, ...} for articles of a digest
              sentences     [{start, end}]
              tokens        [{start, end, kind}] (only with --tokens)
              entities      [{start, end, label, text, id}]
              attributions  [{start, end, source, cue, kind, sentence, source_id, cue_start, cue_end}]
              keywords      [{text, score}], best first, score in [0, 1]
              summary       indices into sentences, in reading order
            Offsets are Unicode code points (Python str indices), end-exclusive. A stage that is \
            not in the pipeline leaves its field out; one that found nothing writes [].

            ERRORS: a bad document (invalid UTF-8, broken JSON, no "text", over --max-bytes) gets one \
            line on stderr naming the input and line. Exit status: 0 all written (error records \
            included), 1 documents skipped or run stopped, 2 usage or configuration error (before any output).

            MODELS are looked up in: --models DIR, then $ENRICH_MODELS, then share/enrich/models \
            beside the installed binary, then a models/ folder in or above the binary's folder. \
            Compiled models are cached in $ENRICH_CACHE (default ~/.cache/enrich).
            """,
        version: "enrich \(EnrichVersion.string) (ICU \(ICU.version))"
    )

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    enum SplitMode: String, ExpressibleByArgument, CaseIterable {
        case auto, digest, none
    }

    @Argument(help: "Files or folders to read, in this order (default: stdin).")
    var inputs: [String] = []

    @Option(help: "Input format: text (each input is one document) or jsonl (one document per line).")
    var input: InputFormat = .text

    @Option(help: """
        Split documents into digest articles: auto (what looks like a digest), digest (always), \
        none (one record per document). Default: auto, or what the pipeline file sets.
        """)
    var split: SplitMode?

    @Option(name: .customLong("on-error"),
            help: "A bad document is: skip (reported, run goes on), fail (run stops), record (error record in its place).")
    var onError: ErrorPolicyArgument = .skip

    @Option(name: .customLong("max-bytes"), help: "Largest document (or JSONL line) accepted, in bytes.")
    var maxBytes: Int = 64 << 20

    @Option(help: "Documents processed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Pipeline definition (YAML) to run instead of the default pipeline.")
    var pipeline: String?

    @Option(help: "Models folder (see MODELS below).")
    var models: String?

    @Flag(help: "Also write each record's tokens.")
    var tokens = false

    @Flag(help: "Report progress on stderr (default: only when stderr is a terminal).")
    var progress = false

    @Flag(name: .customLong("list-stages"), help: "List the stages a pipeline can name, with their parameters, and exit.")
    var listStages = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
    }

}

/// `--on-error` values.
struct ErrorPolicyArgument: ExpressibleByArgument {
    let policy: ErrorPolicy

    static let skip = ErrorPolicyArgument(policy: .skip)

    init(policy: ErrorPolicy) { self.policy = policy }

    init?(argument: String) {
        guard let policy = ErrorPolicy(rawValue: argument) else { return nil }
        self.policy = policy
    }

    var defaultValueDescription: String { policy.rawValue }
    static var allValueStrings: [String] { ErrorPolicy.allCases.map(\.rawValue) }
}
