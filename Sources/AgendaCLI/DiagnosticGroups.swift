import Diagnostics

/// Which diagnostics the text output shows when one rule fires many times in one file: the first few
/// of each (file, code), then one line with how many more there are. A flood of ten thousand alike
/// warnings hides nothing else and still says what it is.
struct DiagnosticGroups {
    /// Per index in the sorted list: whether it is shown.
    private var shown: [Bool]
    /// Per index of the last shown diagnostic of a group: how many of its group are not shown.
    private var hidden: [Int: Int] = [:]

    /// Groups `sorted`, showing at most `limit` of each rule in each file (all when nil).
    init(_ sorted: [Diagnostic], showing limit: Int?) {
        shown = Array(repeating: true, count: sorted.count)
        guard let limit else { return }
        var seen: [Key: (count: Int, last: Int)] = [:]
        for (index, diagnostic) in sorted.enumerated() where !Self.neverGrouped.contains(diagnostic.code) {
            let key = Key(file: diagnostic.file, code: diagnostic.code)
            let count = (seen[key]?.count ?? 0) + 1
            if count > limit {
                shown[index] = false
                seen[key]!.count = count
            } else {
                seen[key] = (count, index)
            }
        }
        for entry in seen.values where entry.count > limit { hidden[entry.last] = entry.count - limit }
    }

    /// Syntax errors are each a different mistake, and the parser already stops after 50.
    static let neverGrouped: Set<String> = ["MJA001"]

    private struct Key: Hashable {
        var file: String?
        var code: String
    }

    /// Whether the diagnostic at `index` is printed.
    func isShown(_ index: Int) -> Bool { shown[index] }

    /// How many of the group are left out, when the diagnostic at `index` is the last one shown of it.
    func hiddenAfter(_ index: Int) -> Int? { hidden[index] }

    /// "… en nog 9.990 meldingen MJA101 in regions/x.toml; `--alles` toont ze", for the group of `diagnostic`.
    func line(_ count: Int, of diagnostic: Diagnostic, in language: Language) -> String {
        let number = Self.grouped(count, separator: language.pick(".", ","))
        let place = diagnostic.file.map { " in \($0)" } ?? ""
        let what = count == 1 ? language.pick("melding", "message") : language.pick("meldingen", "messages")
        return language.pick("… en nog \(number) \(what) \(diagnostic.code)\(place); `--alles` toont ze\n",
                             "… and \(number) more \(what) \(diagnostic.code)\(place); `--all` shows them\n")
    }

    /// `9995` as `9.995` (Dutch) or `9,995` (English).
    static func grouped(_ number: Int, separator: String) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }
}
