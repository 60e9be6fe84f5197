import FoundationGaps
import HTTP

extension WorkspaceSite {
    /// The largest text the check as you type takes (16 times the largest agenda of today): a
    /// larger one is checked when it is saved, not at every pause in typing.
    static let checkLimit = 512 * 1024

    /// The check as you type: the findings of `mja check` for the posted text as an HTML fragment
    /// (the list the edit page shows), the text neither saved nor written anywhere. One check at a
    /// time per session (429 for a second one while the first runs).
    func checkWhileTyping(_ agenda: AgendaFile, form: FormData, body: Int, session: Session) -> Response {
        guard body <= Self.checkLimit else {
            return .text("413: de tekst is te groot om tijdens het typen te controleren (meer dan \(Self.checkLimit / 1024) KiB). Sla hem op: dan wordt hij gecontroleerd.\n",
                         status: HTTPStatus(code: 413, reason: "Content Too Large"))
        }
        guard checks.enter(session.id) else {
            var response = Response.text("429: er loopt al een controle voor deze sessie; probeer het zo nog eens.\n", status: .tooManyRequests)
            response.headers.append("Retry-After: 1")
            return response
        }
        defer { checks.leave(session.id) }
        // Browsers send a text area's line ends as CR LF; the check sees the text as a save would store it.
        let text = (form["tekst"] ?? "").replacingEvery("\r\n", with: "\n")
        return .page(findingsList(maker.check(agenda, text: text), agenda: agenda, linkToLines: true))
    }

    /// The edit page's script, as a file (the pages' policy allows script from this server only).
    func editorScript() -> Response {
        Response(status: .ok, type: "text/javascript; charset=utf-8", body: Array(EditorScript.source.utf8))
    }
}
