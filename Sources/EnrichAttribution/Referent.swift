import EnrichCore

/// A source as resolved: who or what it is, and where the text mentions it.
struct ResolvedSource {
    /// The tokens of the mention in the text (for a pronoun, the pronoun).
    var mention: Range<Int>
    /// The canonical name ("Associated Press"; for a pronoun, whom it refers to).
    var source: String
    var kind: Attribution.Kind
    /// For an outlet, its class, so that "the magazine" can find it.
    var outletClass: OutletClass? = nil
    /// The canonical id of the entity an earlier stage tagged, when there is one.
    var id: String? = nil
}

/// What kind of outlet a news source is: which description ("the magazine", "the paper") can
/// refer back to it.
enum OutletClass: String, Sendable, CaseIterable {
    case agency, newspaper, magazine, broadcaster, site
}

/// A source named in the document that a later pronoun or description can refer back to. Plain
/// data (no strings), so that looking back over many of them copies nothing.
struct Referent {
    /// Where it is named.
    var tokens: Range<Int>
    var kind: Attribution.Kind
    var outletClass: OutletClass?
    /// For a document or an unnamed source, its head noun ("filing", "sources").
    var head: PackedWord?
    /// The last word of its canonical name ("alliance" for "WeChat Users Alliance").
    var lastWord: PackedWord?
    /// Index of the resolved source in `SourceResolver`'s list; nil for a name, which is
    /// classified again from its tokens when a reference resolves to it.
    var source: Int?
}
