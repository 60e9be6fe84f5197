import FoundationGaps
import HTTP

extension WorkspaceSite {
    /// The sign-in form. A visitor without a session gets one (not signed in) here, so the form
    /// carries a CSRF token like every other.
    func signInPage(session: Session?, message: String?, name: String, status: HTTPStatus = .ok) -> Response {
        if session?.person != nil, message == nil { return .seeOther("/") }
        var headers: [String] = []
        let current: Session
        if let session {
            current = session
        } else {
            current = sessions.start(for: nil)
            headers.append(cookieHeader(current.id))
        }
        let layout = Layout(person: nil, csrfToken: current.csrfToken)
        var body = message.map { notice("fout", escape($0)) } ?? ""
        if settings.trustedHeader != nil {
            body += notice("let-op", "Deze werkruimte meldt u aan via de inlog van uw organisatie. Komt u hier terecht, open de werkruimte dan opnieuw via het adres dat u kreeg.")
        }
        body += """
            <p>Meld u aan met de naam en het wachtwoord die u van de beheerder van de werkruimte kreeg.</p>
            <form method="post" action="/aanmelden">
            \(layout.csrfField)
            <label for="naam">Naam</label>
            <input type="text" id="naam" name="naam" autocomplete="username" required value="\(escape(name))">
            <label for="wachtwoord">Wachtwoord</label>
            <input type="password" id="wachtwoord" name="wachtwoord" autocomplete="current-password" required>
            <div class="knoppen"><button type="submit">Aanmelden</button></div>
            </form>
            """
        var response = Response.page(layout.page("Aanmelden", body), status: status)
        response.headers += headers
        return response
    }

    /// Checks the name and password; on success a new session (new id, new token) replaces the old one.
    func signIn(form: FormData, session: Session, peer: String) -> Response {
        let name = (form["naam"] ?? "").trimming(.spaces)
        let password = form["wachtwoord"] ?? ""
        let wait = gatekeeper.signInDelay(name: name, address: peer)
        if wait > .zero {
            let seconds = max(1, Int((wait + .milliseconds(999)).components.seconds))
            var response = signInPage(session: session, message: "Er zijn te veel pogingen mislukt. Wacht \(seconds) seconden en probeer het dan opnieuw.",
                                      name: name, status: .tooManyRequests)
            response.headers.append("Retry-After: \(seconds)")
            return response
        }
        guard let person = gatekeeper.signIn(name: name, password: password) else {
            gatekeeper.recordFailure(name: name, address: peer)
            return signInPage(session: session, message: "De naam of het wachtwoord klopt niet. Let op hoofdletters; de beheerder kan een nieuw wachtwoord instellen.",
                              name: name, status: HTTPStatus(code: 401, reason: "Unauthorized"))
        }
        gatekeeper.recordSuccess(name: name, address: peer)
        let fresh = sessions.start(for: person, replacing: session.id)
        return .seeOther("/", headers: [cookieHeader(fresh.id), "X-Mja-User: \(person.name)"])
    }
}
