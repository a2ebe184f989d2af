/// A key phrase of a document, with a score in [0, 1] (higher is better).
public struct Keyword: Hashable, Sendable {
    public var text: String
    public var score: Double

    public init(text: String, score: Double) {
        self.text = text
        self.score = score
    }
}
