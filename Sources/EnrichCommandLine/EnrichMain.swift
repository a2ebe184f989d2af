import ArgumentParser
import Enrich
import Foundation

/// The `enrich` command line as a library: a host program that registers its own stages runs
/// the same CLI over its registry, and its pipeline files can name those stages.
///
/// ```swift
/// var registry = StageRegistry.builtIn
/// registry.register(StageFactory(name: "shout", summary: "upper-cases titles") { _, _ in Shout() })
/// EnrichMain.run(registry: registry)
/// ```
public enum EnrichMain {
    /// Parses the process arguments, runs, and exits with the contract's status: 0 all written,
    /// 1 documents skipped or run stopped, 2 usage or configuration error.
    public static func run(registry: StageRegistry = .builtIn, arguments: [String]? = nil) -> Never {
        signal(SIGPIPE, SIG_IGN)
        let command: EnrichCommand
        do {
            command = try EnrichCommand.parse(arguments)
        } catch {
            let code = EnrichCommand.exitCode(for: error)
            let message = EnrichCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            Diagnostics.print(message)
            exit(2)
        }
        if command.listStages {
            print(StageListing(registry: registry).text, terminator: "")
            exit(0)
        }
        exit(Run(command: command, registry: registry).execute())
    }
}
