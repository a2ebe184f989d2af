import Foundation

/// The folder of model files (`models/`: gazetteers, abbreviation lists, frequency tables) and a
/// cache folder for their compiled forms.
///
/// `locate` looks, in order: `--models DIR`; `$ENRICH_MODELS`; `share/enrich/models` beside an
/// installed binary (`PREFIX/bin/enrich`); a `models/` folder with a `README.md` in the binary's
/// folder or any folder above it (a build inside the checkout); the checkout this code was built from.
public struct ModelStore: Sendable {
    /// The folder holding the model files.
    public let directory: String
    /// Where compiled models are cached: `$ENRICH_CACHE`, `$XDG_CACHE_HOME/enrich`,
    /// `~/.cache/enrich`, else a folder under the temporary directory.
    public let cacheDirectory: String

    public init(directory: String, cacheDirectory: String? = nil) {
        self.directory = directory
        self.cacheDirectory = cacheDirectory ?? ModelStore.defaultCacheDirectory(ProcessInfo.processInfo.environment)
    }

    /// Finds the models folder as described on the type.
    public static func locate(
        explicit: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = CommandLine.arguments.first
    ) throws(PipelineError) -> ModelStore {
        let cache = defaultCacheDirectory(environment)
        if let explicit {
            guard isDirectory(explicit) else { throw PipelineError("--models \(explicit): no such folder") }
            return ModelStore(directory: explicit, cacheDirectory: cache)
        }
        if let fromEnvironment = environment["ENRICH_MODELS"], !fromEnvironment.isEmpty {
            guard isDirectory(fromEnvironment) else {
                throw PipelineError("ENRICH_MODELS=\(fromEnvironment): no such folder")
            }
            return ModelStore(directory: fromEnvironment, cacheDirectory: cache)
        }
        for candidate in defaultCandidates(executablePath: executablePath) where isModelsFolder(candidate) {
            return ModelStore(directory: candidate, cacheDirectory: cache)
        }
        throw PipelineError("cannot find the models folder; pass --models DIR or set ENRICH_MODELS")
    }

    /// The path of `relativePath` inside the models folder; fails naming the file when it is missing.
    public func path(_ relativePath: String) throws(PipelineError) -> String {
        let full = relativePath.hasPrefix("/") ? relativePath : directory + "/" + relativePath
        guard FileManager.default.isReadableFile(atPath: full) else {
            throw PipelineError("model file \(full) is missing or unreadable")
        }
        return full
    }

    /// The UTF-8 text of a model file; fails naming the file when it is missing or not UTF-8.
    public func text(_ relativePath: String) throws(PipelineError) -> String {
        let full = try path(relativePath)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw PipelineError("model file \(full) cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw PipelineError("model file \(full) is not valid UTF-8")
        }
        return text
    }

    /// The lines of a model file that are neither blank nor `#` comments (after leading spaces and
    /// tabs), as they are written. Lines end at any Unicode line break ("\n", "\r\n", "\r", U+2028...).
    /// The file is scanned as bytes: model files have up to hundreds of thousands of lines, and
    /// start-up time is part of every run.
    public func lines(_ relativePath: String) throws(PipelineError) -> [Substring] {
        var text = try text(relativePath)
        let ranges = text.withUTF8 { ModelStore.contentLines(in: $0) }
        let utf8 = text.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return text[start..<end]
        }
    }

    /// The byte ranges of the lines of `utf8` that are neither blank nor `#` comments.
    static func contentLines(in utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = 0
        var index = 0
        func endLine(at end: Int) {
            var first = lineStart
            while first < end, utf8[first] == UInt8(ascii: " ") || utf8[first] == UInt8(ascii: "\t") { first += 1 }
            if first < end, utf8[first] != UInt8(ascii: "#") { lines.append(lineStart..<end) }
        }
        while index < utf8.count {
            let byte = utf8[index]
            let breakWidth: Int
            switch byte {
            case 0x0A, 0x0B, 0x0C, 0x0D: breakWidth = 1
            case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85: breakWidth = 2  // U+0085
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && utf8[index + 2] & 0xFE == 0xA8:
                breakWidth = 3  // U+2028, U+2029
            default:
                index += 1
                continue
            }
            endLine(at: index)
            index += breakWidth
            lineStart = index
        }
        endLine(at: utf8.count)
        return lines
    }

    private static func defaultCandidates(executablePath: String?) -> [String] {
        var candidates: [String] = []
        if let executablePath, !executablePath.isEmpty {
            let resolved = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
            var folder = resolved.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("../share/enrich/models").standardized.path)
            while folder.path != "/" {
                candidates.append(folder.appendingPathComponent("models").path)
                folder = folder.deletingLastPathComponent()
            }
        }
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("models").path)
        return candidates
    }

    private static func isModelsFolder(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/README.md") && isDirectory(path)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func defaultCacheDirectory(_ environment: [String: String]) -> String {
        if let cache = environment["ENRICH_CACHE"], !cache.isEmpty { return cache }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/enrich" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/enrich" }
        return NSTemporaryDirectory() + "enrich-cache"
    }
}
