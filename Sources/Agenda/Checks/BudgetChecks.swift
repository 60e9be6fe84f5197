import Diagnostics

/// The checks on money, in exact euros: no zero or negative amounts, and no funding source planned
/// beyond its ceiling (plafond) in any year.
struct BudgetChecks {
    let agenda: Agenda
    let registry: Registry
    var language: Language = .dutch

    func run(into findings: inout [CheckFinding]) {
        var planned: [String: [Int: Euro]] = [:]
        var firstLine: [String: [Int: Origin]] = [:]
        var lines: [String: [Int: [Diagnostic.Note]]] = [:]
        for action in agenda.actions {
            for line in action.budget {
                if line.amount <= .zero {
                    findings.append(.init(.nonPositiveAmount(action: action.title, amount: line.amount),
                                          line.origin.file, line.origin.range(of: "bedrag")))
                }
                planned[line.source.id, default: [:]][line.year, default: .zero] += line.amount
                lines[line.source.id, default: [:]][line.year, default: []].append(Diagnostic.Note(
                    message: language.pick("\(line.amount.dutchNotation) van actie '\(action.title)' in \(line.year)",
                                           "\(line.amount.dutchNotation) of action '\(action.title)' in \(line.year)"),
                    file: line.origin.file, range: line.origin.range(of: "bedrag")))
                if firstLine[line.source.id]?[line.year] == nil { firstLine[line.source.id, default: [:]][line.year] = line.origin }
            }
        }
        // A source defined in the agenda overrides the registry's with the same id.
        let sources = Dictionary((registry.fundingSources + agenda.fundingSources).map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
        for (sourceID, byYear) in planned.sorted(by: { $0.key < $1.key }) {
            guard let source = sources[sourceID] else { continue }
            for (year, total) in byYear.sorted(by: { $0.key < $1.key }) {
                guard let envelope = source.envelope[year], total > envelope else { continue }
                // Point at the ceiling of that year, where the number to compare is written.
                let at = source.origin.file == agenda.file ? source.origin : (firstLine[sourceID]?[year] ?? source.origin)
                // Notes at the budget lines that together exceed it, where the fix is made.
                findings.append(.init(.envelopeExceeded(source: source.name, year: year, planned: total, envelope: envelope),
                                      at.file, at.range(of: "plafond"), notes: lines[sourceID]?[year] ?? []))
            }
        }
    }
}
