import Diagnostics
import FoundationEssentials
import FoundationGaps

/// Finds the figure blocks of the template format before figures became tags: a fenced block
/// ```` ```grafiek ```` holding a figure's name. Such a block would now be shown as code, the figure
/// silently missing, so a template folder of the workspace that still has one gets an error
/// (MJA074) with the tag to write instead.
public enum OldFigureBlocks {
    /// Every ```` ```grafiek ```` (or `~~~grafiek`) block in `text`, the template file `file`, as an
    /// error at its opening fence.
    public static func diagnostics(in text: String, file: String, language: Language = .dutch) -> [Diagnostic] {
        let lines = TextLines.ofSource(text)
        var diagnostics: [Diagnostic] = []
        for (index, line) in lines.enumerated() {
            // Only a line that holds the bytes of `grafiek` can open such a block (no other text is
            // canonically equivalent to it), and few do: the others are passed over by their bytes.
            // Reading every line by `Character` cost 1.6 million instructions a template, each run.
            guard holdsFigureWord(line) else { continue }
            let indent = line.prefix { $0 == " " }.count
            guard indent <= 3 else { continue }
            let rest = line.dropFirst(indent)
            guard let fence = ["```", "~~~"].first(where: { rest.hasPrefix($0) }) else { continue }
            let info = rest.drop { $0 == fence.first! }.trimming(.spaces)
            guard info == "grafiek" else { continue }
            let name = index + 1 < lines.count ? lines[index + 1].trimming(.spaces) : ""
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

    /// Whether `line` holds the UTF-8 of `grafiek`.
    private static func holdsFigureWord(_ line: Substring) -> Bool {
        let utf8 = line.utf8
        var index = utf8.startIndex
        while let start = utf8[index...].firstIndex(of: UInt8(ascii: "g")) {
            if utf8[start...].starts(with: "grafiek".utf8) { return true }
            index = utf8.index(after: start)
        }
        return false
    }
}
