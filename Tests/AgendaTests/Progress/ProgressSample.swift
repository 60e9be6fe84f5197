import Diagnostics
@testable import Agenda

/// The sample agenda with progress data, and where things stand in it, for exact locations.
enum ProgressSample {
    /// The sample of `Sample.twente` with a reference date, a status date, realisation and two
    /// measurements; `edit` replaces parts of it.
    static func text(_ edits: [(String, String)] = []) -> String {
        var text = Sample.twente
            .replacingOccurrences(of: "uitvoeringsperiode = \"2026-2027\"\n", with: "uitvoeringsperiode = \"2026-2027\"\npeildatum = 2026-10-01\n")
            .replacingOccurrences(of: "streefdatum = 2027-09-01\n", with: """
                streefdatum = 2027-09-01
                nulmeting = 15
                metingen = [
                    { datum = 2026-06-30, waarde = 20 },
                    { datum = 2026-09-30, waarde = 31, bron = "UWV" },
                ]

                """)
            .replacingOccurrences(of: "oplevering = \"Vier jobcoaches\"\n", with: """
                oplevering = "Vier jobcoaches"
                status = "lopend"
                voortgang = 30
                peildatum = 2026-10-01
                realisatie = [
                    { jaar = 2026, bron = "regiobudget", bedrag = "41250,75" },
                ]

                """)
        for (old, new) in edits {
            precondition(text.contains(old), "the progress sample has no '\(old)'")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// `line:column` (1-based) of the first character after `marker` in `text`: where a value
    /// written as `key = ` begins.
    static func position(after marker: String, in text: String, occurrence: Int = 1) -> String {
        var searchStart = text.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            found = text.range(of: marker, range: searchStart..<text.endIndex)
            searchStart = found!.upperBound
        }
        let end = found!.upperBound
        let before = text[..<end]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return "\(line):\(text[lineStart..<end].count + 1)"
    }

    /// The diagnostics of the sample after `edits`, checked.
    static func check(_ edits: [(String, String)] = [], language: Language = .dutch) throws -> (text: String, found: [Diagnostic]) {
        let text = text(edits)
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        return (text, fixture.check(language: language))
    }

    /// The sample after `edits`, loaded.
    static func agenda(_ edits: [(String, String)] = []) throws -> Agenda {
        let fixture = try AgendaFixture(["am05-twente.toml": text(edits)])
        defer { fixture.remove() }
        return fixture.load().agendas[0]
    }
}
