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

    /// The non-empty lines of a model file that are not `#` comments, trimmed.
    public func lines(_ relativePath: String) throws(PipelineError) -> [Substring] {
        try text(relativePath).split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : line
        }
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
