// The tagged JSON form of the toml-test suite (https://github.com/toml-lang/toml-test): every scalar
// becomes `{"type": "...", "value": "..."}`, tables become objects and arrays become arrays. Used by
// the `toml-test-decoder` tool, and handy for comparing documents in tests.

extension TOMLTable {
    /// The table as toml-test's tagged JSON, keys in source order, without whitespace.
    public func taggedJSON() -> String {
        var output = ""
        TaggedJSON.write(self, to: &output)
        return output
    }
}

extension TOMLValue {
    /// The value as toml-test's tagged JSON.
    public func taggedJSON() -> String {
        var output = ""
        TaggedJSON.write(self, to: &output)
        return output
    }
}

enum TaggedJSON {
    static func write(_ table: TOMLTable, to output: inout String) {
        output += "{"
        for (index, entry) in table.entries.enumerated() {
            if index > 0 { output += "," }
            writeString(entry.key, to: &output)
            output += ":"
            write(entry.value, to: &output)
        }
        output += "}"
    }

    static func write(_ value: TOMLValue, to output: inout String) {
        switch value.kind {
        case .string(let text): writeScalar("string", text, to: &output)
        case .integer(let number): writeScalar("integer", String(number), to: &output)
        case .float(let number): writeScalar("float", floatText(number), to: &output)
        case .boolean(let flag): writeScalar("bool", flag ? "true" : "false", to: &output)
        case .offsetDateTime(let dateTime): writeScalar("datetime", dateTime.description, to: &output)
        case .localDateTime(let dateTime): writeScalar("datetime-local", dateTime.description, to: &output)
        case .localDate(let date): writeScalar("date-local", date.description, to: &output)
        case .localTime(let time): writeScalar("time-local", time.description, to: &output)
        case .table(let table): write(table, to: &output)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                write(element, to: &output)
            }
            output += "]"
        }
    }

    /// `inf`, `-inf` and `nan` as toml-test writes them; other floats in Swift's shortest round-trip form.
    static func floatText(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        return number.description
    }

    private static func writeScalar(_ type: String, _ value: String, to output: inout String) {
        output += "{\"type\":\"" + type + "\",\"value\":"
        writeString(value, to: &output)
        output += "}"
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as is.
    static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
