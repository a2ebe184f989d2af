import Enrich
import Foundation

/// Reads the command's inputs (stdin, files, folders) as `RawInput`s, in order, without
/// decoding them: plain text is one document per input, JSONL one per non-blank line.
struct InputReader {
    let inputs: [String]
    let format: EnrichCommand.InputFormat
    let maxBytes: Int

    /// The input size when it is known in advance (files, or stdin redirected from a file), for an ETA.
    var totalBytes: Int? {
        if inputs.isEmpty {
            var info = stat()
            guard fstat(STDIN_FILENO, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return Int(info.st_size)
        }
        return expandedPaths().reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }

    /// Feeds every input to `submit` until it returns false.
    func read(_ submit: (RawInput) -> Bool) {
        if inputs.isEmpty {
            _ = read(descriptor: STDIN_FILENO, source: "stdin", id: "stdin", submit)
            return
        }
        for path in expandedPaths() {
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                if !submit(.unreadable(id: .string(path), source: path, line: nil, message: "cannot open: \(reason)")) {
                    return
                }
                continue
            }
            defer { close(descriptor) }
            guard read(descriptor: descriptor, source: path, id: .string(path), submit) else { return }
        }
    }

    /// Reads one input; false once the run has stopped.
    private func read(descriptor: Int32, source: String, id: DocumentID, _ submit: (RawInput) -> Bool) -> Bool {
        do {
            switch format {
            case .text:
                guard let bytes = try InputError.readAll(descriptor, limit: maxBytes) else {
                    return submit(.unreadable(id: id, source: source, line: nil,
                                              message: "document is over --max-bytes (\(maxBytes) bytes)"))
                }
                if bytes.isEmpty { return true }
                return submit(.text(id: id, source: source, bytes: bytes))
            case .jsonl:
                var lines = LineReader(descriptor: descriptor, maxLineBytes: maxBytes)
                while let line = try lines.next() {
                    let item: RawInput
                    switch line {
                    case .bytes(let number, let bytes):
                        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        item = .jsonLine(source: source, line: number, bytes: bytes)
                    case .tooLong(let number, let length):
                        item = .unreadable(id: .number(String(number)), source: source, line: number,
                                           message: "line is \(length) bytes, over --max-bytes (\(maxBytes))")
                    }
                    guard submit(item) else { return false }
                }
                return true
            }
        } catch {
            return submit(.unreadable(id: id, source: source, line: nil, message: error.description))
        }
    }

    /// Inputs with folders replaced by their files (recursively, in name order, hidden ones skipped).
    private func expandedPaths() -> [String] {
        inputs.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [path]
            }
            return filesBelow(path)
        }
    }

    private func filesBelow(_ folder: String) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return names.flatMap { name -> [String] in
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return exists && isDirectory.boolValue ? filesBelow(path) : [path]
        }
    }
}
