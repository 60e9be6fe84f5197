import Foundation

/// Writes copies of an agenda folder for benchmarks that grow the data: the national data times a
/// factor (every theme with its actions and every signal repeated, with fresh ids), or one agenda with
/// thousands of alike themes. Deterministic: the same arguments give the same bytes.
enum ScaledRegions {
    /// A copy of `source` in `target` with every `[[thema]]` and `[[signaal]]` block written `factor`
    /// times; copies get ids ending in `-xN` and keep their references to the originals. Ceilings
    /// (`plafond`) are left out above factor 1, so the copied budgets stay valid and everything builds.
    /// With `distinctTexts`, each copy's texts differ from the original's (see ``scaled(_:factor:distinctTexts:)``).
    static func write(from source: String, to target: String, factor: Int, distinctTexts: Bool = false) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: target + "/registers", withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: source + "/registers") where name.hasSuffix(".toml") {
            let text = try String(contentsOfFile: source + "/registers/" + name, encoding: .utf8)
            try withoutCeilings(text, factor: factor).write(toFile: target + "/registers/" + name, atomically: true, encoding: .utf8)
        }
        for name in try manager.contentsOfDirectory(atPath: source) where name.hasSuffix(".toml") {
            let text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            try scaled(withoutCeilings(text, factor: factor), factor: factor, distinctTexts: distinctTexts)
                .write(toFile: target + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    /// A copy of `source` in `target` with `factor` times the regions: every regional agenda is
    /// copied `factor - 1` times as the agenda of a new region (`AM05` -> `AM05R1`, file
    /// `am05r1-twente.toml`), and each new region is added to the region registry. The content per
    /// agenda stays as it is: this grows the workspace the way more regions would.
    static func writeRegions(from source: String, to target: String, factor: Int) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: target + "/registers", withIntermediateDirectories: true)
        var added: [String] = []
        for name in try manager.contentsOfDirectory(atPath: source).sorted() where name.hasSuffix(".toml") {
            let text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            try text.write(toFile: target + "/" + name, atomically: true, encoding: .utf8)
            guard factor > 1, name.hasPrefix("am"), let dash = name.firstIndex(of: "-"),
                let line = text.components(separatedBy: "\n").first(where: { $0.hasPrefix("regio = \"") })
            else { continue }
            let code = String(line.dropFirst("regio = \"".count).dropLast())
            let rest = name[dash...]
            for copy in 1..<factor {
                let newCode = "\(code)R\(copy)"
                let copied = text.replacingOccurrences(of: line, with: "regio = \"\(newCode)\"")
                try copied.write(toFile: target + "/" + newCode.lowercased() + rest, atomically: true, encoding: .utf8)
                added.append(newCode)
            }
        }
        for name in try manager.contentsOfDirectory(atPath: source + "/registers") where name.hasSuffix(".toml") {
            var text = try String(contentsOfFile: source + "/registers/" + name, encoding: .utf8)
            if name == "regios.toml" {
                for code in added {
                    text += "\n[[regio]]\ncode = \"\(code)\"\nnaam = \"Regio \(code)\"\ncentrumgemeente = \"Gemeente \(code)\"\n"
                }
            }
            try text.write(toFile: target + "/registers/" + name, atomically: true, encoding: .utf8)
        }
    }

    /// The agenda text with its theme and signal blocks repeated `factor` times.
    ///
    /// With `distinctTexts`, every prose text of a copy (a title, a description, a consideration:
    /// ``proseKeys``) carries the copy's number, `(kopie 7)` at the end of a one-line text and a first
    /// paragraph `Kopie 7.` in a multi-line one. Without it the copies repeat the original's texts
    /// word for word, which a reader that makes each distinct text once (the TOML parser's shared
    /// strings) stores once: a memory figure on such a copy holds for repeated content, not for a
    /// workspace of that size in different words. References, codes and lists stay as they are, so
    /// the copy checks and builds as the original does.
    static func scaled(_ text: String, factor: Int, distinctTexts: Bool = false) -> String {
        guard factor > 1 else { return text }
        let lines = text.components(separatedBy: "\n")
        var blocks: [[String]] = []
        var current: [String]?
        for line in lines {
            let isHeader = line.hasPrefix("[")
            let inTheme = current?.first == "[[thema]]" && (line.hasPrefix("[thema.") || line.hasPrefix("[[thema."))
            if isHeader && !inTheme {
                if let block = current { blocks.append(block) }
                current = line == "[[thema]]" || line == "[[signaal]]" ? [line] : nil
            } else if current != nil {
                current!.append(line)
            }
        }
        if let block = current { blocks.append(block) }
        var output = text
        for copy in 1..<factor {
            for block in blocks {
                var copied: [String] = []
                for line in block {
                    if line.hasPrefix("id = \""), line.hasSuffix("\"") {
                        copied.append(String(line.dropLast()) + "-x\(copy)\"")
                    } else if distinctTexts, let key = proseKey(of: line) {
                        if line.hasSuffix(" = \"\"\"") {
                            copied += [line, "Kopie \(copy).", ""]
                        } else if line.hasSuffix("\""), !line.hasPrefix(key + " = \"\"\"") {
                            copied.append(String(line.dropLast()) + " (kopie \(copy))\"")
                        } else {
                            copied.append(line)
                        }
                    } else {
                        copied.append(line)
                    }
                }
                output += "\n" + copied.joined(separator: "\n")
            }
        }
        return output
    }

    /// The keys of the texts people write in prose in a theme, action, result or signal; not ids,
    /// references, codes or lists.
    static let proseKeys: Set<String> = [
        "titel", "beschrijving", "naam", "oplevering", "omschrijving", "indicator", "toelichting", "bron",
        "antwoord", "vernieuwend", "signalen", "organisatieoverstijgend", "opschaalbaar",
        "nergens_anders_belegd", "concreet",
    ]

    /// The key of `line` when it starts a prose text (`key = "…`), nil otherwise.
    private static func proseKey(of line: String) -> String? {
        guard let equals = line.range(of: " = \"") else { return nil }
        let key = String(line[..<equals.lowerBound])
        return proseKeys.contains(key) ? key : nil
    }

    private static func withoutCeilings(_ text: String, factor: Int) -> String {
        guard factor > 1 else { return text }
        return text.components(separatedBy: "\n").filter { !$0.hasPrefix("plafond") }.joined(separator: "\n")
    }

    /// The agenda `file` of `source` with `count` generated themes added: titles and descriptions from a
    /// small vocabulary, so many themes look alike (the overlap check's hard case).
    static func manyThemes(from source: String, file: String, to target: String, count: Int) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
        try? manager.removeItem(atPath: target + "/registers")
        try manager.copyItem(atPath: source + "/registers", toPath: target + "/registers")
        var text = try String(contentsOfFile: source + "/" + file, encoding: .utf8)
        let words = ["zorg", "techniek", "jongeren", "scholing", "vervoer", "taal", "statushouders", "bouw", "energie",
                     "onderwijs", "werkgevers", "leerbanen", "mobiliteit", "ict", "kinderopvang", "groen", "veiligheid",
                     "skills", "begeleiding", "arbeidsbeperking", "instroom", "behoud", "omscholing", "matching"]
        var state: UInt64 = 0x4D4A_4142_454E_4348
        func pick() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return words[Int((state >> 33) % UInt64(words.count))]
        }
        for number in 0..<count {
            text += """

                [[thema]]
                id = "gegenereerd-\(number)"
                titel = "\(pick().capitalized) en \(pick()) voor \(pick())"
                beschrijving = "Samen met \(pick()) werken aan \(pick()) en \(pick()) in de regio."
                opgaven = ["sociaal"]
                trekker = "gemeente-enschede"

                [thema.afwegingen]
                nergens_anders_belegd = "Geen andere tafel."

                """
        }
        try text.write(toFile: target + "/" + file, atomically: true, encoding: .utf8)
    }
}
