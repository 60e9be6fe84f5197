import Foundation
import TestSupport
import Testing
@testable import Workspace

/// Every route tried with every role and with no session; the answer asserted.
@Suite(.timed, .serialized) struct AuthorisationTests {
    enum Who: String, CaseIterable { case nobody, twente, beraad, lezer, beheer }

    /// What a GET of every page gives: signed in, everyone reads; without a session, the sign-in page.
    static let pages = [
        "/", "/signalen", "/signalen.xlsx", "/agenda/am05", "/agenda/lmja", "/agenda/am05/document/beleidsdeel.html",
        "/agenda/am05/download/uitvoeringsdeel.md", "/agenda/am05/bewerken", "/agenda/am05/geschiedenis",
        "/voortgang/invoer", "/agenda/am05/download/voortgang.xlsx",
    ]

    @Test func everyRouteWithEveryRole() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let store = harness.site.store
        let twente = try #require(store.agenda("am05"))
        let first = try #require(store.history(of: twente).first).commit
        for who in Who.allCases {
            let session = harness.session(who == .nobody ? nil : who.rawValue)
            for page in Self.pages {
                let response = harness.ask("GET", page, session: session)
                if who == .nobody {
                    #expect(response.status.code == 303 && response.header("Location") == "/aanmelden", "\(who) GET \(page)")
                } else {
                    #expect(response.status.code == 200, "\(who) GET \(page): \(response.status.code)")
                }
            }
            let compare = harness.ask("GET", "/agenda/am05/verschil?van=\(first)&tot=\(first)", session: session)
            #expect(compare.status.code == (who == .nobody ? 303 : 200), "\(who) compare")
            // The accounts pages are beheer's alone: every GET, and every POST (which changes the
            // accounts file only for beheer).
            for page in ["/gebruikers", "/gebruikers/lezer", "/gebruikers/lezer/verwijderen"] {
                let accounts = harness.ask("GET", page, session: session)
                #expect(accounts.status.code == (who == .beheer ? 200 : who == .nobody ? 303 : 403), "\(who) GET \(page)")
            }
            let accountsBefore = try String(contentsOfFile: fixture.folder + "-gebruikers.toml", encoding: .utf8)
            let newName = "nieuw-\(who.rawValue)"
            let accountPosts: [(String, [(String, String)])] = [
                ("/gebruikers", [("naam", newName), ("rol", "lezer"), ("wachtwoordkeuze", "maken")]),
                ("/gebruikers/\(newName)/rol", [("rol", "beraad")]),
                ("/gebruikers/\(newName)/wachtwoord", [("wachtwoordkeuze", "maken")]),
                ("/gebruikers/\(newName)/verwijderen", []),
            ]
            for (target, form) in accountPosts {
                let post = harness.ask("POST", target, session: session, form: form)
                #expect(post.status.code == (who == .beheer ? 200 : 403), "\(who) POST \(target): \(post.status.code)")
                #expect(harness.ask("POST", target, session: session, form: form, csrf: false).status.code == 403, "\(who) POST \(target) without token")
            }
            if who != .beheer {
                #expect(try String(contentsOfFile: fixture.folder + "-gebruikers.toml", encoding: .utf8) == accountsBefore, "\(who) changed the accounts")
            }
            // Saving (the same text: allowed saves change nothing, so every role meets the same file)
            // and restoring: regio:AM05 only am05, beraad only lmja, lezer and beheer nothing.
            for id in ["am05", "am13", "lmja"] {
                let agenda = try #require(store.agenda(id))
                let (text, version) = try store.read(agenda)
                let allowed = (who == .twente && id == "am05") || (who == .beraad && id == "lmja")
                let save = harness.ask("POST", "/agenda/\(id)/bewerken", session: session, form: [("versie", version), ("tekst", text)])
                #expect(save.status.code == (allowed ? 303 : 403), "\(who) saves \(id): \(save.status.code)")
                let latest = try #require(store.history(of: agenda).first).commit
                let restore = harness.ask("POST", "/agenda/\(id)/herstellen", session: session, form: [("versie", latest)])
                #expect(restore.status.code == (allowed ? 303 : 403), "\(who) restores \(id): \(restore.status.code)")
                // The check as you type: only those who may edit the agenda may have it checked.
                let check = harness.ask("POST", "/agenda/\(id)/controleren", session: session, form: [("tekst", text)])
                #expect(check.status.code == (allowed ? 200 : 403), "\(who) checks \(id): \(check.status.code)")
                // Allowed, the answer is the findings alone (a fragment of the page), else a refusal page.
                #expect(check.text.hasPrefix("<p>") == allowed && check.text.contains("<html") != allowed, "\(who) checks \(id): \(check.text.prefix(200))")
            }
            // The edit page's script is no secret: anyone may fetch it.
            let script = harness.ask("GET", "/werkruimte.js", session: session)
            #expect(script.status.code == 200 && script.type == "text/javascript; charset=utf-8", "\(who) GET /werkruimte.js")
            // Anyone may see the sign-in page.
            #expect(harness.ask("GET", "/aanmelden", session: session).status.code == (who == .nobody ? 200 : 303))
            let signOut = harness.ask("POST", "/afmelden", session: session, form: [])
            #expect(signOut.status.code == (who == .nobody ? 403 : 303), "\(who) signs out")
            if who != .nobody {
                // Signed out: the session is worth nothing any more.
                #expect(harness.ask("GET", "/", session: session).status.code == 303)
            }
        }
        #expect(try fixture.run(["status", "--porcelain"]) == "")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    @Test func aFormWithoutItsTokenOrFromAnotherOriginIsRefused() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let agenda = try #require(harness.site.store.agenda("am05"))
        let (text, version) = try harness.site.store.read(agenda)
        let changed = text + "\n# gewijzigd\n"
        let form = [("versie", version), ("tekst", changed)]
        let noToken = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: form, csrf: false)
        #expect(noToken.status.code == 403)
        let wrongToken = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("csrf", String(repeating: "0", count: 64))] + form, csrf: false)
        #expect(wrongToken.status.code == 403)
        let otherSession = harness.session("twente")
        let foreignToken = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("csrf", otherSession.csrfToken)] + form, csrf: false)
        #expect(foreignToken.status.code == 403)
        let otherOrigin = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: form, origin: "http://evil.example")
        #expect(otherOrigin.status.code == 403)
        let noOrigin = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: form, origin: nil)
        #expect(noOrigin.status.code == 403)
        #expect(fixture.text(agenda.path) == text)
        // The same form, complete, is saved.
        #expect(harness.ask("POST", "/agenda/am05/bewerken", session: session, form: form).status.code == 303)
        #expect(fixture.text(agenda.path) == changed)
    }

    @Test func signInGivesANewSessionIdAndSafeCookie() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let page = harness.ask("GET", "/aanmelden")
        let cookie = try #require(page.header("Set-Cookie"))
        #expect(cookie.hasSuffix("; HttpOnly; SameSite=Strict; Path=/"))
        let visitorID = String(cookie.dropFirst(WorkspaceSite.cookieName.count + 1).prefix(64))
        let visitor = try #require(harness.site.sessions.session(visitorID))
        let wrong = harness.ask("POST", "/aanmelden", session: visitor, form: [("naam", "twente"), ("wachtwoord", "fout")])
        #expect(wrong.status.code == 401 && wrong.text.contains("De naam of het wachtwoord klopt niet"))
        let right = harness.ask("POST", "/aanmelden", session: visitor, form: [("naam", "twente"), ("wachtwoord", "geheim-twente")])
        #expect(right.status.code == 303)
        let newCookie = try #require(right.header("Set-Cookie"))
        let newID = String(newCookie.dropFirst(WorkspaceSite.cookieName.count + 1).prefix(64))
        #expect(newID != visitorID && newID.count == 64)
        #expect(harness.site.sessions.session(visitorID) == nil)
        #expect(harness.site.sessions.session(newID)?.person?.name == "twente")
        // Behind TLS the cookie is Secure too.
        var settings = WorkspaceSite.Settings()
        settings.https = true
        let secure = try SiteHarness(fixture: fixture, settings: settings)
        #expect(secure.ask("GET", "/aanmelden").header("Set-Cookie")?.hasSuffix("; Secure") == true)
    }

    @Test func failedSignInsAreSlowedDown() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let visitor = harness.session(nil)
        for _ in 0..<4 {
            _ = harness.ask("POST", "/aanmelden", session: visitor, form: [("naam", "lezer"), ("wachtwoord", "fout")])
        }
        // Even the right password waits now.
        let throttled = harness.ask("POST", "/aanmelden", session: visitor, form: [("naam", "lezer"), ("wachtwoord", "geheim-lezer")])
        #expect(throttled.status.code == 429 && throttled.header("Retry-After") != nil)
        #expect(throttled.text.contains("te veel pogingen mislukt"))
    }

    @Test func aTrustedHeaderNamesThePerson() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        var settings = WorkspaceSite.Settings()
        settings.trustedHeader = "Remote-User"
        let harness = try SiteHarness(fixture: fixture, settings: settings)
        #expect(harness.ask("GET", "/gebruikers", headers: ["Remote-User: beheer"]).status.code == 200)
        #expect(harness.ask("GET", "/gebruikers", headers: ["Remote-User: lezer"]).status.code == 403)
        #expect(harness.ask("GET", "/gebruikers", headers: ["Remote-User: onbekend"]).status.code == 303)
        // Without the setting, the header is nobody's word.
        let plain = try SiteHarness(fixture: fixture)
        #expect(plain.ask("GET", "/gebruikers", headers: ["Remote-User: beheer"]).status.code == 303)
    }
}
