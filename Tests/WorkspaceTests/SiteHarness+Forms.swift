import Testing
@testable import Workspace

extension SiteHarness {
    /// Every role, and signed out, on the forms `routes` names for each agenda in `agendas`, with
    /// whether that role may use each: the GET gives 303 signed out, 200 when allowed and 403
    /// otherwise; a POST as the Controleren button sends it (with `fields`) is refused with 403
    /// exactly when not allowed, and is never sent back to the sign-in page when allowed.
    /// Controleren saves nothing, so the workspace stays as it was.
    func expectEveryRole(agendas: [String], fields: [(String, String)] = [],
                         _ routes: (AuthorisationTests.Who, String) -> [(address: String, allowed: Bool)]) throws {
        for who in AuthorisationTests.Who.allCases {
            let session = session(who == .nobody ? nil : who.rawValue)
            for id in agendas {
                let version = try site.store.read(try #require(site.store.agenda(id))).version
                for (address, allowed) in routes(who, id) {
                    let page = ask("GET", address, session: session)
                    #expect(page.status.code == (who == .nobody ? 303 : allowed ? 200 : 403), "\(who) GET \(address): \(page.status.code)")
                    let post = ask("POST", address, session: session, form: [("basisversie", version), ("knop", "controleren")] + fields)
                    #expect(allowed ? post.status.code != 403 && post.status.code != 303 : post.status.code == 403,
                            "\(who) POST \(address): \(post.status.code)")
                }
            }
        }
    }
}
