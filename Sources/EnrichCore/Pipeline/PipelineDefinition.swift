import Foundation
import Yams

/// A pipeline as written in `pipelines/*.yaml`: stage names with parameters.
///
/// ```yaml
/// stages:
///   - digest              # a stage with its default parameters
///   - name: sentences     # or a mapping: `name` plus parameters
///     lang: en
/// ```
public struct PipelineDefinition: Sendable {
    /// One entry of `stages`.
    public struct StageEntry: Sendable {
        public var name: String
        public var parameters: [String: ParameterInput]
        /// 1-based line in the file, for messages.
        public var line: Int

        public init(name: String, parameters: [String: ParameterInput] = [:], line: Int = 0) {
            self.name = name
            self.parameters = parameters
            self.line = line
        }
    }

    public var stages: [StageEntry]
    /// Where the definition came from, for messages ("pipelines/default.yaml").
    public var source: String

    public init(stages: [StageEntry], source: String = "<code>") {
        self.stages = stages
        self.source = source
    }

    /// Reads a definition from a YAML file.
    public static func load(path: String) throws(PipelineError) -> PipelineDefinition {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError("\(path): cannot read pipeline file")
        }
        guard let yaml = String(validating: data, as: UTF8.self) else {
            throw PipelineError("\(path): pipeline file is not UTF-8")
        }
        return try parse(yaml: yaml, source: path)
    }

    /// Parses a YAML definition; `source` names it in messages.
    public static func parse(yaml: String, source: String) throws(PipelineError) -> PipelineDefinition {
        let root: Node?
        do {
            // Every value is read as a string, so no tag resolution is needed; Yams's default
            // resolver compiles a dozen regular expressions, a few milliseconds of start-up.
            root = try Yams.compose(yaml: yaml, .basic)
        } catch {
            throw PipelineError("\(source): not valid YAML: \(error)")
        }
        func fail(_ node: Node?, _ why: String) -> PipelineError {
            PipelineError("\(source):\(node?.mark?.line ?? 1): \(why)")
        }
        guard case .mapping(let top)? = root else {
            throw fail(root, "expected a mapping with a 'stages' list")
        }
        for key in top.keys where key.string != "stages" {
            throw fail(key, "unknown key '\(key.string ?? "?")'; valid keys: stages")
        }
        guard case .sequence(let list)? = top["stages"] else {
            throw fail(root, "expected 'stages:' followed by a list of stage names")
        }
        var entries: [StageEntry] = []
        for item in list {
            let line = item.mark?.line ?? 0
            switch item {
            case .scalar(let scalar):
                entries.append(StageEntry(name: scalar.string, line: line))
            case .mapping(let mapping):
                guard let name = mapping["name"]?.scalar?.string else {
                    throw fail(item, "a stage given as a mapping needs 'name: STAGE'")
                }
                var parameters: [String: ParameterInput] = [:]
                for (key, value) in mapping where key.string != "name" {
                    guard let key = key.string else { throw fail(item, "parameter names must be strings") }
                    switch value {
                    case .scalar(let scalar):
                        parameters[key] = .scalar(scalar.string)
                    case .sequence(let sequence):
                        let items = sequence.compactMap { $0.scalar?.string }
                        guard items.count == sequence.count else {
                            throw fail(value, "parameter '\(key)' must be a scalar or a list of scalars")
                        }
                        parameters[key] = .list(items)
                    default:
                        throw fail(value, "parameter '\(key)' must be a scalar or a list of scalars")
                    }
                }
                entries.append(StageEntry(name: name, parameters: parameters, line: line))
            default:
                throw fail(item, "each stage is a name or a mapping with 'name'")
            }
        }
        return PipelineDefinition(stages: entries, source: source)
    }

    /// Builds the pipeline from `registry`. `overrides` set a parameter on every stage that
    /// declares it (the command line's `--split` sets `split`), leaving the others alone.
    public func build(
        registry: StageRegistry, context: StageContext, overrides: [String: ParameterInput] = [:]
    ) throws(PipelineError) -> Pipeline {
        var steps: [Pipeline.Step] = []
        for entry in stages {
            var parameters = entry.parameters
            if let factory = registry.factory(named: entry.name) {
                for (key, value) in overrides where factory.parameters.contains(where: { $0.name == key }) {
                    parameters[key] = value
                }
            }
            do {
                steps.append(try registry.makeStage(named: entry.name, parameters: parameters, context: context))
            } catch {
                throw PipelineError("\(source):\(entry.line): \(error.description)")
            }
        }
        do {
            return try Pipeline(steps)
        } catch {
            throw PipelineError("\(source): \(error.description)")
        }
    }
}
