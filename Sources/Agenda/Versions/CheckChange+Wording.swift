import Diagnostics

extension AgendaComparison {
    /// The check's changes counted in words, for a summary: `1 nieuwe fout`, `2 nieuwe
    /// waarschuwingen`, `1 melding gewijzigd`, `1 melding opgelost`; empty when the check says the same of both versions.
    public func checkCounts(in language: Language) -> [String] {
        let l = language
        let added = checks.filter { $0.kind == .added }
        let errors = added.filter { $0.severity == .error }.count
        let warnings = added.filter { $0.severity == .warning }.count
        let changed = checks.filter { $0.kind == .changed }.count
        let resolved = resolvedFindings.count
        var parts: [String] = []
        if errors > 0 { parts.append(l.pick("\(errors) nieuwe \(errors == 1 ? "fout" : "fouten")", "\(errors) new \(errors == 1 ? "error" : "errors")")) }
        if warnings > 0 {
            parts.append(l.pick("\(warnings) nieuwe \(warnings == 1 ? "waarschuwing" : "waarschuwingen")",
                                "\(warnings) new \(warnings == 1 ? "warning" : "warnings")"))
        }
        if changed > 0 {
            parts.append(l.pick("\(changed) \(changed == 1 ? "melding" : "meldingen") gewijzigd", "\(changed) \(changed == 1 ? "finding" : "findings") changed"))
        }
        if resolved > 0 {
            parts.append(l.pick("\(resolved) \(resolved == 1 ? "melding" : "meldingen") opgelost", "\(resolved) \(resolved == 1 ? "finding" : "findings") resolved"))
        }
        return parts
    }
}
