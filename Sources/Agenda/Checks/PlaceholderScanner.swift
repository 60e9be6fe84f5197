import Diagnostics
import TOML

/// Finds text left over from a template: `TODO`, `<vul in>`, a lone `...`, or prose left empty.
/// It reads the TOML tree rather than the model, so every text value is seen with its exact place.
enum PlaceholderScanner {
    /// The markers that mean "still to be written", compared without regard to case.
    static let markers = ["todo", "<vul in", "vul in>", "[invullen]", "<...>", "[...]", "xxx"]

    static func scan(_ table: TOMLTable) -> [(CheckProblem, SourceRange)] {
        var problems: [(CheckProblem, SourceRange)] = []
        scan(table, into: &problems)
        return problems
    }

    private static func scan(_ table: TOMLTable, into problems: inout [(CheckProblem, SourceRange)]) {
        for entry in table.entries { scan(entry.value, key: entry.key, into: &problems) }
    }

    private static func scan(_ value: TOMLValue, key: String, into problems: inout [(CheckProblem, SourceRange)]) {
        switch value.kind {
        case .string(let text):
            if let problem = problem(in: text, key: key) { problems.append((problem, value.range)) }
        case .array(let elements):
            for element in elements { scan(element, key: key, into: &problems) }
        case .table(let table):
            scan(table, into: &problems)
        default:
            break
        }
    }

    /// The placeholder problem of one text, if it has one.
    static func problem(in text: String, key: String) -> CheckProblem? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .emptyProse(key: key) }
        if trimmed == "..." || trimmed == "…" { return .placeholder(key: key, text: trimmed) }
        let lowered = trimmed.lowercased()
        if markers.contains(where: lowered.contains) {
            let shown = trimmed.count > 60 ? String(trimmed.prefix(57)) + "..." : trimmed
            return .placeholder(key: key, text: shown)
        }
        return nil
    }
}

import Foundation
