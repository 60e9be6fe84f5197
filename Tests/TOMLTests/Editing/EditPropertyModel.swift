import Foundation
import TOML
import TestSupport

/// A seeded generator (SplitMix64): the same seed makes the same edits, so a failure can be replayed.
typealias SeededGenerator = SplitMix64

/// A document's values alone, kept by the test apart from the editor: what each edit should make.
indirect enum PlainValue: Equatable {
    case table([String: PlainValue])
    case array([PlainValue])
    case scalar(TOMLValue.Kind)

    init(_ table: TOMLTable) {
        var entries: [String: PlainValue] = [:]
        for entry in table.entries { entries[entry.key] = PlainValue(entry.value) }
        self = .table(entries)
    }

    init(_ value: TOMLValue) {
        switch value.kind {
        case .table(let table): self.init(table)
        case .array(let elements): self = .array(elements.map(PlainValue.init))
        default: self = .scalar(value.kind)
        }
    }

    init(_ edit: TOMLEditValue) {
        switch edit {
        case .string(let text), .multilineString(let text): self = .scalar(.string(text))
        case .integer(let value): self = .scalar(.integer(value))
        case .float(let value), .paddedFloat(let value, _): self = .scalar(.float(value))
        case .boolean(let value): self = .scalar(.boolean(value))
        case .localDate(let date): self = .scalar(.localDate(date))
        case .array(let elements): self = .array(elements.map(PlainValue.init))
        case .inlineTable(let entries):
            var table: [String: PlainValue] = [:]
            for (key, value) in entries { table[key] = PlainValue(value) }
            self = .table(table)
        }
    }

    /// Lets `body` change the value at `path` (nil: absent, or to remove).
    mutating func change(_ path: ArraySlice<TOMLPathComponent>, _ body: (inout PlainValue?) -> Void) {
        guard let first = path.first else { return }
        switch (self, first) {
        case (.table(var entries), .key(let key)):
            var value = entries[key]
            if path.count == 1 { body(&value) } else { value?.change(path.dropFirst(), body) }
            entries[key] = value
            self = .table(entries)
        case (.array(var elements), .index(let index)):
            if path.count == 1 {
                var value: PlainValue? = elements[index]
                body(&value)
                if let value { elements[index] = value } else { elements.remove(at: index) }
            } else {
                elements[index].change(path.dropFirst(), body)
            }
            self = .array(elements)
        default:
            return
        }
    }
}

/// What the random edits write: strings with the characters that break naive writers.
extension SeededGenerator {
    mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &self)] }

    mutating func string() -> String {
        let pieces = [
            "werk", " ", "Twente", "\"", "'", "\\", "\n", "\t", "é", "🎉", "‘krul’", "'''", "\"\"\"", "\r\n",
            "\u{1}", "#", "=", "[[x]]", "{", "}", ",", "\\u0041", "1.500.000", "2026-03-01", "\u{7F}", "ß",
        ]
        let count = Int.random(in: 0...8, using: &self)
        return (0..<count).map { _ in pick(pieces) }.joined()
    }

    mutating func key() -> String {
        pick(["nieuw", "k\(Int.random(in: 0...99, using: &self))", "met spatie", "é", "a.b", "\"q\"", "", "x-y_z"])
    }

    mutating func value(depth: Int = 0) -> TOMLEditValue {
        switch Int.random(in: 0..<(depth > 1 ? 6 : 8), using: &self) {
        case 0, 1: return .string(string())
        case 2: return .multilineString(string())
        case 3: return .integer(Int64.random(in: -2_000_000...2_000_000, using: &self))
        case 4: return .localDate(LocalDate(year: Int.random(in: 2020...2035, using: &self), month: Int.random(in: 1...12, using: &self), day: Int.random(in: 1...28, using: &self)))
        case 5: return Bool.random(using: &self) ? .boolean(Bool.random(using: &self)) : .float(Double(Int.random(in: -1000...1000, using: &self)) / 8)
        case 6: return .array((0..<Int.random(in: 0...3, using: &self)).map { _ in value(depth: depth + 1) })
        default:
            var entries: [(String, TOMLEditValue)] = []
            for index in 0..<Int.random(in: 0...3, using: &self) { entries.append(("v\(index)", value(depth: depth + 1))) }
            return .inlineTable(entries)
        }
    }
}
