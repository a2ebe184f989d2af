import EnrichCore

/// A source as resolved: who or what it is, and where the text mentions it.
struct ResolvedSource {
    /// The tokens of the mention in the text (for a pronoun, the pronoun).
    var mention: Range<Int>
    /// The canonical name ("Associated Press"; for a pronoun, whom it refers to).
    var source: String
    var kind: Attribution.Kind
    /// For an outlet, its class ("magazine"), so that "the magazine" can find it.
    var outletClass: String? = nil
    /// The canonical id of the entity an earlier stage tagged, when there is one.
    var id: String? = nil
}

/// A source named in the document that a later pronoun or description can refer back to.
struct Referent {
    /// Where it is named.
    var tokens: Range<Int>
    var resolved: ResolvedSource
    /// For a document or an unnamed source, its head noun ("filing", "sources").
    var head: PackedWord?
}
