import Foundation
import Hashing
import HTTP
import Workspace
#if canImport(Glibc)
import Glibc
#endif

/// The workspace server (`mja server`) on this machine: the time from a save (the edit form's POST:
/// written, committed, synced) to the changed document served (the GET of its HTML, made on
/// request), the check as you type (one agenda's text checked in memory), and how many readers
/// one server holds: N connections, each a thread asking for the agenda's page again and again on
/// a kept-alive connection, at 1, 8, 32 and 128 connections.
/// The workspace is a git repository in a scratch folder with a copy of regions/ and templates/;
/// the server is the real one (`WorkspaceServer`, its limits) in this process, on loopback.
///
///     swift run -c release mja-bench server [--regions regions] [--templates templates] [--runs 20] [--seconds 5] [--clients 1,8,32,128]
enum ServerBenchmark: Benchmark {
    static let name = "server"
    static let summary = "the workspace server: save to the new document served, and readers of an agenda page at 1-128 connections [--runs N] [--seconds S] [--clients 1,8,32,128]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let runs = try options.int("--runs", default: 20)
        let seconds = Double(try options.int("--seconds", default: 5))
        let clients = (options.string("--clients") ?? "1,8,32,128").split(separator: ",").compactMap { Int($0) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mja-bench-server-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: options.string("--regions") ?? "regions", toPath: scratch + "/regions")
        try FileManager.default.copyItem(atPath: options.string("--templates") ?? "templates", toPath: scratch + "/templates")
        for command in [["init", "--quiet"], ["add", "."], ["-c", "user.name=Bench", "-c", "user.email=bench@test.invalid", "commit", "--quiet", "-m", "Begin"]] {
            try git(command, in: scratch)
        }

        let store = try WorkspaceStore(folder: scratch, searchPath: "/usr/bin:/bin:/usr/local/bin")
        let site = WorkspaceSite(store: store, gatekeeper: BenchGatekeeper(), settings: WorkspaceSite.Settings(), random: SystemRandom.bytes)
        let server = try WorkspaceServer(site: site, port: 0, configuration: WorkspaceServer.configuration(address: "127.0.0.1", hostNames: ["127.0.0.1"]),
                                         log: { _ in })
        server.start()
        defer { server.stop() }
        let port = server.port
        let host = "127.0.0.1:\(port)"
        let cookie: String
        do {
            // This connection closes at the end of the block: the readers may have all 128.
            guard let client = KeepAliveClient(port: port) else { throw UsageError(description: "cannot connect to the server") }
            cookie = try signIn(client, host: host)
            try saveToDocument(client, runs: runs, host: host, cookie: cookie)
        }
        _ = Loopback.exchange("GET /agenda/am05 HTTP/1.1\r\nHost: \(host)\r\nCookie: \(cookie)\r\nConnection: close\r\n\r\n", port: port)

        // Readers: each connection its own thread, asking for the agenda's page until the time is up.
        for count in clients {
            let result = readers(count, seconds: seconds, port: port, host: host, cookie: cookie)
            let sorted = result.latencies.sorted()
            func percentile(_ p: Double) -> String {
                sorted.isEmpty ? "-" : Timings.milliseconds(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))])
            }
            print("\(count) connections: \(String(format: "%.0f", Double(sorted.count) / result.elapsed)) requests/s, p50 \(percentile(0.5)), p99 \(percentile(0.99)); \(sorted.count) pages in \(String(format: "%.1f", result.elapsed)) s, \(result.failed) failed, \(result.unconnected) connections refused")
        }
    }

    /// Save to document, `runs` times (after one run to warm up): the title changed in the edit
    /// form, saved (POST), then the document asked for (GET), which must show the new title (a
    /// save is committed before it is answered; the document is made when it is asked for).
    static func saveToDocument(_ client: KeepAliveClient, runs: Int, host: String, cookie: String) throws {
        func get(_ path: String) -> KeepAliveClient.Answer? {
            client.exchange(Array("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nCookie: \(cookie)\r\n\r\n".utf8))
        }
        guard get("/agenda/am05/document/beleidsdeel.html")?.status == 200 else { throw UsageError(description: "the document is not served") }
        var saves: [Double] = [], documents: [Double] = [], totals: [Double] = []
        for run in 0...runs {
            guard let page = get("/agenda/am05/bewerken"), page.status == 200,
                  let text = field("tekst", in: page.text), let version = hidden("versie", in: page.text), let token = hidden("csrf", in: page.text),
                  let titleLine = text.components(separatedBy: "\n").first(where: { $0.hasPrefix("titel = ") }) else {
                throw UsageError(description: "no edit page")
            }
            let title = "Twente, bewaard \(run)"
            let changed = text.replacingOccurrences(of: titleLine, with: "titel = \"\(title)\"")
            let form = "csrf=\(encode(token))&versie=\(encode(version))&tekst=\(encode(changed))"
            let request = "POST /agenda/am05/bewerken HTTP/1.1\r\nHost: \(host)\r\nOrigin: http://\(host)\r\nCookie: \(cookie)\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n\(form)"
            let start = Measure.now()
            guard let saved = client.exchange(Array(request.utf8)), saved.status == 303 else { throw UsageError(description: "the save failed") }
            let savedAt = Measure.now()
            guard let document = get("/agenda/am05/document/beleidsdeel.html"), document.text.contains(title) else {
                throw UsageError(description: "the document did not change")
            }
            let done = Measure.now()
            if run > 0 {
                saves.append(savedAt - start)
                documents.append(done - savedAt)
                totals.append(done - start)
            }
        }
        // The check as you type: the text with a mistake posted to the check route, its findings back.
        var checks: [Double] = []
        if let page = get("/agenda/am05/bewerken"), let text = field("tekst", in: page.text), let token = hidden("csrf", in: page.text) {
            let form = "csrf=\(encode(token))&tekst=\(encode(text + "kapot = \n"))"
            let request = Array(("POST /agenda/am05/controleren HTTP/1.1\r\nHost: \(host)\r\nOrigin: http://\(host)\r\nCookie: \(cookie)\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n\(form)").utf8)
            for run in 0...runs {
                let start = Measure.now()
                guard let answer = client.exchange(request), answer.status == 200, answer.text.contains("1 fout") else {
                    throw UsageError(description: "the check as you type did not find the mistake")
                }
                if run > 0 { checks.append(Measure.now() - start) }
            }
        }
        let total = Timings(totals), save = Timings(saves), document = Timings(documents)
        print("save to new document served: median \(Timings.milliseconds(total.median)), best \(Timings.milliseconds(total.best)), worst \(Timings.milliseconds(totals.max() ?? 0)) over \(totals.count) saves"
              + " (the save alone: median \(Timings.milliseconds(save.median)); the new document: median \(Timings.milliseconds(document.median)))")
        if !checks.isEmpty {
            let check = Timings(checks)
            print("check as you type (POST /agenda/am05/controleren): median \(Timings.milliseconds(check.median)), best \(Timings.milliseconds(check.best)), worst \(Timings.milliseconds(checks.max() ?? 0)) over \(checks.count) checks")
        }
    }

    /// `count` clients (from four loopback addresses: the server takes 64 per address) reading the
    /// agenda page for `seconds`; every answer's latency, and how many failed or never connected.
    static func readers(_ count: Int, seconds: Double, port: UInt16, host: String, cookie: String) -> (latencies: [Double], elapsed: Double, failed: Int, unconnected: Int) {
        let tally = Tally()
        let group = DispatchGroup()
        let start = Measure.now()
        let request = Array("GET /agenda/am05 HTTP/1.1\r\nHost: \(host)\r\nCookie: \(cookie)\r\n\r\n".utf8)
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                guard let client = KeepAliveClient(port: port, from: "127.0.0.\(2 + index % 4)") else {
                    tally.add([], failed: 0, unconnected: 1)
                    return
                }
                var mine: [Double] = [], wrong = 0
                while Measure.now() - start < seconds {
                    let asked = Measure.now()
                    guard let answer = client.exchange(request) else {
                        wrong += 1
                        tally.note("the connection closed after \(mine.count) pages")
                        break
                    }
                    if answer.status == 200 { mine.append(Measure.now() - asked) } else {
                        wrong += 1
                        tally.note("status \(answer.status)")
                    }
                }
                tally.add(mine, failed: wrong, unconnected: 0)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        group.wait()
        if !tally.failures.isEmpty { print("  failures: \(tally.failures.sorted { $0.key < $1.key }.map { "\($0.value)x \($0.key)" }.joined(separator: ", "))") }
        return tally.lock.withLock { (tally.latencies, Measure.now() - start, tally.failed, tally.unconnected) }
    }

    /// What the reader threads measured, added up under a lock.
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var latencies: [Double] = [], failed = 0, unconnected = 0
        var failures: [String: Int] = [:]
        func note(_ failure: String) { lock.withLock { failures[failure, default: 0] += 1 } }
        func add(_ times: [Double], failed: Int, unconnected: Int) {
            lock.withLock {
                latencies += times
                self.failed += failed
                self.unconnected += unconnected
            }
        }
    }

    /// Signs in as the bench's one person through the sign-in form; the session's cookie.
    static func signIn(_ client: KeepAliveClient, host: String) throws -> String {
        guard let page = client.exchange(Array("GET /aanmelden HTTP/1.1\r\nHost: \(host)\r\n\r\n".utf8)),
              let visitor = page.header("Set-Cookie")?.split(separator: ";").first, let token = hidden("csrf", in: page.text) else {
            throw UsageError(description: "no sign-in page")
        }
        let form = "csrf=\(token)&naam=bench&wachtwoord=bench"
        let request = "POST /aanmelden HTTP/1.1\r\nHost: \(host)\r\nOrigin: http://\(host)\r\nCookie: \(visitor)\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n\(form)"
        guard let answer = client.exchange(Array(request.utf8)), answer.status == 303, let cookie = answer.header("Set-Cookie")?.split(separator: ";").first else {
            throw UsageError(description: "the sign-in failed")
        }
        return String(cookie)
    }

    /// The value of hidden field `name` in a page.
    static func hidden(_ name: String, in page: String) -> String? {
        guard let range = page.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The text of the text area `name`, its HTML escapes undone.
    static func field(_ name: String, in page: String) -> String? {
        guard let open = page.range(of: "name=\"\(name)\""), let start = page[open.upperBound...].range(of: ">"),
              let end = page[start.upperBound...].range(of: "</textarea>") else { return nil }
        return String(page[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static func git(_ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", folder] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw UsageError(description: "git \(arguments.joined(separator: " ")) failed") }
    }
}

/// One account for the bench, `bench` with password `bench`, editing Twente's agenda: the
/// accounts file's PBKDF2 would measure the sign-in, not the server.
struct BenchGatekeeper: Gatekeeper {
    static let person = Person(name: "bench", displayName: "Bench", role: "regio:AM05")
    func signIn(name: String, password: String) -> Person? { name == "bench" && password == "bench" ? Self.person : nil }
    func person(named name: String) -> Person? { name == "bench" ? Self.person : nil }
    func allows(_ person: Person, _ permission: Permission) -> Bool { permission == .read || permission == .edit(agenda: "am05") }
    func signInDelay(name: String, address: String) -> Duration { .zero }
    func recordFailure(name: String, address: String) {}
    func recordSuccess(name: String, address: String) {}
    func everyone() -> [Person] { [Self.person] }
}
