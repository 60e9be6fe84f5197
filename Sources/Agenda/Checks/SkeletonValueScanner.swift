import Diagnostics
import FoundationEssentials
import FoundationGaps

/// Finds values that still stand as `mja init` wrote them. The skeleton (`templates/nieuwe-agenda.toml`)
/// marks every value it had to guess, such as `streefwaarde = 0` or a signal's date, with a trailing
/// comment `# <vul in: ...>`; a line that still carries that comment was never filled in.
enum SkeletonValueScanner {
    /// The marker that ends a guessed line in the skeleton.
    static let marker = "<vul in"

    /// Every `key = value  # <vul in: ...>` line of `text`: the key, the value as written and its range.
    static func scan(_ text: SourceText) -> [(CheckProblem, SourceRange)] {
        // Most files hold no marker at all (every agenda once it is filled in): one pass over the
        // bytes says so, before any line is taken apart.
        guard contains(marker, in: text.string) else { return [] }
        var found: [(CheckProblem, SourceRange)] = []
        var line = 1
        while let content = text.line(line) {
            if let item = skeletonValue(in: Array(content.unicodeScalars), line: line) { found.append(item) }
            line += 1
        }
        return found
    }

    /// Whether `needle` occurs in `text`, byte for byte.
    private static func contains(_ needle: String, in text: String) -> Bool {
        let pattern = Array(needle.utf8)
        var text = text
        return text.withUTF8 { bytes in
            guard let first = pattern.first, bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                if (1..<pattern.count).allSatisfy({ bytes[start + $0] == pattern[$0] }) { return true }
            }
            return false
        }
    }

    private static func skeletonValue(in s: [Unicode.Scalar], line: Int) -> (CheckProblem, SourceRange)? {
        guard let equals = s.firstIndex(of: "=") else { return nil }
        var quote: Unicode.Scalar?
        var hash: Int?
        for i in (equals + 1)..<s.count {
            let c = s[i]
            if let open = quote { if c == open { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == "#" { hash = i; break }
        }
        guard let hash else { return nil }
        let comment = String(String.UnicodeScalarView(s[(hash + 1)...])).trimming(.spaces)
        guard comment.hasPrefix(marker) else { return nil }
        let key = String(String.UnicodeScalarView(s[..<equals])).trimming(.spaces)
        var start = equals + 1
        while start < hash, s[start] == " " || s[start] == "\t" { start += 1 }
        var end = hash
        while end > start, s[end - 1] == " " || s[end - 1] == "\t" { end -= 1 }
        guard !key.isEmpty, !key.hasPrefix("#"), start < end else { return nil }
        let value = String(String.UnicodeScalarView(s[start..<end]))
        return (.skeletonValue(key: key, value: value), SourceRange(
            start: SourcePosition(line: line, column: start + 1), end: SourcePosition(line: line, column: end + 1)))
    }
}
