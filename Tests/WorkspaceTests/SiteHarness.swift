import Foundation
import HTTP
import Hashing
@testable import Workspace

/// The roles of the issue, as the tests' gatekeeper grants them: `regio:AM05` edits am05,
/// `beraad` edits lmja, `lezer` reads, `beheer` manages accounts; everyone signed in reads.
struct TestGatekeeper: Gatekeeper {
    static let people = [
        Person(name: "twente", displayName: "Tineke Twente", role: "regio:AM05"),
        Person(name: "beraad", displayName: "Bart Beraad", role: "beraad"),
        Person(name: "lezer", displayName: "Lies Lezer", role: "lezer"),
        Person(name: "beheer", displayName: "Bea Beheer", role: "beheer"),
    ]

    func signIn(name: String, password: String) -> Person? {
        password == "geheim-\(name)" ? person(named: name) : nil
    }
    func person(named name: String) -> Person? { Self.people.first { $0.name == name } }
    func allows(_ person: Person, _ permission: Permission) -> Bool {
        switch permission {
        case .read: true
        case .edit(let agenda): person.role == "regio:\(agenda.uppercased())" || (person.role == "beraad" && agenda == "lmja")
        case .manageAccounts: person.role == "beheer"
        }
    }
    func signInDelay(name: String, address: String) -> Duration { failures.count(name) >= 3 ? .seconds(2) : .zero }
    func recordFailure(name: String, address: String) { failures.add(name) }
    func recordSuccess(name: String, address: String) {}
    func everyone() -> [Person] { Self.people }

    let failures = Counter()
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func add(_ name: String) { lock.withLock { counts[name, default: 0] += 1 } }
        func count(_ name: String) -> Int { lock.withLock { counts[name, default: 0] } }
    }
}

/// A site over a fixture workspace, asked directly (no sockets).
struct SiteHarness {
    let fixture: WorkspaceFixture
    let site: WorkspaceSite
    static let host = "127.0.0.1:8700"

    init(fixture: WorkspaceFixture, settings: WorkspaceSite.Settings = WorkspaceSite.Settings()) throws {
        self.fixture = fixture
        site = WorkspaceSite(store: try fixture.store(), gatekeeper: TestGatekeeper(), settings: settings, random: SystemRandom.bytes)
    }

    /// A session for `name` (nil: a visitor who opened the sign-in page).
    func session(_ name: String?) -> Session {
        site.sessions.start(for: name.flatMap { TestGatekeeper().person(named: $0) })
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
