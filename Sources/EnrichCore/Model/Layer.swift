/// A kind of annotation a stage adds to a document. Stages declare the layers they require and
/// provide, and `Pipeline` checks at build time that every requirement is met by an earlier stage.
///
/// Open for extension: a custom stage may declare `Layer("sentiment")`.
public struct Layer: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let name: String

    public init(_ name: String) { self.name = name }
    public init(stringLiteral name: String) { self.name = name }

    public var description: String { name }
    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.name < rhs.name }

    /// Documents are articles: a digest was split (or judged not to be one).
    public static let articles: Layer = "articles"
    public static let sentences: Layer = "sentences"
    public static let tokens: Layer = "tokens"
    public static let entities: Layer = "entities"
    public static let attributions: Layer = "attributions"
    public static let keywords: Layer = "keywords"
    public static let summary: Layer = "summary"
}
