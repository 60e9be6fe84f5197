import FoundationEssentials
import FoundationGaps
import HTTP
import Hashing

/// The workspace's web application: answers one request (already read by the HTTP layer) with a
/// `Response`. Everything a request may do is decided here, in this order: the route (a fixed list
/// of shapes), the session (cookie), for a POST the `Origin` and the form's CSRF token, then the
/// permission the route needs. No sockets here, so tests can try every route with every role.
public final class WorkspaceSite: @unchecked Sendable {
    let store: WorkspaceStore
    let maker: DocumentMaker
    let gatekeeper: any Gatekeeper
    let sessions: SessionStore
    let settings: Settings
    /// The sessions with a check as you type running.
    let checks = CheckGate()

    /// How the site is reached and whom it trusts.
    public struct Settings: Sendable {
        /// Whether a TLS proxy is in front (`--https`): cookies get `Secure`, the origin is `https://`.
        public var https = false
        /// The header a trusted proxy names the signed-in user in (`Remote-User`), nil when none is trusted.
        public var trustedHeader: String?
        /// How long a session lasts without use.
        public var idleTimeout: Duration = .seconds(30 * 60)

        /// The defaults: plain HTTP on loopback, no trusted header, 30 minutes.
        public init() {}
    }

    /// The cookie that carries the session id.
    static let cookieName = "mja_sessie"

    /// A site over `store`, letting in whom `gatekeeper` lets in; `random` gives bytes from the
    /// system's random source (session ids and tokens).
    public init(store: WorkspaceStore, gatekeeper: any Gatekeeper, settings: Settings, random: @escaping @Sendable (Int) -> [UInt8]) {
        self.store = store
        self.maker = DocumentMaker(store: store)
        self.gatekeeper = gatekeeper
        self.settings = settings
        self.sessions = SessionStore(idleTimeout: settings.idleTimeout, random: random)
    }

    /// What one request is answered with, and the account name to log (`-` when none).
    public func respond(to request: HTTPRequest, peer: String) -> (response: Response, user: String) {
        let route = Route(method: request.method, target: request.target)
        var session = cookie(in: request).flatMap(sessions.session)
        var setCookie: [String] = []
        // Behind a proxy that signs people in, its header names the person; the session only
        // carries the CSRF token, and follows the header when it names someone else.
        if let header = settings.trustedHeader {
            let named = request.value(of: header.lowercased()).flatMap(gatekeeper.person(named:))
            if named != session?.person {
                session = named.map { sessions.start(for: $0, replacing: session?.id) }
                if let session { setCookie = [cookieHeader(session.id)] }
            }
        }
        var response = answer(route, request: request, session: session, peer: peer)
        if !setCookie.isEmpty && !response.headers.contains(where: { $0.hasPrefix("Set-Cookie:") }) {
            response.headers += setCookie
        }
        let user = response.headers.first { $0.hasPrefix("X-Mja-User: ") }.map { String($0.dropFirst(12)) } ?? session?.person?.name ?? "-"
        response.headers.removeAll { $0.hasPrefix("X-Mja-User: ") }
        return (response, user)
    }

    private func answer(_ route: Route, request: HTTPRequest, session: Session?, peer: String) -> Response {
        switch route {
        case .badRequest: return .text("400: dit adres is niet goed gevormd.\n", status: .badRequest)
        case .methodNotAllowed(let allow):
            var response = Response.text("405: dit adres kent deze methode niet.\n", status: .methodNotAllowed)
            response.headers.append("Allow: \(allow)")
            return response
        case .notFound: return notFoundPage(session)
        default: break
        }
        var form = FormData()
        if route.isPost {
            // Another site cannot make a browser send a form here: the Origin must be this
            // server's own, and the form must carry this session's token.
            guard let origin = request.value(of: "origin"), origin == expectedOrigin(of: request) else {
                return refusal("Dit formulier kwam niet van deze werkruimte (de kop Origin ontbreekt of noemt een andere site). Open de pagina opnieuw en probeer het nog eens.", session)
            }
            // A file upload comes as multipart/form-data; its text fields carry the token as any form's do.
            let multipart = request.value(of: "content-type").flatMap { MultipartForm(contentType: $0, body: request.body) }
            guard let parsed = multipart?.formData ?? FormData(body: request.body) else {
                return .text("400: het formulier is niet als UTF-8 te lezen.\n", status: .badRequest)
            }
            form = parsed
            guard let session, let token = form["csrf"], tokensMatch(token, session.csrfToken) else {
                return refusal("Dit formulier is verlopen of hoort bij een andere sessie. Open de pagina opnieuw (uw sessie kan na een tijd zonder gebruik zijn beëindigd) en probeer het nog eens.", session)
            }
        }
        if case .permission(let permission) = route.requirement {
            guard let person = session?.person else {
                return route.isPost ? refusal("U bent niet (meer) aangemeld. Meld u opnieuw aan.", session) : .seeOther("/aanmelden")
            }
            guard gatekeeper.allows(person, permission) else {
                return refusal("Uw rol (\(person.role)) mag dit niet. Vraag iemand met de rol beheer als u dit wel nodig hebt.", session)
            }
        }
        return dispatch(route, request: request, form: form, session: session, peer: peer)
    }

    private func dispatch(_ route: Route, request: HTTPRequest, form: FormData, session: Session?, peer: String) -> Response {
        // Every route below has passed its requirement: the person is there when one is required.
        let layout = Layout(person: session?.person, csrfToken: session?.csrfToken ?? "")
        switch route {
        case .signInPage: return signInPage(session: session, message: nil, name: "")
        case .signIn: return signIn(form: form, session: session!, peer: peer)
        case .signOut:
            sessions.end(session!.id)
            return .seeOther("/aanmelden", headers: ["Set-Cookie: \(Self.cookieName)=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0\(settings.https ? "; Secure" : "")"])
        case .overview: return overviewPage(layout)
        case .signals: return signalReport(session)
        case .signalsWorkbook:
            guard let bytes = maker.signalReport().workbook else { return notFoundPage(session) }
            return .download(bytes, name: "signalen.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case .agenda(let id): return withAgenda(id, session) { agendaPage($0, layout: layout) }
        case .document(let id, let name): return withAgenda(id, session) { document($0, name: name, session: session) }
        case .download(let id, let name): return withAgenda(id, session) { download($0, name: name, session: session) }
        case .editPage(let id):
            return withAgenda(id, session) { agenda in
                editPage(agenda, layout: layout, query: FormData(query: request.target) ?? FormData())
            }
        case .save(let id): return withAgenda(id, session) { save($0, form: form, layout: layout) }
        case .check(let id): return withAgenda(id, session) { checkWhileTyping($0, form: form, body: request.body.count, session: session!) }
        case .script: return editorScript()
        case .formsScript: return Response(status: .ok, type: "text/javascript; charset=utf-8", body: Array(FormsScript.source.utf8))
        case .history(let id): return withAgenda(id, session) { historyPage($0, layout: layout) }
        case .compare(let id):
            return withAgenda(id, session) { agenda in
                compare(agenda, query: FormData(query: request.target) ?? FormData(), session: session)
            }
        case .restore(let id): return withAgenda(id, session) { restore($0, form: form, layout: layout) }
        case .accounts: return accountsPage(layout)
        case .addAccount: return addAccount(form: form, layout: layout)
        case .account(let name): return accountPage(name, layout: layout, session: session)
        case .changeRole(let name): return changeRole(name, form: form, layout: layout, session: session)
        case .setPassword(let name): return setPassword(name, form: form, layout: layout, session: session)
        case .removeAccountPage(let name): return removeAccountPage(name, layout: layout, session: session)
        case .removeAccount(let name): return removeAccount(name, layout: layout, session: session)
        case .form(let id, let target, let post):
            return withAgenda(id, session) { agenda in
                formResponse(agenda, target: target, post: post, data: post ? form : FormData(query: request.target) ?? FormData(), layout: layout)
            }
        case .signalImport(let post): return signalImport(request: request, form: form, post: post, layout: layout)
        case .signalAnswers: return signalAnswersPage(layout)
        case .progressImport(let post): return progressImport(request: request, form: form, post: post, layout: layout)
        case .notFound, .badRequest, .methodNotAllowed: return notFoundPage(session)
        }
    }

    /// Calls `body` with the agenda `id` names, or answers 404.
    private func withAgenda(_ id: String, _ session: Session?, _ body: (AgendaFile) -> Response) -> Response {
        guard let agenda = store.agenda(id) else { return notFoundPage(session) }
        return body(agenda)
    }

    /// The origin a form of this server is sent from: the scheme and the `Host` the browser used
    /// (the HTTP layer only lets through the host names the server answers to).
    func expectedOrigin(of request: HTTPRequest) -> String {
        (settings.https ? "https://" : "http://") + request.host
    }

    /// The session id in the request's `Cookie`, if any.
    func cookie(in request: HTTPRequest) -> String? {
        for field in request.headers where field.name == "cookie" {
            for pair in field.value.split(separator: ";") {
                let parts = pair.trimming(.spaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == Self.cookieName, parts[1].utf8.count == 64 { return String(parts[1]) }
            }
        }
        return nil
    }

    /// The `Set-Cookie` field for session `id`.
    func cookieHeader(_ id: String) -> String {
        "Set-Cookie: \(Self.cookieName)=\(id); HttpOnly; SameSite=Strict; Path=/\(settings.https ? "; Secure" : "")"
    }

    /// 403 with a page that says why.
    func refusal(_ message: String, _ session: Session?) -> Response {
        let layout = Layout(person: session?.person, csrfToken: session?.csrfToken ?? "")
        let body = notice("fout", escape(message)) + "<p><a href=\"/\">Naar het overzicht</a></p>"
        return .page(layout.page("Niet toegestaan", body), status: .forbidden)
    }

    /// 404 with a page that says so.
    func notFoundPage(_ session: Session?) -> Response {
        let layout = Layout(person: session?.person, csrfToken: session?.csrfToken ?? "")
        return .page(layout.page("Niet gevonden", "<p>Deze pagina bestaat niet in de werkruimte.</p><p><a href=\"/\">Naar het overzicht</a></p>"),
                     status: .notFound)
    }

    /// Whether two tokens are equal, compared in constant time (the time says nothing about the token).
    func tokensMatch(_ given: String, _ expected: String) -> Bool {
        constantTimeEqual(Array(given.utf8), Array(expected.utf8))
    }
}
