import Enrich

/// The text of `enrich --list-stages`: every stage with its summary and parameters.
struct StageListing {
    let registry: StageRegistry

    var text: String {
        var lines: [String] = []
        for factory in registry.factories {
            lines.append("\(factory.name): \(factory.summary)")
            for parameter in factory.parameters {
                lines.append("    \(parameter.name) (\(parameter.kindDescription), default \(render(parameter.defaultValue))): \(parameter.help)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.value(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
