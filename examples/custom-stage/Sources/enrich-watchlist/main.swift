import Enrich
import EnrichCommandLine

/// Lists the watched names a document mentions. A stage is a Sendable value: build it, test it alone.
struct Watchlist: DocumentStage {
    let names: [String]
    let provides: Set<Layer> = ["watchlist"]

    func process(_ document: inout Document) {
        let found = names.filter { document.text.contains($0) }
        document.setField("watchlist", .array(found.map(JSONValue.string)))
    }
}

var registry = StageRegistry.builtIn
registry.register(StageFactory(
    name: "watchlist", summary: "watched names the text mentions",
    parameters: [Parameter("names", .strings, default: [], help: "names to look for")]
) { parameters, _ in Watchlist(names: parameters.strings("names")) })

EnrichMain.run(registry: registry)  // the whole enrich CLI, with `watchlist` usable in pipeline files
