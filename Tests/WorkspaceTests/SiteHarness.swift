import Foundation
import HTTP
@_spi(Testing) import Accounts
import Hashing
@testable import Workspace

/// The accounts of the tests, one per role, in an accounts file beside the workspace (with few
/// PBKDF2 iterations, so signing in is quick); the password of `naam` is `geheim-naam`.
enum TestAccounts {
    static let people = [
        ("twente", "Tineke Twente", "regio:AM05"), ("beraad", "Bart Beraad", "beraad"),
        ("lezer", "Lies Lezer", "lezer"), ("beheer", "Bea Beheer", "beheer"),
    ]

    static func gatekeeper(path: String) throws -> AccountsGatekeeper {
        var file = AccountFile(iterationsForTesting: 1000)
        for (name, displayName, role) in people {
            try file.add(Account(name: name, displayName: displayName, role: Role(parsing: role)!), password: "geheim-\(name)")
        }
        try file.save(to: path)
        return try AccountsGatekeeper(path: path) { path throws(AccountFileError) in try AccountFile.load(path: path, iterationsForTesting: 1000) }
    }
}

/// A site over a fixture workspace, asked directly (no sockets).
struct SiteHarness {
    let fixture: WorkspaceFixture
    let site: WorkspaceSite
    static let host = "127.0.0.1:8700"

    init(fixture: WorkspaceFixture, settings: WorkspaceSite.Settings = WorkspaceSite.Settings()) throws {
        self.fixture = fixture
        site = WorkspaceSite(store: try fixture.store(), gatekeeper: try TestAccounts.gatekeeper(path: fixture.folder + "-gebruikers.toml"),
                             settings: settings, random: SystemRandom.bytes)
    }

    /// A session for `name` (nil: a visitor who opened the sign-in page).
    func session(_ name: String?) -> Session {
        site.sessions.start(for: name.flatMap { site.gatekeeper.person(named: $0) })
    }

    /// The answer to `method target` with `session`'s cookie and `form` as the body.
    func ask(_ method: String, _ target: String, session: Session? = nil, form: [(String, String)]? = nil,
             origin: String? = "http://127.0.0.1:8700", csrf: Bool = true, headers: [String] = []) -> Response {
        var body: [UInt8] = []
        if var fields = form {
            if csrf, let session { fields.insert(("csrf", session.csrfToken), at: 0) }
            body = Array(fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&").utf8)
        }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(Self.host)\r\n"
        if let session { head += "Cookie: \(WorkspaceSite.cookieName)=\(session.id)\r\n" }
        if method == "POST" {
            if let origin { head += "Origin: \(origin)\r\n" }
            head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.count)\r\n"
        }
        for header in headers { head += header + "\r\n" }
        head += "\r\n"
        var request = try! HTTPRequest(head: ArraySlice(Array(head.utf8)))
        request.body = body
        return site.respond(to: request, peer: "127.0.0.1").response
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }
}

extension Response {
    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? {
        headers.first { $0.lowercased().hasPrefix(name.lowercased() + ":") }.map { String($0.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces) }
    }
    /// The value of the hidden field `name` in the page.
    func field(_ name: String) -> String? {
        guard let range = text.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }
}
