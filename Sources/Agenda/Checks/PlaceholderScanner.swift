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
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return .emptyProse(key: key) }
        let core = scalars[first...last]
        if core.elementsEqual("...".unicodeScalars) || core.elementsEqual("…".unicodeScalars) {
            return .placeholder(key: key, text: String(core))
        }
        // The markers hold no white space, so the untrimmed text can be searched.
        if markers.contains(where: { containsIgnoringASCIICase(text, $0) }) {
            let trimmed = String(core)
            let shown = trimmed.count > 60 ? String(trimmed.prefix(57)) + "..." : trimmed
            return .placeholder(key: key, text: shown)
        }
        return nil
    }
}

/// Whether `text` holds `marker` (ASCII, lower case), ignoring ASCII case. Compares UTF-8 bytes:
/// every text value of every agenda passes here, so this must be cheap.
private func containsIgnoringASCIICase(_ text: String, _ marker: String) -> Bool {
    let needle = Array(marker.utf8)
    guard let first = needle.first else { return true }
    var text = text
    return text.withUTF8 { bytes in
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] | 0x20 == first | 0x20 {
            var matched = true
            for offset in 1..<needle.count {
                let byte = bytes[start + offset]
                let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                if lowered != needle[offset] { matched = false; break }
            }
            if matched { return true }
        }
        return false
    }
}

import Foundation
