/// An ordered list of named stages, checked when it is built: every layer a stage requires is
/// provided by a stage before it.
public struct Pipeline: Sendable {
    /// A stage with the name it is known by in messages and in `pipelines/*.yaml`.
    public struct Step: Sendable {
        public let name: String
        public let stage: any Stage

        public init(name: String, stage: any Stage) {
            self.name = name
            self.stage = stage
        }
    }

    public let steps: [Step]

    /// Every layer the pipeline's stages provide.
    public var provides: Set<Layer> { steps.reduce(into: []) { $0.formUnion($1.stage.provides) } }

    /// Builds a pipeline, failing when a stage requires a layer that no earlier stage provides.
    public init(_ steps: [Step]) throws(PipelineError) {
        var available: Set<Layer> = []
        for (position, step) in steps.enumerated() {
            let missing = step.stage.requires.subtracting(available)
            if let layer = missing.min() {
                let providers = steps[position...].filter { $0.stage.provides.contains(layer) }.map(\.name)
                let hint = providers.isEmpty
                    ? "add a stage that provides it before '\(step.name)'"
                    : "move \(providers.map { "'\($0)'" }.joined(separator: ", ")) before '\(step.name)'"
                throw PipelineError("stage '\(step.name)' requires \(layer), which no earlier stage provides: \(hint)")
            }
            available.formUnion(step.stage.provides)
        }
        self.steps = steps
    }

    /// Builds a pipeline of stages named after their types.
    public init(_ stages: [any Stage]) throws(PipelineError) {
        try self.init(stages.map { Step(name: String(describing: type(of: $0)), stage: $0) })
    }

    /// Runs every stage on `document`; returns the records it became (more than one when a
    /// digest is split).
    public func run(_ document: Document) throws -> [Document] {
        var documents = [document]
        for step in steps {
            try step.stage.process(&documents)
        }
        return documents
    }
}

/// A pipeline that cannot be built: unknown stage or parameter, bad value, unmet requirement,
/// unreadable file. Reported before any output, with exit status 2.
public struct PipelineError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
