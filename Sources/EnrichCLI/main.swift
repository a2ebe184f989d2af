import ArgumentParser
import Foundation

// Our own entry point: the contract's usage-error status is 2, not ArgumentParser's 64.
signal(SIGPIPE, SIG_IGN)
do {
    var command = try EnrichCommand.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = EnrichCommand.exitCode(for: error)
    let message = EnrichCommand.fullMessage(for: error)
    if code == .success {
        print(message)
        Foundation.exit(0)
    }
    FileHandle.standardError.write(Data(("enrich: " + message + "\n").utf8))
    Foundation.exit(2)
}
