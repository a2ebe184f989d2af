/// A parameter a stage accepts in a pipeline definition: its name, type, default and help.
public struct Parameter: Sendable {
    /// The type of a parameter's value, and its valid range or choices.
    public enum Kind: Sendable {
        case string
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        case boolean
        case choice([String])
        /// A list of strings (YAML sequence, or one comma-separated scalar).
        case strings
    }

    public let name: String
    public let kind: Kind
    public let defaultValue: JSONValue
    public let help: String

    public init(_ name: String, _ kind: Kind, default defaultValue: JSONValue, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }

    /// How the kind reads in messages and `--list-stages`.
    public var kindDescription: String {
        switch kind {
        case .string: "string"
        case .integer(let range): "integer \(range.lowerBound)...\(range.upperBound)"
        case .number(let range): "number \(range.lowerBound)...\(range.upperBound)"
        case .boolean: "true|false"
        case .choice(let choices): choices.joined(separator: "|")
        case .strings: "list of strings"
        }
    }

    /// Parses a value written in a pipeline file or on the command line.
    func parse(_ input: ParameterInput) throws(PipelineError) -> JSONValue {
        func fail(_ why: String) -> PipelineError {
            PipelineError("parameter '\(name)': \(why) (expected \(kindDescription))")
        }
        switch (kind, input) {
        case (.strings, .list(let items)):
            return .array(items.map(JSONValue.string))
        case (.strings, .scalar(let text)):
            return .array(text.split(separator: ",").map { .string($0.trimmingSpaces()) })
        case (_, .list):
            throw fail("a list is not allowed here")
        case (.string, .scalar(let text)):
            return .string(text)
        case (.integer(let range), .scalar(let text)):
            guard let value = Int(text.trimmingSpaces()) else { throw fail("'\(text)' is not an integer") }
            guard range.contains(value) else { throw fail("\(value) is out of range") }
            return .int(value)
        case (.number(let range), .scalar(let text)):
            guard let value = Double(text.trimmingSpaces()), value.isFinite else {
                throw fail("'\(text)' is not a number")
            }
            guard range.contains(value) else { throw fail("\(value) is out of range") }
            return .double(value)
        case (.boolean, .scalar(let text)):
            switch text.trimmingSpaces().lowercased() {
            case "true", "yes", "on": return .bool(true)
            case "false", "no", "off": return .bool(false)
            default: throw fail("'\(text)' is not a boolean")
            }
        case (.choice(let choices), .scalar(let text)):
            guard choices.contains(text) else { throw fail("'\(text)' is not one of the choices") }
            return .string(text)
        }
    }
}

/// A parameter value as written, before it is checked against its `Parameter`.
public enum ParameterInput: Sendable, Hashable, ExpressibleByStringLiteral {
    case scalar(String)
    case list([String])

    public init(stringLiteral value: String) { self = .scalar(value) }
}

/// A stage's checked parameter values, every declared parameter present (defaults filled in).
public struct StageParameters: Sendable {
    private let values: [String: JSONValue]

    init(_ values: [String: JSONValue]) { self.values = values }

    public subscript(name: String) -> JSONValue? { values[name] }

    public func string(_ name: String) -> String {
        if case .string(let value)? = values[name] { return value }
        preconditionFailure("parameter '\(name)' is not a declared string")
    }

    public func int(_ name: String) -> Int {
        if case .int(let value)? = values[name] { return value }
        preconditionFailure("parameter '\(name)' is not a declared integer")
    }

    public func double(_ name: String) -> Double {
        switch values[name] {
        case .double(let value)?: return value
        case .int(let value)?: return Double(value)
        default: preconditionFailure("parameter '\(name)' is not a declared number")
        }
    }

    public func bool(_ name: String) -> Bool {
        if case .bool(let value)? = values[name] { return value }
        preconditionFailure("parameter '\(name)' is not a declared boolean")
    }

    public func strings(_ name: String) -> [String] {
        if case .array(let items)? = values[name] {
            return items.compactMap { if case .string(let s) = $0 { s } else { nil } }
        }
        preconditionFailure("parameter '\(name)' is not a declared list of strings")
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
