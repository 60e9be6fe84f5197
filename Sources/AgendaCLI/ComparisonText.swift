import Agenda
import Diagnostics

/// `mja verschil` for people: compiler-style lines (`file:line:column: gewijzigd: actie ...`)
/// grouped by part (the agenda, the policy part, each theme, the budget, the signals), each with
/// the fields that changed indented below it, prose as the sentences that changed (`-` old,
/// `+` new). Colour only when asked (a terminal).
struct ComparisonText {
    let comparison: AgendaComparison
    let language: Language
    let colored: Bool

    func render() -> String {
        let c = comparison
        let l = language
        var out = bold(safe(l.pick("Wijzigingen in \(c.new.file) (versie \(c.new.version)) ten opzichte van versie \(c.old.version) (\(c.old.file))",
                              "Changes in \(c.new.file) (version \(c.new.version)) since version \(c.old.version) (\(c.old.file))"))) + "\n"
        if c.isEmpty {
            return out + l.pick("Niets te melden: de twee versies zeggen hetzelfde (een andere volgorde of andere regelafbreking telt niet).\n",
                                "Nothing to report: the two versions say the same (another order or other line breaks do not count).\n")
        }
        // First what the check now says: a change that broke the agenda must not hide among the amounts.
        if !c.checks.isEmpty {
            out += header(l.pick("Wat de controle nu anders zegt", "What the check now says differently"))
            for finding in c.checks { out += checkLine(finding) }
        }
        if !c.agenda.isEmpty {
            out += header(l.pick("Agenda", "Agenda"))
            for field in c.agenda { out += line(field.location ?? c.agendaLocation, .changed, fieldText(field)) + proseLines(field) }
        }
        if !c.policy.isEmpty {
            out += header(l.pick("Beleidsdeel", "Policy part"))
            let place = ChangeLocation(file: c.new.file)
            for field in c.policy { out += line(place, .changed, fieldText(field)) + proseLines(field) }
        }
        for theme in c.themes {
            out += header(safe(l.pick("Thema", "Theme") + " '\(theme.title)' (\(theme.id ?? ""))"))
            // A theme changed only in its results or actions needs no line of its own: the heading names it.
            if theme.kind != .changed || !theme.fields.isEmpty || !theme.verdicts.isEmpty { out += item(theme) }
            for verdict in theme.verdicts {
                out += "    " + l.pick("oordeel", "verdict") + " \(verdict.criterion.dutchName): \(mark(verdict.old)) \(verdict.old.rawValue) → \(mark(verdict.new)) \(verdict.new.rawValue)\n"
            }
            for child in theme.children { out += item(child) }
        }
        if !c.budget.isEmpty { out += header(l.pick("Begroting per jaar en financieringsbron", "Budget per year and funding source")) + budgetTable() }
        if !c.signals.isEmpty {
            out += header(l.pick("Signalen", "Signals"))
            for signal in c.signals { out += item(signal) }
        }
        return out + "\n" + summary() + "\n"
    }

    private func item(_ change: ItemChange) -> String {
        let name = safe("\(change.item.rawValue) '\(change.title)'" + (change.id.map { " (\($0))" } ?? ""))
        var out = line(change.location, change.kind, name)
        for field in change.fields { out += "    " + fieldText(field) + "\n" + proseLines(field, indent: "      ") }
        if let hint = change.hint { out += "   = " + paint("hint", "36") + ": " + safe(hint) + "\n" }
        return out
    }

    /// `titel: 'oud' → 'nieuw'`, `begroting: € 1 → € 2 (+€ 1)`; prose by name only (its sentences follow).
    private func fieldText(_ field: FieldChange) -> String {
        if field.isProse { return safe(field.field) }
        // Words are quoted, so their ends show; amounts, dates as numbers and percentages are not.
        func shown(_ value: String?) -> String {
            guard let value else { return language.pick("(niet ingevuld)", "(not set)") }
            return field.difference == nil && value.contains(where: \.isLetter) ? "'\(value)'" : value
        }
        let old = shown(field.old), new = shown(field.new)
        return safe("\(field.field): \(old) → \(new)") + (field.difference.map { " (\($0.signedNotation))" } ?? "")
    }

    private func proseLines(_ field: FieldChange, indent: String = "    ") -> String {
        (field.sentences ?? []).map { sentence in
            (sentence.old.map { indent + paint("- " + safe($0), "31") + "\n" } ?? "") + (sentence.new.map { indent + paint("+ " + safe($0), "32") + "\n" } ?? "")
        }.joined()
    }

    private func line(_ location: ChangeLocation, _ kind: ItemChange.Kind, _ text: String) -> String {
        bold(safe("\(location): ")) + paint(kindWord(kind), kind == .added ? "32" : kind == .removed ? "31" : "33") + bold(": " + text) + "\n"
    }

    private func kindWord(_ kind: ItemChange.Kind) -> String {
        switch kind {
        case .added: language.pick("toegevoegd", "added")
        case .removed: language.pick("verwijderd", "removed")
        case .changed: language.pick("gewijzigd", "changed")
        }
    }

    /// `am05-twente.toml:40:12: nieuw: fout[MJA121]: ...`, or `opgelost: ...` for one the new version no longer has.
    private func checkLine(_ finding: CheckChange) -> String {
        let place = finding.location.map { bold(safe("\($0): ")) } ?? ""
        let kind = switch finding.kind {
        case .added: paint(language.pick("nieuw", "new"), "31")
        case .changed: paint(language.pick("gewijzigd", "changed"), "33")
        case .resolved: paint(language.pick("opgelost", "resolved"), "32")
        }
        let was = finding.oldMessage.map { "\n    " + language.pick("eerder: ", "before: ") + safe($0) } ?? ""
        return place + kind + ": " + finding.severity.label(in: language) + "[\(finding.code)]: " + safe(finding.message) + was + "\n"
    }

    private func budgetTable() -> String {
        let l = language
        let b = comparison.budget
        var rows: [[String]] = [[l.pick("jaar", "year"), l.pick("bron", "source"), l.pick("oud", "old"), l.pick("nieuw", "new"), l.pick("verschil", "difference")]]
        rows += b.rows.map { ["\($0.year)", safe($0.sourceName), $0.old.dutchNotation, $0.new.dutchNotation, $0.difference.signedNotation] }
        rows += b.years.map { ["\($0.year)", l.pick("totaal", "total"), $0.old.dutchNotation, $0.new.dutchNotation, $0.difference.signedNotation] }
        rows.append([l.pick("totaal", "total"), "", b.oldTotal.dutchNotation, b.newTotal.dutchNotation, b.difference.signedNotation])
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            let cells = row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column >= 2 ? pad + cell : cell + pad
            }
            var text = "    " + cells.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return (index == 0 ? bold(text) : text) + "\n"
        }.joined()
    }

    /// "2 thema's gewijzigd, 1 toegevoegd; 1 actie gewijzigd; begroting +€ 199,99; 1 oordeel gewijzigd."
    private func summary() -> String {
        let l = language
        let counts = comparison.counts
        let names: [(ItemChange.Item, (String, String), (String, String))] = [
            (.theme, ("thema", "thema's"), ("theme", "themes")), (.action, ("actie", "acties"), ("action", "actions")),
            (.result, ("resultaat", "resultaten"), ("result", "results")), (.signal, ("signaal", "signalen"), ("signal", "signals")),
        ]
        // What the check now says first: it is what a reader must not miss.
        let findings = comparison.checkCounts(in: l)
        var parts: [String] = findings
        for (item, dutch, english) in names {
            guard let byKind = counts[item] else { continue }
            let kinds = ItemChange.Kind.allCases.compactMap { kind -> (Int, String)? in byKind[kind].map { ($0, kindWord(kind)) } }
            let first = kinds[0]
            let noun = first.0 == 1 ? l.pick(dutch.0, english.0) : l.pick(dutch.1, english.1)
            parts.append("\(first.0) \(noun) \(first.1)" + kinds.dropFirst().map { ", \($0.0) \($0.1)" }.joined())
        }
        if !comparison.agenda.isEmpty || !comparison.policy.isEmpty {
            let fields = comparison.agenda.count + comparison.policy.count
            parts.insert(l.pick("\(fields) \(fields == 1 ? "veld" : "velden") van de agenda en het beleidsdeel gewijzigd",
                                "\(fields) field(s) of the agenda and the policy part changed"), at: findings.count)
        }
        if !comparison.budget.isEmpty { parts.append(l.pick("begroting", "budget") + " \(comparison.budget.difference.signedNotation)") }
        let verdicts = comparison.verdictChanges.count
        if verdicts > 0 { parts.append(l.pick("\(verdicts) \(verdicts == 1 ? "oordeel" : "oordelen") over de afwegingen gewijzigd", "\(verdicts) verdict(s) on the criteria changed")) }
        return l.pick("Samengevat: ", "In short: ") + parts.joined(separator: "; ") + "."
    }

    private func header(_ text: String) -> String { "\n" + bold(text) + "\n" }

    /// Text from an agenda without control characters: an escape sequence in a title must not
    /// recolour or move the terminal's cursor. Each becomes `?`.
    private func safe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    }

    private func mark(_ verdict: Verdict) -> String {
        switch verdict {
        case .meets: "✓"
        case .unsubstantiated: "⚠"
        case .fails: "✗"
        }
    }

    private func bold(_ text: String) -> String { colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}
