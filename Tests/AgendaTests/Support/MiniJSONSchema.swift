import Foundation
import TOML

/// A JSON Schema checker for the part of draft-07 that `mja schema` writes (type, properties,
/// required, additionalProperties, patternProperties, items, enum, anyOf, pattern, minimum,
/// maximum), so tests can check agendas the way an editor does. Dates are strings, as in Taplo.
struct MiniJSONSchema {
    let schema: [String: Any]

    /// The TOML value as the JSON an editor validates: dates and times as their text.
    static func json(_ value: TOMLValue) -> Any {
        switch value.kind {
        case .string(let text): text
        case .integer(let number): number
        case .float(let number): number
        case .boolean(let flag): flag
        case .localDate(let date): date.description
        case .localTime(let time): "\(time)"
        case .localDateTime(let dateTime): "\(dateTime)"
        case .offsetDateTime(let dateTime): "\(dateTime)"
        case .array(let elements): elements.map(json)
        case .table(let table): json(table)
        }
    }

    static func json(_ table: TOMLTable) -> [String: Any] {
        Dictionary(uniqueKeysWithValues: table.entries.map { ($0.key, json($0.value)) })
    }

    /// Every violation, as `path: what`.
    func violations(of value: Any) -> [String] { violations(value, schema, path: "$") }

    private func violations(_ value: Any, _ schema: [String: Any], path: String) -> [String] {
        if let options = schema["anyOf"] as? [[String: Any]] {
            return options.contains { violations(value, $0, path: path).isEmpty } ? [] : ["\(path): matches no option of anyOf"]
        }
        var found: [String] = []
        if let type = schema["type"] as? String, !Self.value(value, hasType: type) { return ["\(path): not of type \(type)"] }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            found.append("\(path): '\(text)' is not one of the allowed values")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): '\(text)' does not match \(pattern)")
        }
        if let number = (value as? Int64).map(Double.init) ?? (value as? Double) {
            if let minimum = schema["minimum"] as? Double ?? (schema["minimum"] as? Int).map(Double.init), number < minimum { found.append("\(path): below minimum") }
            if let maximum = schema["maximum"] as? Double ?? (schema["maximum"] as? Int).map(Double.init), number > maximum { found.append("\(path): above maximum") }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { found += violations(element, items, path: "\(path)[\(index)]") }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            let patterns = schema["patternProperties"] as? [String: Any] ?? [:]
            for key in (schema["required"] as? [String] ?? []) where object[key] == nil { found.append("\(path): '\(key)' is missing") }
            for (key, element) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[key] as? [String: Any] {
                    found += violations(element, property, path: "\(path).\(key)")
                } else if let (_, property) = patterns.first(where: { key.range(of: $0.key, options: .regularExpression) != nil }) {
                    found += violations(element, property as? [String: Any] ?? [:], path: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): unknown key '\(key)'")
                }
            }
        }
        return found
    }

    private static func value(_ value: Any, hasType type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "integer": value is Int64
        case "number": value is Int64 || value is Double
        case "boolean": value is Bool
        default: true
        }
    }
}
