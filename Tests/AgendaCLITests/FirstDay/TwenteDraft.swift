import Foundation
import Testing

/// A copy of the workspace in a temporary folder with the Twente example changed line by line, as a
/// programme manager's draft: for the tests that run `mja check` on mistakes and follow its hints.
struct TwenteDraft {
    let folder: String
    var file: String { folder + "/am05-twente.toml" }

    /// The workspace with `changes` (line, 1-based, and its new text; nil removes the line) made in
    /// the Twente agenda. With `whole`, every agenda is copied (for references to other regions'
    /// signals); else only the registries.
    init(_ changes: [Int: String?], whole: Bool = false) throws {
        folder = NSTemporaryDirectory() + "mja-draft-" + UUID().uuidString
        let manager = FileManager.default
        if whole {
            try manager.copyItem(atPath: AgendaCommandsTests.regions, toPath: folder)
        } else {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try manager.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        }
        var lines: [String?] = try String(contentsOfFile: BuildCommandTests.twente, encoding: .utf8)
            .components(separatedBy: "\n").map { $0 }
        // A draft is the programme manager's own agenda: without `voorbeeld = true`, which an edited
        // example would be warned about (MJA024). Written `false` so every line keeps its number.
        lines = lines.map { $0 == "voorbeeld = true" ? "voorbeeld = false" : $0 }
        for (number, text) in changes { lines[number - 1] = text }
        try write(lines.compactMap { $0 })
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    var lines: [String] {
        get throws { try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n") }
    }

    func write(_ lines: [String]) throws {
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
    }

    /// `line:column: severity[code]` of every diagnostic `mja check` prints for the draft, in order.
    func located() -> [String] {
        let prefix = file + ":"
        return mja("check", "--alles", file).output.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix(prefix), let end = line.range(of: "]: ") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: prefix.count)..<end.lowerBound]) + "]"
        }
    }

    /// The diagnostics of `mja check --formaat json`, as dictionaries.
    func diagnostics() throws -> [Finding] {
        let output = mja("check", "--formaat", "json", file).output
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let list = try #require(document["diagnostics"] as? [[String: Any]])
        return list.compactMap(Finding.init)
    }

    /// One diagnostic of the JSON output.
    struct Finding: CustomStringConvertible {
        var code: String
        var severity: String
        var hint: String?
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var description: String { "\(line):\(column): \(severity)[\(code)] hint: \(hint ?? "-")" }

        init?(_ json: [String: Any]) {
            guard let code = json["code"] as? String, let severity = json["severity"] as? String,
                  let range = json["range"] as? [String: Any], let start = range["start"] as? [String: Int],
                  let end = range["end"] as? [String: Int] else { return nil }
            self.code = code
            self.severity = severity
            hint = json["hint"] as? String
            line = start["line"] ?? 0
            column = start["column"] ?? 0
            endLine = end["line"] ?? 0
            endColumn = end["column"] ?? 0
        }
    }

    /// Follows the hint of `finding` in the text, when it gives the text to write: `schrijf: key =
    /// value` (the value replaces the range), `bedoelde u 'x'?` (x replaces the range), `schrijf:
    /// [[name]]` (the header), or closing a text `vóór regel N`. False when the hint gives no text.
    func follow(_ finding: Finding) throws -> Bool {
        var lines = try lines
        if let range = finding.hint?.range(of: #"vóór regel (\d+)"#, options: .regularExpression),
           let number = Int(finding.hint![range].split(separator: " ").last ?? "") {
            let delimiter = finding.hint!.contains("'''") ? "'''" : "\"\"\""
            lines.insert(delimiter, at: number - 1)
            try write(lines)
            return true
        }
        guard let replacement = Self.suggestedText(in: finding.hint ?? ""), finding.line == finding.endLine else { return false }
        var scalars = Array(lines[finding.line - 1].unicodeScalars)
        let start = finding.column - 1
        let end = min(finding.endColumn - 1, scalars.count)
        let old = String(String.UnicodeScalarView(scalars[start..<end]))
        var new = replacement.text
        if replacement.isName, old.hasPrefix("\"") { new = "\"\(new)\"" }
        scalars.replaceSubrange(start..<end, with: Array(new.unicodeScalars))
        lines[finding.line - 1] = String(String.UnicodeScalarView(scalars))
        try write(lines)
        return true
    }

    /// The text a hint says to write: the value of its first `key = value`, a header, or the name of
    /// a "bedoelde u 'x'?" (`isName`: quoted when the value it replaces was).
    static func suggestedText(in hint: String) -> (text: String, isName: Bool)? {
        let patterns = [
            #"\[\[[A-Za-z0-9_.-]+\]\]"#,
            #"[A-Za-z0-9_-]+ = ("(?:[^"\\]|\\.)*"|'[^']*'|\[[^\]]*\]|[^\s;()]+)"#,
        ]
        if let header = hint.range(of: patterns[0], options: .regularExpression), hint.contains("schrijf: [[") {
            return (String(hint[header]), false)
        }
        if let pair = hint.range(of: patterns[1], options: .regularExpression) {
            let text = hint[pair]
            return (String(text[text.range(of: " = ")!.upperBound...]), false)
        }
        if let start = hint.range(of: "bedoelde u '"), let end = hint[start.upperBound...].range(of: "'?") {
            return (String(hint[start.upperBound..<end.lowerBound]), true)
        }
        return nil
    }
}
