/// A named (or numeric) entity mention.
public struct Entity: Hashable, Sendable {
    public var range: TextRange
    /// OntoNotes-style label: PERSON, ORG, GPE, LOC, NORP, PRODUCT, EVENT, LAW, FAC, WORK_OF_ART,
    /// DATE, TIME, MONEY, PERCENT, CARDINAL, ORDINAL, QUANTITY.
    public var label: String
    /// The canonical id of the gazetteer entry, when the mention was resolved to one.
    public var id: String?

    public init(range: TextRange, label: String, id: String? = nil) {
        self.range = range
        self.label = label
        self.id = id
    }
}
