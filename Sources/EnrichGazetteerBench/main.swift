import EnrichCore
import EnrichEntities
import EnrichText
import Foundation

/// Times the entity stage's gazetteer for `bench/gazetteer.py`, printing one JSON object:
///
///     enrich-gazetteer-bench GAZETTEER.tsv TEXT.txt [--runs N] [--cache DIR] [--models DIR]
///
/// - build: compiling the TSV into the cache (a fresh cache folder, so a real build);
/// - load: mapping the compiled file again (what every later run pays), median of 5;
/// - default_models_load: hashing the default model sources and mapping their compiled file;
/// - match: the entity stage alone (list names only) over every document, median of N passes
///   (wall and process CPU seconds),
///   on tokens made beforehand; tokenize: the ICU sentence and token stages, timed apart.
/// Documents are the text split at blank lines.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Process CPU seconds spent in `body` (steadier than wall time on a shared machine).
func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    var before = timespec(), after = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &before)
    try body()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &after)
    return Double(after.tv_sec - before.tv_sec) + Double(after.tv_nsec - before.tv_nsec) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...index + 1) }
    return arguments[index + 1]
}
let runs = Int(option("--runs") ?? "3") ?? 3
let cache = option("--cache") ?? NSTemporaryDirectory() + "enrich-bench-cache-\(getpid())"
let modelsFolder = option("--models")
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: enrich-gazetteer-bench GAZETTEER.tsv TEXT.txt [--runs N] [--cache DIR] [--models DIR]\n".utf8))
    exit(2)
}

do {
    let store = try ModelStore.locate(explicit: modelsFolder)
    let lexicon = try EntityStage.defaultFiles(store).filter { if case .words = $0.kind { true } else { false } }
    let files = lexicon + [GazetteerFile(path: arguments[0], kind: .entities)]
    try? FileManager.default.removeItem(atPath: cache)
    var gazetteer: CompiledGazetteer?
    let build = try seconds { gazetteer = try GazetteerCache.load(files, cacheDirectory: cache) }
    var loads: [Double] = []
    for _ in 0..<5 {
        loads.append(try seconds { gazetteer = try GazetteerCache.load(files, cacheDirectory: cache) })
    }
    var defaultLoads: [Double] = []
    let defaultFiles = try EntityStage.defaultFiles(store)
    _ = try GazetteerCache.load(defaultFiles, cacheDirectory: cache)
    for _ in 0..<5 {
        defaultLoads.append(try seconds { _ = try GazetteerCache.load(defaultFiles, cacheDirectory: cache) })
    }

    let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
    var documents = text.components(separatedBy: "\n\n").enumerated().map { Document(id: .number("\($0.offset)"), text: $0.element) }
    let bytes = text.utf8.count
    let sentences = try SentenceStage(models: store), tokens = try TokenStage(models: store)
    let tokenize = seconds {
        for index in documents.indices {
            sentences.process(&documents[index])
            tokens.process(&documents[index])
        }
    }
    var options = EntityStage.Options()
    options.patterns = false
    options.linkShortMentions = false
    options.numeric = false
    let stage = EntityStage(gazetteer: gazetteer!, options: options)
    var matches = 0
    var passes: [Double] = []
    var cpuPasses: [Double] = []
    for _ in 0..<runs {
        var pass = documents
        var wall = 0.0
        cpuPasses.append(cpuSeconds { wall = seconds { for index in pass.indices { stage.process(&pass[index]) } } })
        passes.append(wall)
        matches = pass.reduce(0) { $0 + ($1.entities?.count ?? 0) }
    }
    let result: [String: Any] = [
        "tool": "enrich", "names_entities": gazetteer!.entityCount, "build_s": build, "load_s": median(loads),
        "default_models_load_s": median(defaultLoads), "tokenize_s": tokenize, "median_s": median(passes),
        "median_cpu_s": median(cpuPasses), "mb_per_cpu_s": Double(bytes) / 1e6 / median(cpuPasses),
        "runs_s": passes, "mb": Double(bytes) / 1e6, "mb_per_s": Double(bytes) / 1e6 / median(passes),
        "docs": documents.count, "matches": matches,
    ]
    let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
    try? FileManager.default.removeItem(atPath: cache)
} catch {
    FileHandle.standardError.write(Data("enrich-gazetteer-bench: \(error)\n".utf8))
    exit(2)
}
