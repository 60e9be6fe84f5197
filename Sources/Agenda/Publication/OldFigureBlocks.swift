import Diagnostics
import Foundation

/// Finds the figure blocks of the template format before figures became tags: a fenced block
/// ```` ```grafiek ```` holding a figure's name. Such a block would now be shown as code, the figure
/// silently missing, so a template folder of the workspace that still has one gets an error
/// (MJA074) with the tag to write instead.
public enum OldFigureBlocks {
    /// Every ```` ```grafiek ```` (or `~~~grafiek`) block in `text`, the template file `file`, as an
    /// error at its opening fence.
    public static func diagnostics(in text: String, file: String, language: Language = .dutch) -> [Diagnostic] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var diagnostics: [Diagnostic] = []
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            guard indent <= 3 else { continue }
            let rest = line.dropFirst(indent)
            guard let fence = ["```", "~~~"].first(where: { rest.hasPrefix($0) }) else { continue }
            let info = rest.drop { $0 == fence.first! }.trimmingCharacters(in: .whitespaces)
            guard info == "grafiek" else { continue }
            let name = index + 1 < lines.count ? lines[index + 1].trimmingCharacters(in: .whitespaces) : ""
            let tag = "{{grafieken.\(name.isEmpty ? "NAAM" : name)}}"
            diagnostics.append(Diagnostic(
                severity: .error, code: "MJA074",
                message: language.pick(
                    "een grafiek als codeblok ```grafiek wordt niet meer getekend",
                    "a figure as a ```grafiek code block is no longer drawn"),
                file: file,
                range: SourceRange(at: SourcePosition(line: index + 1, column: indent + 1)),
                hint: language.pick(
                    "vervang het hele blok (van ```grafiek tot en met de sluitende ```) door de tag \(tag) op een eigen regel",
                    "replace the whole block (from ```grafiek up to and including the closing ```) by the tag \(tag) on a line of its own")))
        }
        return diagnostics
    }
}
