import Diagnostics
import FoundationGaps
import Accounts
import HTTP
import Hashing

/// The accounts pages, `beheer`'s alone (the route requires it): the list with a form to add an
/// account, one account with its role and password, and removing it after a confirmation. The
/// rules and the words of a refusal are those of `mja gebruiker` (module `Accounts`); the file is
/// changed under its lock (`AccountsGatekeeper.apply`).
extension WorkspaceSite {
    /// The list of accounts and the form to add one; `message` above it (a notice's HTML).
    func accountsPage(_ layout: Layout, message: String = "", form: FormData = FormData(), status: HTTPStatus = .ok) -> Response {
        var rows = ""
        for person in gatekeeper.everyone() {
            rows += "<tr><td><a href=\"/gebruikers/\(escape(person.name))\">\(escape(person.name))</a></td>"
                + "<td>\(escape(person.displayName))</td><td>\(escape(person.role))</td></tr>"
        }
        var body = message
        body += """
            <p>Wie deze werkruimte gebruikt. Kies een naam om de rol te wijzigen, een nieuw wachtwoord in te stellen of de gebruiker te verwijderen. Op de server kan dit ook met <code>mja gebruiker</code>.</p>
            <div class="tabel-scroll" tabindex="0" role="region" aria-label="Gebruikers"><table><caption>Gebruikers</caption>
            <thead><tr><th scope="col">Naam</th><th scope="col">Weergavenaam</th><th scope="col">Rol</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        guard gatekeeper is any AccountAdministration else {
            return .page(layout.page("Gebruikers", crumbs: [("Overzicht", "/")], body), status: status)
        }
        body += """
            <h2>Gebruiker toevoegen</h2>
            <form method="post" action="/gebruikers">
            \(layout.csrfField)
            <label for="naam">Gebruikersnaam</label>
            <input type="text" id="naam" name="naam" required autocomplete="off" aria-describedby="naam-uitleg" value="\(escape(form["naam"] ?? ""))">
            <p class="klein" id="naam-uitleg">Kleine letters, cijfers, punt, streepje of liggend streepje, bijvoorbeeld anna.devries.</p>
            <label for="weergavenaam">Weergavenaam</label>
            <input type="text" id="weergavenaam" name="weergavenaam" autocomplete="off" aria-describedby="weergavenaam-uitleg" value="\(escape(form["weergavenaam"] ?? ""))">
            <p class="klein" id="weergavenaam-uitleg">De naam op de pagina's en in de geschiedenis, bijvoorbeeld Anna de Vries (Twente). Leeg: de gebruikersnaam.</p>
            <label for="rol">Rol</label>
            \(roleSelect(id: "rol", selected: form["rol"] ?? "lezer"))
            \(passwordFields(chosen: form["wachtwoordkeuze"]))
            <div class="knoppen"><button type="submit">Toevoegen</button></div>
            </form>
            """
        return .page(layout.page("Gebruikers", crumbs: [("Overzicht", "/")], body), status: status)
    }

    /// One account: its role to change, a new password to set, and the way to remove it.
    func accountPage(_ name: String, layout: Layout, session: Session?, message: String = "", status: HTTPStatus = .ok) -> Response {
        guard let person = gatekeeper.person(named: name), person.name == name else {
            // Gone meanwhile (removed in another tab or with mja gebruiker): the list says why.
            return message.isEmpty ? notFoundPage(session) : accountsPage(layout, message: message, status: status)
        }
        let body = message + """
            <dl class="gegevens"><dt>Gebruikersnaam</dt><dd>\(escape(person.name))</dd><dt>Weergavenaam</dt><dd>\(escape(person.displayName))</dd><dt>Rol</dt><dd>\(escape(person.role))</dd></dl>
            <h2>Rol wijzigen</h2>
            <form method="post" action="/gebruikers/\(escape(name))/rol">
            \(layout.csrfField)
            <label for="rol">Nieuwe rol</label>
            \(roleSelect(id: "rol", selected: person.role))
            <div class="knoppen"><button type="submit">Rol wijzigen</button></div>
            </form>
            <h2>Nieuw wachtwoord instellen</h2>
            <p>Het oude wachtwoord werkt daarna niet meer.</p>
            <form method="post" action="/gebruikers/\(escape(name))/wachtwoord">
            \(layout.csrfField)
            \(passwordFields(chosen: nil))
            <div class="knoppen"><button type="submit">Wachtwoord instellen</button></div>
            </form>
            <h2>Verwijderen</h2>
            <p><a class="knop tweede" href="/gebruikers/\(escape(name))/verwijderen">\(escape(name)) verwijderen…</a> U bevestigt dit op de volgende pagina.</p>
            """
        return .page(layout.page("Gebruiker \(name)", crumbs: [("Overzicht", "/"), ("Gebruikers", "/gebruikers")], body), status: status)
    }

    /// The confirmation before an account is removed.
    func removeAccountPage(_ name: String, layout: Layout, session: Session?) -> Response {
        guard let person = gatekeeper.person(named: name), person.name == name else { return notFoundPage(session) }
        let body = """
            <p>Weet u zeker dat u <strong>\(escape(person.name))</strong> (\(escape(person.displayName)), \(escape(person.role))) wilt verwijderen? Deze gebruiker kan zich daarna niet meer aanmelden; wat hij of zij opsloeg, blijft in de geschiedenis staan.</p>
            <form method="post" action="/gebruikers/\(escape(name))/verwijderen">
            \(layout.csrfField)
            <div class="knoppen"><button type="submit">Ja, \(escape(name)) verwijderen</button><a class="knop tweede" href="/gebruikers/\(escape(name))">Nee, terug</a></div>
            </form>
            """
        return .page(layout.page("Gebruiker verwijderen", crumbs: [("Overzicht", "/"), ("Gebruikers", "/gebruikers")], body))
    }

    /// POST /gebruikers: adds the account of the form.
    func addAccount(form: FormData, layout: Layout) -> Response {
        let name = (form["naam"] ?? "").trimming(.spaces)
        let displayName = (form["weergavenaam"] ?? "").trimming(.spaces)
        let role = form["rol"] ?? ""
        let password: (text: String, made: Bool)
        switch newPassword(form) {
        case .success(let chosen): password = chosen
        case .failure(let error): return accountsPage(layout, message: notice("fout", escape(error.message(in: .dutch))), form: form, status: .unprocessable)
        }
        if let problem = apply(.add(name: name, displayName: displayName.isEmpty ? name : displayName, role: role, password: password.text)) {
            return accountsPage(layout, message: notice("fout", escape(problem)), form: form, status: .unprocessable)
        }
        let added = gatekeeper.person(named: name)
        var message = "<p>" + escape("Gebruiker '\(name)' (\(added?.displayName ?? name), \(added?.role ?? role)) toegevoegd.") + "</p>"
        if password.made { message += madePasswordText(password.text) }
        return accountsPage(layout, message: notice("goed", message))
    }

    /// POST /gebruikers/NAAM/rol.
    func changeRole(_ name: String, form: FormData, layout: Layout, session: Session?) -> Response {
        let role = form["rol"] ?? ""
        if let problem = apply(.changeRole(name: name, role: role)) {
            return accountPage(name, layout: layout, session: session, message: notice("fout", escape(problem)), status: .unprocessable)
        }
        return accountPage(name, layout: layout, session: session, message: notice("goed", escape("Gebruiker '\(name)' gewijzigd: rol \(role).")))
    }

    /// POST /gebruikers/NAAM/wachtwoord.
    func setPassword(_ name: String, form: FormData, layout: Layout, session: Session?) -> Response {
        guard gatekeeper.person(named: name)?.name == name else { return notFoundPage(session) }
        switch newPassword(form) {
        case .failure(let error):
            return accountPage(name, layout: layout, session: session, message: notice("fout", escape(error.message(in: .dutch))), status: .unprocessable)
        case .success(let password):
            if let problem = apply(.setPassword(name: name, password: password.text)) {
                return accountPage(name, layout: layout, session: session, message: notice("fout", escape(problem)), status: .unprocessable)
            }
            var message = "<p>" + escape("Gebruiker '\(name)' gewijzigd: nieuw wachtwoord.") + "</p>"
            if password.made { message += madePasswordText(password.text) }
            return accountPage(name, layout: layout, session: session, message: notice("goed", message))
        }
    }

    /// POST /gebruikers/NAAM/verwijderen (after the confirmation page).
    func removeAccount(_ name: String, layout: Layout, session: Session?) -> Response {
        if let problem = apply(.remove(name: name)) {
            return accountPage(name, layout: layout, session: session, message: notice("fout", escape(problem)), status: .unprocessable)
        }
        return accountsPage(layout, message: notice("goed", escape("Gebruiker '\(name)' verwijderd.")))
    }

    /// Makes `change` through the gatekeeper; what is wrong, or nil when done.
    private func apply(_ change: AccountChange) -> String? {
        guard let administration = gatekeeper as? any AccountAdministration else {
            return "De gebruikers van deze werkruimte kunnen hier niet worden gewijzigd; gebruik mja gebruiker op de server."
        }
        return administration.apply(change, knownRegions: Set(regions.map(\.code)))
    }

    /// The regions of the workspace's registry, for the role list and the check of `regio:AMxx`.
    private var regions: [(code: String, name: String)] {
        RegionRegistry.regions(file: store.folder + "/regions/registers/regios.toml") ?? []
    }

    /// The new password of a form: typed twice (`wachtwoord`, `wachtwoord2`), or made here
    /// (`wachtwoordkeuze=maken`), shown once on the answer and never stored but as its hash.
    private func newPassword(_ form: FormData) -> Result<(text: String, made: Bool), AccountError> {
        if form["wachtwoordkeuze"] != "zelf" {
            return .success((AccountRules.oneTimePassword(bytes: SystemRandom.bytes), true))
        }
        do {
            try AccountRules.check(password: form["wachtwoord"] ?? "", again: form["wachtwoord2"] ?? "")
            return .success((form["wachtwoord"] ?? "", false))
        } catch {
            return .failure(error)
        }
    }

    /// The made password, with what to do with it.
    private func madePasswordText(_ password: String) -> String {
        "<p>Het wachtwoord is <code class=\"wachtwoord\">\(escape(password))</code>. U ziet het alleen nu: geef het veilig door, "
            + "bij voorkeur via een ander kanaal dan de gebruikersnaam. Kwijt? Stel dan hier een nieuw wachtwoord in.</p>"
    }

    /// A list of the roles, `selected` chosen.
    private func roleSelect(id: String, selected: String) -> String {
        var options = [("beraad", "beraad (landelijke agenda en signalen)"), ("lezer", "lezer (alleen lezen)"), ("beheer", "beheer (gebruikers)")]
            .map { "<option value=\"\($0.0)\"\($0.0 == selected ? " selected" : "")>\(escape($0.1))</option>" }.joined()
        options += "<optgroup label=\"Een regio (bewerkt de agenda van die regio)\">"
        for region in regions {
            let value = "regio:\(region.code)"
            options += "<option value=\"\(value)\"\(value == selected ? " selected" : "")>\(value) \(escape(region.name))</option>"
        }
        return "<select id=\"\(id)\" name=\"rol\">\(options)</optgroup></select>"
    }

    /// The choice between a made password and one typed twice.
    private func passwordFields(chosen: String?) -> String {
        let own = chosen == "zelf"
        return """
            <fieldset><legend>Wachtwoord</legend>
            <p class="keuze"><input type="radio" id="wachtwoord-maken" name="wachtwoordkeuze" value="maken"\(own ? "" : " checked")><label for="wachtwoord-maken">Laat de werkruimte een wachtwoord maken (u ziet het één keer)</label></p>
            <p class="keuze"><input type="radio" id="wachtwoord-zelf" name="wachtwoordkeuze" value="zelf"\(own ? " checked" : "")><label for="wachtwoord-zelf">Kies het wachtwoord zelf (minstens \(AccountRules.minimumPasswordLength) tekens, twee keer):</label></p>
            <label for="wachtwoord">Wachtwoord</label>
            <input type="password" id="wachtwoord" name="wachtwoord" autocomplete="new-password">
            <label for="wachtwoord2">Nogmaals</label>
            <input type="password" id="wachtwoord2" name="wachtwoord2" autocomplete="new-password">
            </fieldset>
            """
    }
}
