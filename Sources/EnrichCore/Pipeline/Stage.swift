/// One step of enrichment: a value that reads a document's layers and adds its own.
///
/// A stage is `Sendable` and holds no per-document state, so the pipeline runs it on many
/// documents at once. Build one with its initializer, call `process` on a `Document`, and test it
/// alone; `Pipeline` only composes stages and knows nothing of any one of them.
public protocol Stage: Sendable {
    /// Layers an earlier stage must provide (checked when the pipeline is built).
    var requires: Set<Layer> { get }
    /// Layers this stage adds.
    var provides: Set<Layer> { get }

    /// Enriches all records made from one input document: usually one, or the articles of a
    /// digest once it has been split. A stage may replace the records (a splitter does), and
    /// may look across them (a digest-level summary does).
    func process(_ documents: inout [Document]) throws
}

/// A stage that handles each document on its own: implement `process(_ document:)`.
public protocol DocumentStage: Stage {
    func process(_ document: inout Document) throws
}

extension DocumentStage {
    public func process(_ documents: inout [Document]) throws {
        for index in documents.indices {
            try process(&documents[index])
        }
    }
}

extension Stage {
    public var requires: Set<Layer> { [] }
}

/// A stage could not process one document. The run's error policy (`--on-error`) decides what
/// happens to that document; other documents are not affected.
public struct StageError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
