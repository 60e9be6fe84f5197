import Diagnostics

/// A part of an agenda file that the checks judge on its own: the opening (`[agenda]`,
/// `[beleidsdeel]`, organisations, funding sources), one theme with its results and actions, or one
/// signal. An error in a part keeps its checks from running; the other parts are still checked.
public enum AgendaPart: Sendable, Hashable {
    /// Everything before the first theme or signal.
    case opening
    case theme(String)
    case signal(String)
    /// One funding source defined in the agenda, with its ceiling: an error elsewhere in the opening
    /// (a title, a period) does not keep the ceiling check from running.
    case fundingSource(String)
    /// The whole file, when it could not be read as TOML.
    case file

    /// "thema 'Zorg'", "het begin van de agenda", in the reader's language.
    func name(in l: Language) -> String {
        switch self {
        case .opening: l.pick("het begin van de agenda (agenda, beleidsdeel, organisaties, financieringsbronnen)",
                              "the opening of the agenda (agenda, policy part, organisations, funding sources)")
        case .theme(let title): l.pick("thema '\(title)'", "theme '\(title)'")
        case .signal(let id): l.pick("signaal '\(id)'", "signal '\(id)'")
        case .fundingSource(let name): l.pick("financieringsbron '\(name)'", "funding source '\(name)'")
        case .file: l.pick("dit bestand", "this file")
        }
    }
}

/// The parts of one agenda by their first line, to tell which part a line belongs to.
struct AgendaParts {
    private var starts: [(line: Int, part: AgendaPart, range: SourceRange)]

    init(_ agenda: Agenda) {
        // A theme whose title could not be read (a syntax error on that line) is named by its id.
        starts = (agenda.themes.map { ($0.origin.range.start.line, AgendaPart.theme($0.title.isEmpty ? $0.id : $0.title), $0.origin.range) }
            + agenda.signals.map { ($0.origin.range.start.line, AgendaPart.signal($0.id), $0.origin.range) }
            + agenda.fundingSources.map { ($0.origin.range.start.line, AgendaPart.fundingSource($0.name), $0.origin.range) }
            // The other tables of the opening end a funding source's part, wherever they stand.
            + ([agenda.origin] + agenda.organisations.map(\.origin) + agenda.policy.tasks.values.map(\.origin))
                .map { ($0.range.start.line, AgendaPart.opening, $0.range) })
            .sorted { $0.0 < $1.0 }
    }

    /// The part that holds `line`, with the range of its header (nil for the opening).
    func part(at line: Int) -> (part: AgendaPart, range: SourceRange?) {
        guard let start = starts.last(where: { $0.line <= line }), start.part != .opening else { return (.opening, nil) }
        return (start.part, start.range)
    }
}
