/// A document's id as the user gave it: a JSON string or a JSON number (kept as written, so
/// `7` stays `7` and `"7"` stays `"7"` in the output).
public enum DocumentID: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    case string(String)
    /// A JSON number exactly as it was written in the input.
    case number(String)

    public init(stringLiteral value: String) { self = .string(value) }

    /// The id as text, without JSON quoting.
    public var description: String {
        switch self {
        case .string(let s), .number(let s): s
        }
    }

    /// The id of the `n`th (1-based) article split from this document: `<id>#<n>`.
    public func article(_ n: Int) -> DocumentID { .string("\(description)#\(n)") }
}
