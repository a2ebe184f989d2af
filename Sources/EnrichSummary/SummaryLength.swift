/// How long a summary is: a number of sentences, or a share of the text's bytes.
public enum SummaryLength: Sendable, Equatable {
    case sentences(Int)
    /// Sentences are added best first until they hold this share (0...1) of the text.
    case share(Double)
}
