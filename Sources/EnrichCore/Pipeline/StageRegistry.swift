/// What a stage factory gets besides its parameters: where the models are.
public struct StageContext: Sendable {
    private let located: Result<ModelStore, PipelineError>

    public init(models: ModelStore) { located = .success(models) }

    /// A context whose models folder may not have been found; only stages that need models fail.
    public init(locating: () throws(PipelineError) -> ModelStore) {
        do {
            located = .success(try locating())
        } catch {
            located = .failure(error)
        }
    }

    /// The models folder, or why it could not be found.
    public func models() throws(PipelineError) -> ModelStore { try located.get() }
}

/// How to build one kind of stage by name: its parameters (with defaults and help) and a
/// function that makes the stage from checked values.
public struct StageFactory: Sendable {
    public let name: String
    public let summary: String
    public let parameters: [Parameter]
    public let make: @Sendable (StageParameters, StageContext) throws -> any Stage

    public init(
        name: String, summary: String, parameters: [Parameter] = [],
        make: @escaping @Sendable (StageParameters, StageContext) throws -> any Stage
    ) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.make = make
    }
}

/// Maps stage names to factories. `Enrich.StageRegistry.builtIn` holds enrich's own stages; a
/// host program registers its own and names them in `pipelines/*.yaml` like the built-ins.
public struct StageRegistry: Sendable {
    public private(set) var factories: [StageFactory] = []

    public init(_ factories: [StageFactory] = []) {
        for factory in factories { register(factory) }
    }

    /// Adds `factory`, replacing a factory of the same name.
    public mutating func register(_ factory: StageFactory) {
        factories.removeAll { $0.name == factory.name }
        factories.append(factory)
    }

    public func factory(named name: String) -> StageFactory? {
        factories.first { $0.name == name }
    }

    public var names: [String] { factories.map(\.name) }

    /// Builds the stage `name` from `parameters`, checking every name and value.
    public func makeStage(
        named name: String, parameters: [String: ParameterInput] = [:], context: StageContext
    ) throws(PipelineError) -> Pipeline.Step {
        guard let factory = factory(named: name) else {
            throw PipelineError("unknown stage '\(name)'; valid stages: \(names.joined(separator: ", "))")
        }
        var values: [String: JSONValue] = [:]
        for parameter in factory.parameters {
            values[parameter.name] = parameter.defaultValue
        }
        for (key, input) in parameters.sorted(by: { $0.key < $1.key }) {
            guard let parameter = factory.parameters.first(where: { $0.name == key }) else {
                let valid = factory.parameters.map(\.name)
                throw PipelineError("stage '\(name)' has no parameter '\(key)'; valid parameters: "
                    + (valid.isEmpty ? "none" : valid.joined(separator: ", ")))
            }
            do {
                values[key] = try parameter.parse(input)
            } catch {
                throw PipelineError("stage '\(name)': \(error.description)")
            }
        }
        do {
            return Pipeline.Step(name: name, stage: try factory.make(StageParameters(values), context))
        } catch let error as PipelineError {
            throw PipelineError("stage '\(name)': \(error.description)")
        } catch {
            throw PipelineError("stage '\(name)' cannot be built: \(error)")
        }
    }
}
