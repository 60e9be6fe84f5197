/// A realistic Dutch policy document of about 40 KB, built deterministically, for round-trip
/// tests (and the benchmark in the report).
enum SampleDocument {
    static let text: String = {
        let words = ["arbeidsmarkt", "regio", "werkgevers", "werkzoekenden", "scholing", "vacatures", "samenwerking",
                     "gemeenten", "UWV", "onderwijs", "vaardigheden", "techniek", "zorg", "logistiek", "jongeren",
                     "statushouders", "inclusie", "begeleiding", "subsidie", "aanpak", "doelen", "monitoring", "partners"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func sentence() -> String {
            var parts = (0..<(8 + next(10))).map { _ in words[next(words.count)] }
            parts[0] = parts[0].prefix(1).uppercased() + parts[0].dropFirst()
            let a = next(parts.count); parts[a] = "*\(parts[a])*"
            let b = next(parts.count); if b != a { parts[b] = "**\(parts[b])**" }
            if next(3) == 0 { let c = next(parts.count); if c != a && c != b { parts[c] = "[\(parts[c])](https://www.example.nl/\(parts[c]))" } }
            if next(5) == 0 { let d = next(parts.count); if d != a && d != b { parts[d] = "`\(parts[d])`" } }
            return parts.joined(separator: " ") + "."
        }
        var lines = ["# Regionaal werkplan arbeidsmarkt 2025–2028", "", sentence(), ""]
        var chapter = 0
        while lines.reduce(0, { $0 + $1.utf8.count + 1 }) < 40_000 {
            chapter += 1
            lines += ["## \(chapter). Hoofdstuk over \(words[next(words.count)])", ""]
            for section in 1...3 {
                lines += ["### \(chapter).\(section) Paragraaf", "", sentence(), sentence(), sentence(), ""]
                switch next(4) {
                case 0: lines += (0..<4).map { _ in "- " + sentence() } + ["  - " + sentence(), ""]
                case 1: lines += (1...4).map { "\($0). " + sentence() } + [""]
                case 2:
                    lines += ["| Maatregel | Budget (€) | Deelnemers | Status |", "| :-- | --: | --: | :-: |"]
                    lines += (0..<6).map { _ in "| \(words[next(words.count)]) | \(next(900)).\(100 + next(900)) | \(next(900)) | loopt |" }
                    lines.append("")
                default: lines += ["> " + sentence(), "> " + sentence(), ""]
                }
            }
        }
        return lines.joined(separator: "\n")
    }()
}
