// The habits `HabitDiagnosis` recognises, each read from the start of a value as written.
import Dates
import TOML

extension HabitDiagnosis {
    /// `12-03-2026`, `12/03/2026` or `12.03.2026` at the start of `text`, a day that exists: the text
    /// as written and the date as TOML writes it, `2026-03-12`.
    static func dayMonthYear(_ text: String) -> (written: String, fixed: String)? {
        let s = Array(text.unicodeScalars)
        var i = 0
        func digits(_ range: ClosedRange<Int>) -> Int? {
            let start = i
            while i < s.count, i - start < range.upperBound, ("0"..."9").contains(s[i]) { i += 1 }
            guard range.contains(i - start) else { return nil }
            return Int(String(String.UnicodeScalarView(s[start..<i])))
        }
        guard let day = digits(1...2), i < s.count else { return nil }
        let separator = s[i]
        guard separator == "-" || separator == "/" || separator == "." else { return nil }
        i += 1
        guard let month = digits(1...2), i < s.count, s[i] == separator else { return nil }
        i += 1
        guard let year = digits(4...4), isBoundary(s, i), (1...12).contains(month),
              (1...LocalDate.numberOfDays(inMonth: month, year: year)).contains(day) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return (String(String.UnicodeScalarView(s[..<i])), "\(year)-\(two(month))-\(two(day))")
    }

    /// `31-02-2026` at the start of `text`: a day-month-year date whose day does not exist in that
    /// month (months 1-12, days 1-31), with the last day of the month as TOML writes it.
    static func impossibleDayMonthYear(_ text: String) -> (written: String, year: Int, month: Int, day: Int, lastDay: String)? {
        let s = Array(text.unicodeScalars)
        var end = 0
        while end < s.count, ("0"..."9").contains(s[end]) || ["-", "/", "."].contains(s[end]) { end += 1 }
        guard isBoundary(s, end) else { return nil }
        let written = String(String.UnicodeScalarView(s[..<end]))
        for separator in ["-", "/", "."] {
            let parts = written.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
                  let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
                  (1...12).contains(month), (1...31).contains(day) else { continue }
            let days = LocalDate.numberOfDays(inMonth: month, year: year)
            guard day > days else { return nil }
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return (written, year, month, day, "\(year)-\(two(month))-\(two(days))")
        }
        return nil
    }

    /// `15%` or `15 %` at the start of `text`: as written, and the number.
    static func percentage(_ text: String) -> (written: String, number: String)? {
        let s = Array(text.unicodeScalars)
        var i = 0
        if i < s.count, s[i] == "-" { i += 1 }
        while i < s.count, ("0"..."9").contains(s[i]) || s[i] == "." { i += 1 }
        guard i > 0, ("0"..."9").contains(s[i - 1]) else { return nil }
        let number = String(String.UnicodeScalarView(s[..<i]))
        var j = i
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "%", isBoundary(s, j + 1) else { return nil }
        return (String(String.UnicodeScalarView(s[...j])), number)
    }

    /// `"a", "b"` at the start of `text`: two or more quoted texts separated by commas, up to a
    /// comment or the end. As written, and as a list `["a", "b"]`.
    static func textsWithoutBrackets(_ text: String) -> (written: String, fixed: String)? {
        let s = Array(withoutComment(text).trimmingTrailingSpaces().unicodeScalars)
        var i = 0
        var count = 0
        while i < s.count {
            guard s[i] == "\"" || s[i] == "'" else { return nil }
            let quote = s[i]
            i += 1
            while i < s.count, s[i] != quote {
                if quote == "\"", s[i] == "\\" { i += 1 }
                i += 1
            }
            guard i < s.count else { return nil }
            i += 1
            count += 1
            while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
            guard i < s.count else { break }
            guard s[i] == "," else { return nil }
            i += 1
            while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        }
        guard count >= 2 else { return nil }
        let written = String(String.UnicodeScalarView(s))
        return (written, "[\(written)]")
    }

    /// `200 overstappers` at the start of `text`: a number, a space, then a word (text without
    /// quotes that the parser read as a number up to the space).
    static func numberThenWords(_ text: String) -> String? {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count, ("0"..."9").contains(s[i]) || s[i] == "." || s[i] == "," { i += 1 }
        guard i > 0, i < s.count, s[i] == " " else { return nil }
        var j = i
        while j < s.count, s[j] == " " { j += 1 }
        // A word of two letters or more, and no `=` after it: `1 b = 2` is two pairs on one line.
        guard j + 1 < s.count, s[j].properties.isAlphabetic, s[j + 1].properties.isAlphabetic else { return nil }
        let written = withoutComment(text).trimmingTrailingSpaces()
        return written.contains("=") ? nil : written
    }

    /// A number as a spreadsheet shows it, at the start of `text`.
    struct GroupedNumber {
        /// The text as written: `12.000,50`, `€ 12.000,-`, `6,5`.
        var written: String
        /// The number as TOML reads it: `12000.50`, `12000`, `6.5`.
        var number: String
        /// The value as quoted text, for keys that take text: `"€ 12.000,-"`.
        var text: String
        /// Only a decimal comma, nothing else of a spreadsheet's notation.
        var isDecimalComma: Bool
    }

    /// `6,5`, `12.000,50`, `€ 12.000,-` or `12.000 euro` at the start of `text`; nil for a number TOML
    /// reads as it is.
    static func groupedNumber(_ text: String) -> GroupedNumber? {
        let s = Array(text.unicodeScalars)
        var i = 0
        var euro = false
        if i < s.count, s[i] == "€" {
            euro = true
            i += 1
            while i < s.count, s[i] == " " { i += 1 }
        }
        var sign = ""
        if i < s.count, s[i] == "-" { sign = "-"; i += 1 }
        let start = i
        while i < s.count, ("0"..."9").contains(s[i]) || s[i] == "." { i += 1 }
        let whole = String(String.UnicodeScalarView(s[start..<i]))
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) || groups.count == 1, !first.isEmpty else { return nil }
        let grouped = groups.count > 1
        if grouped && !groups.dropFirst().allSatisfy({ $0.count == 3 }) { return nil }
        var decimals = ""
        var dash = false
        if i + 1 < s.count, s[i] == ",", ("0"..."9").contains(s[i + 1]) || s[i + 1] == "-" {
            i += 1
            if s[i] == "-" {
                dash = true
                while i < s.count, s[i] == "-" { i += 1 }
            } else {
                while i < s.count, ("0"..."9").contains(s[i]) { decimals.unicodeScalars.append(s[i]); i += 1 }
            }
        }
        var end = i
        while end < s.count, s[end] == " " { end += 1 }
        let suffix = String(String.UnicodeScalarView(s[end...])).lowercased()
        for word in ["euro", "eur", "€"] where suffix.hasPrefix(word) && isBoundary(Array(suffix.unicodeScalars), word.unicodeScalars.count) {
            euro = true
            i = end + word.unicodeScalars.count
            break
        }
        guard isBoundary(s, i), grouped || euro || dash || !decimals.isEmpty else { return nil }
        let digits = sign + groups.joined()
        let number = decimals.isEmpty || decimals.allSatisfy({ $0 == "0" }) && (euro || grouped) ? digits : digits + "." + decimals
        let written = String(String.UnicodeScalarView(s[..<i]))
        return GroupedNumber(written: written, number: number, text: "\"\(written)\"",
                             isDecimalComma: !grouped && !euro && !dash)
    }

    /// A text between curly quotes at the start of `text`: as written, and between straight quotes.
    static func curlyQuoted(_ text: String) -> (written: String, fixed: String)? {
        let s = Array(text.unicodeScalars)
        let opening: Set<Unicode.Scalar> = ["“", "”", "„", "‟", "‘", "’", "‚", "«", "»"]
        guard let first = s.first, opening.contains(first) else { return nil }
        var close = 1
        while close < s.count, !opening.contains(s[close]) { close += 1 }
        let written: String
        let inner: String
        if close < s.count {
            written = String(String.UnicodeScalarView(s[...close]))
            inner = String(String.UnicodeScalarView(s[1..<close]))
        } else {
            written = withoutComment(text).trimmingTrailingSpaces()
            inner = String(written.unicodeScalars.dropFirst())
        }
        return (written, "\"\(escaped(inner))\"")
    }

    /// A quoted text with a quote inside, `"Het "mooie" plan"`, up to the last quote of `text`: as
    /// written, with the inner quotes escaped, and between single quotes (nil when it holds one).
    static func quoteInside(_ text: String) -> (written: String, fixed: String, literal: String?)? {
        let s = Array(text.unicodeScalars)
        guard let last = s.lastIndex(of: "\""), last > 1 else { return nil }
        let inner = String(String.UnicodeScalarView(s[1..<last]))
        guard inner.unicodeScalars.contains("\"") else { return nil }
        let written = String(String.UnicodeScalarView(s[...last]))
        let literal = inner.unicodeScalars.contains("'") ? nil : "'\(inner)'"
        return (written, "\"\(escaped(inner))\"", literal)
    }

    /// `text` with backslashes and quotes escaped for a basic string.
    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c == "\\" || c == "\"" { result.append("\\") }
            result.append(c)
        }
        return String(result)
    }

    /// `text` up to a `#`.
    static func withoutComment(_ text: String) -> String {
        String(text.unicodeScalars.prefix { $0 != "#" })
    }

    /// Whether a value may end before index `i`: at the end, a space, a separator or a comment.
    static func isBoundary(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i >= s.count || [" ", "\t", ",", "]", "}", "#"].contains(s[i])
    }
}

extension String {
    /// Without spaces and tabs at either end.
    func trimmingSpaces() -> String {
        String(String.UnicodeScalarView(unicodeScalars.drop { $0 == " " || $0 == "\t" })).trimmingTrailingSpaces()
    }

    /// Without spaces and tabs at the end.
    func trimmingTrailingSpaces() -> String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
