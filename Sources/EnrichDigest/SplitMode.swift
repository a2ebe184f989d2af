/// When the digest stage splits a document into articles (`--split`, CONTRACT.md).
public enum SplitMode: String, Sendable, CaseIterable {
    /// Split only what looks like a digest; any other text stays one record.
    case auto
    /// Split every document into the articles found in it.
    case digest
    /// Never split: one record with the input text unchanged.
    case none
}
