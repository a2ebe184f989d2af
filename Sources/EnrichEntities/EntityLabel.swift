/// The OntoNotes labels a gazetteer entry may carry, stored as one byte in the compiled gazetteer.
public enum EntityLabel: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case person, org, gpe, loc, norp, product, event, law, fac, workOfArt, language
    case date, time, money, percent, cardinal, ordinal, quantity

    /// The label as written in gazetteer files and in the output ("PERSON", "WORK_OF_ART").
    public var description: String {
        switch self {
        case .person: "PERSON"
        case .org: "ORG"
        case .gpe: "GPE"
        case .loc: "LOC"
        case .norp: "NORP"
        case .product: "PRODUCT"
        case .event: "EVENT"
        case .law: "LAW"
        case .fac: "FAC"
        case .workOfArt: "WORK_OF_ART"
        case .language: "LANGUAGE"
        case .date: "DATE"
        case .time: "TIME"
        case .money: "MONEY"
        case .percent: "PERCENT"
        case .cardinal: "CARDINAL"
        case .ordinal: "ORDINAL"
        case .quantity: "QUANTITY"
        }
    }

    /// The label named `text` ("ORG"), or nil when it is not an OntoNotes label.
    public init?(_ text: some StringProtocol) {
        guard let label = EntityLabel.allCases.first(where: { $0.description == text }) else { return nil }
        self = label
    }

    /// Date, time and quantity labels: found by rules, never listed in a gazetteer.
    public var isNumeric: Bool { rawValue >= EntityLabel.date.rawValue }
}
