import Enrich
import Foundation

/// Progress on stderr, at most twice a second: documents, MB read, MB/s and, when the input size
/// is known, the time left. On a terminal it rewrites one line; otherwise it writes lines.
final class ProgressReporter: @unchecked Sendable {
    private let totalBytes: Int?
    private let started = Date()
    private var lastReport = Date.distantPast
    private let onTerminal = isatty(STDERR_FILENO) == 1

    init(totalBytes: Int?) {
        self.totalBytes = totalBytes
    }

    /// Called on the writing thread after each written unit.
    func update(_ summary: RunSummary) {
        let now = Date()
        guard now.timeIntervalSince(lastReport) >= 0.5 else { return }
        lastReport = now
        write(line(summary, now: now), final: false)
    }

    func finish(_ summary: RunSummary) {
        write(line(summary, now: Date()), final: true)
    }

    /// Clears a rewritten line before another message is printed.
    func clearLine() {
        if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func line(_ summary: RunSummary, now: Date) -> String {
        let seconds = max(now.timeIntervalSince(started), 1e-6)
        let megabytes = Double(summary.inputBytes) / 1_000_000
        let rate = megabytes / seconds
        var text = String(format: "%d documents, %d records, %.1f MB, %.1f MB/s", summary.documents,
                          summary.records, megabytes, rate)
        if let totalBytes, totalBytes > 0, rate > 0 {
            let left = max(0, Double(totalBytes) / 1_000_000 - megabytes) / rate
            text += String(format: ", %.0f%%, ETA %d:%02d", min(100, 100 * megabytes * 1_000_000 / Double(totalBytes)),
                           Int(left) / 60, Int(left) % 60)
        }
        if summary.failures > 0 { text += ", \(summary.failures) failed" }
        return text
    }

    private func write(_ text: String, final: Bool) {
        let output = onTerminal ? "\r\u{1B}[Kenrich: " + text + (final ? "\n" : "") : "enrich: " + text + "\n"
        FileHandle.standardError.write(Data(output.utf8))
    }
}
