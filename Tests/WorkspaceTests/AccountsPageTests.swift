@_spi(Testing) import Accounts
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The accounts in the browser (`beheer`): add, change the role, set a password, remove after a
/// confirmation; the rules and words of `mja gebruiker`; the last `beheer` stays.
@Suite(.timed, .serialized) struct AccountsPageTests {
    let fixture: WorkspaceFixture
    let harness: SiteHarness
    let session: Session
    var accountsFile: String { fixture.folder + "-gebruikers.toml" }

    init() throws {
        fixture = try WorkspaceFixture(agendas: ["am05-twente.toml"])
        harness = try SiteHarness(fixture: fixture)
        session = harness.session("beheer")
    }

    func accounts() throws -> AccountFile {
        try AccountFile.load(path: accountsFile, iterationsForTesting: 1000)
    }

    func contents() -> String {
        (try? String(contentsOfFile: accountsFile, encoding: .utf8)) ?? ""
    }

    func add(_ fields: [(String, String)]) -> Response {
        harness.ask("POST", "/gebruikers", session: session, form: fields)
    }

    @Test func addingIsRefusedWithTheWordsOfMjaGebruiker() throws {
        defer { fixture.remove() }
        let before = contents()
        let cases: [([(String, String)], String)] = [
            ([("naam", "anna"), ("rol", "lezer"), ("wachtwoordkeuze", "zelf"), ("wachtwoord", "een lang wachtwoord"), ("wachtwoord2", "een lang wachtwoorD")],
             "de twee wachtwoorden verschillen; er is niets gewijzigd"),
            ([("naam", "anna"), ("rol", "lezer"), ("wachtwoordkeuze", "zelf"), ("wachtwoord", "kort"), ("wachtwoord2", "kort")],
             "het wachtwoord is te kort: gebruik minstens 12 tekens"),
            ([("naam", "anna"), ("rol", "regio:AM04"), ("wachtwoordkeuze", "maken")],
             "AM04 is geen arbeidsmarktregio: de CBS-codes hebben gaten (er is geen AM04, AM16 of AM31)"),
            ([("naam", "anna"), ("rol", "baas"), ("wachtwoordkeuze", "maken")],
             "onbekende rol &#39;baas&#39;; kies regio:AMxx (bijvoorbeeld regio:AM05), beraad, lezer of beheer"),
            ([("naam", "Anna"), ("rol", "lezer"), ("wachtwoordkeuze", "maken")], "&#39;Anna&#39; kan geen gebruikersnaam zijn"),
            ([("naam", "lezer"), ("rol", "lezer"), ("wachtwoordkeuze", "maken")], "er is al een gebruiker &#39;lezer&#39;"),
        ]
        for (fields, message) in cases {
            let response = add(fields)
            #expect(response.status.code == 422, "\(fields)")
            #expect(response.text.contains(message), "\(fields): \(response.text)")
            // The form keeps what was typed, but never a password.
            #expect(response.text.contains("value=\"\(fields[0].1)\""))
            #expect(!response.text.contains("een lang wachtwoord"))
        }
        #expect(contents() == before)
    }

    @Test func addWithAMadePasswordShownOnce() throws {
        defer { fixture.remove() }
        let response = add([("naam", "anna"), ("weergavenaam", "Anna de Vries"), ("rol", "regio:AM05"), ("wachtwoordkeuze", "maken")])
        #expect(response.status.code == 200)
        #expect(response.text.contains("Gebruiker &#39;anna&#39; (Anna de Vries, regio:AM05) toegevoegd."))
        let marker = try #require(response.text.range(of: "<code class=\"wachtwoord\">"))
        let password = String(response.text[marker.upperBound...].prefix { $0 != "<" })
        #expect(password.count == 23)
        #expect(try accounts().signIn(name: "anna", password: password) == Account(name: "anna", displayName: "Anna de Vries", role: .region("AM05")))
        #expect(!contents().contains(password))
        // Shown once: the list afterwards does not have it.
        #expect(!harness.ask("GET", "/gebruikers", session: session).text.contains(password))
        #expect(harness.ask("GET", "/gebruikers", session: session).text.contains("<a href=\"/gebruikers/anna\">anna</a>"))
    }

    @Test func addWithAPasswordTypedTwiceThenChangeRoleAndPasswordThenRemove() throws {
        defer { fixture.remove() }
        let added = add([("naam", "bert"), ("weergavenaam", ""), ("rol", "beraad"), ("wachtwoordkeuze", "zelf"),
                         ("wachtwoord", "correct paard batterij"), ("wachtwoord2", "correct paard batterij")])
        #expect(added.status.code == 200 && added.text.contains("Gebruiker &#39;bert&#39; (bert, beraad) toegevoegd."))
        #expect(!added.text.contains("class=\"wachtwoord\""))
        #expect(try accounts().signIn(name: "bert", password: "correct paard batterij")?.role == .nationalBoard)

        let page = harness.ask("GET", "/gebruikers/bert", session: session)
        #expect(page.status.code == 200 && page.text.contains("<option value=\"beraad\" selected>"))
        let role = harness.ask("POST", "/gebruikers/bert/rol", session: session, form: [("rol", "regio:AM13")])
        #expect(role.status.code == 200 && role.text.contains("Gebruiker &#39;bert&#39; gewijzigd: rol regio:AM13."))
        #expect(try accounts().account(named: "bert")?.role == .region("AM13"))
        // bert's rights follow at once.
        let bert = try #require(harness.site.gatekeeper.person(named: "bert"))
        #expect(harness.site.gatekeeper.allows(bert, .edit(agenda: "am13")) && !harness.site.gatekeeper.allows(bert, .edit(agenda: "lmja")))

        let reset = harness.ask("POST", "/gebruikers/bert/wachtwoord", session: session,
                                form: [("wachtwoordkeuze", "zelf"), ("wachtwoord", "een heel nieuw wachtwoord"), ("wachtwoord2", "een heel nieuw wachtwoord")])
        #expect(reset.status.code == 200 && reset.text.contains("Gebruiker &#39;bert&#39; gewijzigd: nieuw wachtwoord."))
        #expect(try accounts().signIn(name: "bert", password: "correct paard batterij") == nil)
        #expect(try accounts().signIn(name: "bert", password: "een heel nieuw wachtwoord") != nil)
        let made = harness.ask("POST", "/gebruikers/bert/wachtwoord", session: session, form: [("wachtwoordkeuze", "maken")])
        #expect(made.status.code == 200 && made.text.contains("<code class=\"wachtwoord\">"))
        #expect(try accounts().signIn(name: "bert", password: "een heel nieuw wachtwoord") == nil)

        // Removing asks first; the GET changes nothing.
        let confirm = harness.ask("GET", "/gebruikers/bert/verwijderen", session: session)
        #expect(confirm.status.code == 200 && confirm.text.contains("Weet u zeker dat u <strong>bert</strong>"))
        #expect(try accounts().account(named: "bert") != nil)
        let removed = harness.ask("POST", "/gebruikers/bert/verwijderen", session: session, form: [])
        #expect(removed.status.code == 200 && removed.text.contains("Gebruiker &#39;bert&#39; verwijderd."))
        #expect(try accounts().account(named: "bert") == nil)
        #expect(harness.ask("GET", "/gebruikers/bert", session: session).status.code == 404)
        #expect(harness.ask("POST", "/gebruikers/bert/verwijderen", session: session, form: []).text.contains("er is geen gebruiker &#39;bert&#39;"))
    }

    @Test func theLastBeheerCannotBeRemovedOrDemoted() throws {
        defer { fixture.remove() }
        let before = contents()
        let message = "&#39;beheer&#39; is de laatste gebruiker met de rol beheer; geef eerst een andere gebruiker de rol beheer"
        let removed = harness.ask("POST", "/gebruikers/beheer/verwijderen", session: session, form: [])
        #expect(removed.status.code == 422 && removed.text.contains(message))
        let demoted = harness.ask("POST", "/gebruikers/beheer/rol", session: session, form: [("rol", "lezer")])
        #expect(demoted.status.code == 422 && demoted.text.contains(message))
        #expect(contents() == before)
        // With a second beheer, the first may go.
        #expect(add([("naam", "tweede"), ("rol", "beheer"), ("wachtwoordkeuze", "maken")]).status.code == 200)
        #expect(harness.ask("POST", "/gebruikers/beheer/rol", session: session, form: [("rol", "lezer")]).status.code == 200)
        // Demoted, the session has no rights to the accounts any more.
        #expect(harness.ask("GET", "/gebruikers", session: session).status.code == 403)
    }

    @Test func aChangeByMjaGebruikerMeanwhileIsKept() throws {
        defer { fixture.remove() }
        // The page was read; then someone on the server adds an account with mja gebruiker ...
        _ = harness.ask("GET", "/gebruikers", session: session)
        try AccountFile.change(at: accountsFile, load: { try AccountFile.load(path: $0, iterationsForTesting: 1000) }) { file in
            try file.add(Account(name: "cli", displayName: "Via de opdrachtregel", role: .reader), password: "een lang wachtwoord")
        }
        // ... and the browser adds another: both are there.
        #expect(add([("naam", "web"), ("rol", "lezer"), ("wachtwoordkeuze", "maken")]).status.code == 200)
        #expect(try Set(accounts().accounts.map(\.name)).isSuperset(of: ["cli", "web", "beheer", "lezer"]))
    }
}
