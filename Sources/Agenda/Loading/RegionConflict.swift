import Diagnostics
import FoundationEssentials
import FoundationGaps

/// Two or more agendas in one folder for the same region (MJA140). Every one of them gets the error,
/// so whichever file is checked or built hears about it, with a note at each other agenda and advice
/// that fits: the example agenda of a region is to be removed when a real one replaces it.
struct RegionConflict {
    /// The region code.
    var code: String
    /// The agenda this error is on.
    var agenda: Agenda
    /// The other agendas of the region.
    var others: [Agenda]

    /// The code in the rule catalogue.
    static let code = "MJA140"

    /// Every conflict of `agendas`: one per agenda of a region that has more than one.
    static func find(in agendas: [Agenda]) -> [RegionConflict] {
        var byRegion: [String: [Agenda]] = [:]
        for agenda in agendas {
            guard let code = agenda.scope.regionCode, !code.isEmpty else { continue }
            byRegion[code.uppercased(), default: []].append(agenda)
        }
        return byRegion.keys.sorted().flatMap { code -> [RegionConflict] in
            let group = byRegion[code]!.sorted { $0.file < $1.file }
            guard group.count > 1 else { return [] }
            return group.map { agenda in RegionConflict(code: code, agenda: agenda, others: group.filter { $0.file != agenda.file }) }
        }
    }

    /// The error, at the agenda's `regio`, with a note at each other agenda's.
    func diagnostic(in language: Language) -> Diagnostic {
        let l = language
        let names = others.map { "'\(Self.name($0.file))'" }.joined(separator: ", ")
        let message = l.pick("regio \(code) heeft in deze map nog een agenda: \(names); per regio hoort er één agenda te zijn",
                             "region \(code) has another agenda in this folder: \(names); a region has one agenda")
        let notes = others.map { other in
            Diagnostic.Note(message: l.pick("de andere agenda van \(code)", "the other agenda of \(code)"),
                            file: other.file, range: other.origin.range(of: "regio"))
        }
        return Diagnostic(severity: .error, code: Self.code, message: message, file: agenda.file,
                          range: agenda.origin.range(of: "regio"), notes: notes, hint: hint(in: language))
    }

    /// What to do: remove the example agenda that this one replaces, or keep one of two real ones.
    func hint(in language: Language) -> String {
        let examples = others.filter(\.isExample).map { Self.name($0.file) }
        if !examples.isEmpty && !agenda.isExample {
            let list = examples.joined(separator: ", ")
            return language.pick(
                "\(list) is de voorbeeldagenda van \(code) (voorbeeld = true): verwijder die als deze agenda haar vervangt",
                "\(list) is the example agenda of \(code) (voorbeeld = true): remove it when this agenda replaces it")
        }
        if agenda.isExample && others.contains(where: { !$0.isExample }) {
            return language.pick(
                "dit is de voorbeeldagenda van \(code) (voorbeeld = true): verwijder dit bestand als de andere agenda haar vervangt",
                "this is the example agenda of \(code) (voorbeeld = true): remove this file when the other agenda replaces it")
        }
        return language.pick(
            "houd één agenda per regio: voeg ze samen of verwijder er een; een vorige versie vergelijkt u met 'mja check --vorige BESTAND'",
            "keep one agenda per region: merge them or remove one; compare with a previous version using 'mja check --vorige FILE'")
    }

    private static func name(_ file: String) -> String { FilePath.lastComponent(of: file) }
}
