import Foundation

/// Compares two documents in toml-test's tagged JSON the way toml-test itself does (its `json.go`):
/// the same tables, arrays and types, strings and integers spelled alike, floats equal as numbers
/// (`1e+100` is `1e100`; any NaN is NaN) and date-times equal as moments (`Z` is `+00:00`, trailing
/// zeros of a fraction do not count), since TOML allows several spellings of one value.
enum TaggedJSONComparison {
    /// The first difference between `expected` and `actual` JSON text, as a path and what differs;
    /// nil when they hold the same values.
    static func difference(expected: String, actual: String) -> String? {
        let expectedTree: Any
        let actualTree: Any
        do {
            expectedTree = try JSONSerialization.jsonObject(with: Data(expected.utf8), options: [.fragmentsAllowed])
        } catch {
            return "the expected JSON does not read: \(error)"
        }
        do {
            actualTree = try JSONSerialization.jsonObject(with: Data(actual.utf8), options: [.fragmentsAllowed])
        } catch {
            return "the tagged JSON written does not read: \(error)"
        }
        return difference(expectedTree, actualTree, path: "")
    }

    private static func difference(_ expected: Any, _ actual: Any, path: String) -> String? {
        if let expectedArray = expected as? [Any] {
            guard let actualArray = actual as? [Any] else { return "\(path): expected an array, got \(actual)" }
            guard expectedArray.count == actualArray.count else {
                return "\(path): expected \(expectedArray.count) elements, got \(actualArray.count)"
            }
            for (index, pair) in zip(expectedArray, actualArray).enumerated() {
                if let found = difference(pair.0, pair.1, path: "\(path)[\(index)]") { return found }
            }
            return nil
        }
        guard let expectedObject = expected as? [String: Any] else { return "\(path): unexpected JSON \(expected)" }
        guard let actualObject = actual as? [String: Any] else { return "\(path): expected an object, got \(actual)" }
        if let expectedScalar = scalar(expectedObject) {
            guard let actualScalar = scalar(actualObject) else { return "\(path): expected \(expectedScalar), got a table" }
            guard expectedScalar.type == actualScalar.type else {
                return "\(path): expected type \(expectedScalar.type), got \(actualScalar.type)"
            }
            guard same(expectedScalar.value, actualScalar.value, type: expectedScalar.type) else {
                return "\(path): expected \(expectedScalar.value), got \(actualScalar.value)"
            }
            return nil
        }
        if scalar(actualObject) != nil { return "\(path): expected a table, got \(actualObject)" }
        let expectedKeys = expectedObject.keys.sorted()
        let actualKeys = actualObject.keys.sorted()
        guard expectedKeys == actualKeys else { return "\(path): expected keys \(expectedKeys), got \(actualKeys)" }
        for key in expectedKeys {
            if let found = difference(expectedObject[key]!, actualObject[key]!, path: path + "." + key) { return found }
        }
        return nil
    }

    /// The type and value of a tagged scalar: an object of exactly two strings, `type` and `value`.
    /// (A TOML table with keys `type` and `value` holds objects, not strings, so it is not one.)
    private static func scalar(_ object: [String: Any]) -> (type: String, value: String)? {
        guard object.count == 2, let type = object["type"] as? String, let value = object["value"] as? String else { return nil }
        return (type, value)
    }

    private static func same(_ expected: String, _ actual: String, type: String) -> Bool {
        switch type {
        case "float":
            let expected = expected.lowercased(), actual = actual.lowercased()
            if expected.hasSuffix("nan") || actual.hasSuffix("nan") {
                return expected.trimmingCharacters(in: ["+", "-"]) == actual.trimmingCharacters(in: ["+", "-"])
            }
            guard let expectedNumber = Double(expected), let actualNumber = Double(actual) else { return false }
            return expectedNumber == actualNumber
        case "datetime", "datetime-local", "date-local", "time-local":
            guard let expectedMoment = moment(expected), let actualMoment = moment(actual) else { return false }
            return expectedMoment == actualMoment
        default:
            return expected == actual
        }
    }

    /// A date, time or date-time as one comparable text: an offset date-time as seconds since
    /// 0000-03-01 UTC plus its fraction, the local kinds as written with the fraction's trailing zeros
    /// (and an empty fraction) left out. Nil when the text is none of these.
    static func moment(_ text: String) -> String? {
        var text = text.uppercased().replacingOccurrences(of: " ", with: "T")
        var offsetMinutes: Int?
        if text.hasSuffix("Z") {
            text.removeLast()
            offsetMinutes = 0
        } else if text.count > 6, text.contains("T") {
            let sign = text[text.index(text.endIndex, offsetBy: -6)]
            if sign == "+" || sign == "-" {
                let parts = text.suffix(5).split(separator: ":")
                guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
                offsetMinutes = (hours * 60 + minutes) * (sign == "-" ? -1 : 1)
                text.removeLast(6)
            }
        }
        // The fraction of a second, without trailing zeros.
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            fraction = String(text[text.index(after: dot)...])
            text = String(text[..<dot])
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        guard let offsetMinutes else { return fraction.isEmpty ? text : text + "." + fraction }
        let halves = text.split(separator: "T")
        guard halves.count == 2 else { return nil }
        let date = halves[0].split(separator: "-").compactMap { Int($0) }
        let time = halves[1].split(separator: ":").compactMap { Int($0) }
        guard date.count == 3, time.count == 3 else { return nil }
        // Days since 0000-03-01 in the proleptic Gregorian calendar, so leap days fall at the end of a year.
        let year = date[1] <= 2 ? date[0] - 1 : date[0]
        let month = date[1] <= 2 ? date[1] + 9 : date[1] - 3
        let days = year * 365 + year / 4 - year / 100 + year / 400 + (month * 153 + 2) / 5 + date[2] - 1
        let seconds = days * 86_400 + time[0] * 3600 + time[1] * 60 + time[2] - offsetMinutes * 60
        return fraction.isEmpty ? "\(seconds)" : "\(seconds).\(fraction)"
    }
}
