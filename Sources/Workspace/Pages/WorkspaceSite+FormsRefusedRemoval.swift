import Diagnostics
import FoundationEssentials
import HTTP

extension FormRoute {
    /// Whether this form removes something (its POST after the confirmation page).
    var isRemoval: Bool {
        switch self {
        case .removeTheme, .removeAction, .removeResult, .removeSignal: true
        default: false
        }
    }

    /// For a removal: the form of what was to be removed and the words of the link back to it.
    var removalBack: (route: FormRoute, words: String)? {
        switch self {
        case .removeTheme(let id): (.theme(id), "Terug naar het thema")
        case .removeAction(let theme, let action): (.action(theme: theme, action: action), "Terug naar de actie")
        case .removeResult(let theme, let number): (.result(theme: theme, number: number), "Terug naar het resultaat")
        case .removeSignal(let id): (.signal(id), "Terug naar het signaal")
        default: nil
        }
    }
}

extension WorkspaceSite {
    /// A removal that was refused: what blocks it (`reason`, HTML), what to do first, and the way
    /// back. No form and no button: the same removal would be refused again until what blocks it
    /// is gone, so the page offers only the links that lead there (the other agendas' lines in
    /// `reason`, the agendas in `blockers`) and back.
    func refusedRemovalPage(_ agenda: AgendaFile, target: FormRoute, reason: String, blockers: [AgendaFile], layout: Layout) -> Response {
        guard let back = target.removalBack else { return notFoundPage(nil) }
        var body = notice("fout", reason)
        body += "<h2>Wat u eerst doet</h2>"
        if blockers.isEmpty {
            body += "<p>Haal eerst weg wat in deze agenda naar dit onderdeel verwijst (hierboven staat wat er mis zou gaan). Daarna kunt u het opnieuw verwijderen.</p>"
        } else {
            // A few agendas by name, each linked to its text; dozens are the list above, line by line.
            let named = blockers.count <= 3
                ? blockers.map { "<a href=\"/agenda/\($0.id)/bewerken\">\(escape($0.path))</a>" }.joined(separator: blockers.count == 2 ? " en " : ", ")
                    + (blockers.count == 1 ? " (de link opent de tekst-editor)" : " (elke link opent de tekst-editor)")
                : "de \(blockers.count) agenda's hierboven (elke regel is een link naar de tekst-editor)"
            let owner = blockers.allSatisfy { gatekeeper.allows(layout.person!, .edit(agenda: $0.id)) }
                ? "" : blockers.count == 1 ? " Mag u die agenda niet wijzigen, vraag het dan de eigenaar ervan."
                    : " Mag u een van die agenda's niet wijzigen, vraag het dan de eigenaar ervan."
            body += "<p>Verwijder eerst de verwijzingen in \(named).\(owner) Daarna kunt u dit opnieuw verwijderen.</p>"
        }
        body += "<div class=\"knoppen\"><a class=\"knop\" href=\"\(back.route.path(agenda.id))\">\(back.words)</a> <a href=\"/agenda/\(agenda.id)\">Naar de agenda</a></div>"
        return .page(layout.page("Verwijderen kan nu niet", crumbs: [("Overzicht", "/"), (agenda.name, "/agenda/\(agenda.id)"),
                                                                       ("Formulieren", "/agenda/\(agenda.id)/formulier/opening")], body),
                     status: .unprocessable)
    }

    /// The agendas of the workspace whose files `diagnostics` stand in, in file order.
    func agendas(of diagnostics: [Diagnostic]) -> [AgendaFile] {
        let files = Set(diagnostics.compactMap(\.file))
        return store.agendas().filter { files.contains(store.path(of: $0)) }.sorted { $0.path < $1.path }
    }
}
