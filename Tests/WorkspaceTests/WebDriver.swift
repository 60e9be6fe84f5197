import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium driven through chromedriver's W3C WebDriver protocol (JSON over HTTP on
/// loopback). Every call has a bounded wait, so a stuck browser fails the test with a message
/// instead of hanging it; `quit()` ends chromedriver and every Chromium process it started.
final class WebDriver {
    private let process = Process()
    private let port: UInt16
    private var session = ""
    /// Chromium's profile folder, unique to this driver: it names the browser's processes for `quit()`.
    private let profile: String
    /// The longest one WebDriver call may take.
    private let callSeconds: Double = 60

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts `chromedriver` on a free port and a headless Chromium session; with `phoneWidth`, as
    /// a phone of that many CSS pixels wide (Chromium's mobile emulation: a desktop window is never
    /// narrower than about 500 pixels).
    init(chromedriver: String, chromium: String, phoneWidth: Int? = nil) throws {
        port = UInt16.random(in: 20_000...29_000)
        profile = NSTemporaryDirectory() + "server-browser-\(UUID().uuidString)"
        process.executableURL = URL(fileURLWithPath: chromedriver)
        process.arguments = ["--port=\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        do {
            var ready = false
            for _ in 0..<200 where !ready {
                usleep(50_000)
                ready = (try? call("GET", "/status", seconds: 2)) != nil
            }
            guard ready else { throw Failure(description: "chromedriver did not start within 10 seconds") }
            var options: [String: Any] = ["binary": chromium, "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=\(profile)",
            ]]
            if let phoneWidth { options["mobileEmulation"] = ["deviceMetrics": ["width": phoneWidth, "height": 900, "pixelRatio": 1]] }
            let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
                "browserName": "chrome",
                "timeouts": ["pageLoad": 30_000, "script": 90_000, "implicit": 0],
                "goog:chromeOptions": options,
            ]]]
            let answer = try call("POST", "/session", capabilities, seconds: 90)
            guard let value = answer["value"] as? [String: Any], let id = value["sessionId"] as? String else {
                throw Failure(description: "no session: \(answer)")
            }
            session = id
        } catch {
            quit()
            throw error
        }
    }

    deinit { quit() }

    /// Ends the session, chromedriver and any Chromium process left with this driver's profile
    /// (by process id, found in /proc). Safe to call twice.
    func quit() {
        if !session.isEmpty {
            _ = try? call("DELETE", "/session/\(session)", seconds: 10)
            session = ""
        }
        // SIGKILL by id and a bounded wait: chromedriver was seen to outlive SIGTERM, and
        // Process.waitUntilExit then never returned.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        let mine = "--user-data-dir=\(profile)"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry), let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            if String(decoding: line, as: UTF8.self).contains(mine) { kill(pid, SIGKILL) }
        }
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Opens `url` (and waits for it to load, at most the page-load timeout).
    func open(_ url: String) throws { _ = try call("POST", "/session/\(session)/url", ["url": url]) }

    /// The page's HTML now.
    func source() throws -> String { try call("GET", "/session/\(session)/source")["value"] as? String ?? "" }

    /// The address shown now.
    func url() throws -> String { try call("GET", "/session/\(session)/url")["value"] as? String ?? "" }

    /// The page's HTML once `done` holds for it, polled for at most `seconds`; a failure naming
    /// `what` and showing the page's start when it never does.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 30, _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var page = ""
        repeat {
            page = (try? source()) ?? page
            if done(page) { return page }
            usleep(100_000)
        } while deadline.timeIntervalSinceNow > 0
        throw Failure(description: "waited \(Int(seconds)) s for \(what); the page at \((try? url()) ?? "?"):\n\(BrowserTests.main(of: page))")
    }

    /// Clicks `selector` (a button that submits, a link) and waits for the page that follows, not
    /// the one clicked on: a notice such as "Opgeslagen (versie" can stand on both, and a click may
    /// return before the browser has left the old page.
    @discardableResult
    func clickThrough(_ selector: String, to what: String, seconds: Double = 30, _ done: (String) -> Bool) throws -> String {
        _ = try run("document.documentElement.setAttribute('data-vorige-pagina', '')")
        try click(selector)
        return try waitFor(what, seconds: seconds) { !$0.contains("data-vorige-pagina") && done($0) }
    }

    /// The address once `done` holds for it, polled for at most `seconds`.
    @discardableResult
    func waitForURL(_ what: String, seconds: Double = 30, _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var address = ""
        repeat {
            address = (try? url()) ?? address
            if done(address) { return address }
            usleep(100_000)
        } while deadline.timeIntervalSinceNow > 0
        throw Failure(description: "waited \(Int(seconds)) s for \(what); the address is \(address)")
    }

    /// The element `selector` finds (CSS).
    func element(_ selector: String) throws -> String {
        let answer = try call("POST", "/session/\(session)/element", ["using": "css selector", "value": selector])
        guard let value = answer["value"] as? [String: Any], let id = value.values.first as? String, value.count == 1 else {
            throw Failure(description: "no element \(selector): \(answer)")
        }
        return id
    }

    /// Types `text` into the element (WebDriver key codes allowed).
    func type(_ text: String, into selector: String) throws {
        _ = try call("POST", "/session/\(session)/element/\(try element(selector))/value", ["text": text])
    }

    /// Empties the element (a text field or text area) as WebDriver's clear does.
    func clear(_ selector: String) throws {
        _ = try call("POST", "/session/\(session)/element/\(try element(selector))/clear", [:])
    }

    /// Sets a text area's whole value at once (typing 10 kB key by key is slow on a loaded machine).
    /// Runs through WebDriver's execute, which the page's CSP does not govern; the page has no script.
    func setValue(_ text: String, of selector: String) throws {
        // The element found by the script itself: an element reference passed as an argument
        // arrived as a plain object here, and the value went to it instead of the text area.
        let answer = try call("POST", "/session/\(session)/execute/sync",
                              ["script": "const e = document.querySelector(arguments[0]); e.value = arguments[1]; return e.value.length;", "args": [selector, text]])
        guard answer["value"] as? Int == text.utf16.count else {
            throw Failure(description: "the value of \(selector) was not set: \(answer)")
        }
    }

    /// Makes the browser window `width` by `height` CSS pixels (a phone's 390 wide, say).
    func resize(width: Int, height: Int) throws {
        _ = try call("POST", "/session/\(session)/window/rect", ["width": width, "height": height])
    }

    /// What `script` returns, run in the page (WebDriver's execute, which the page's CSP does not
    /// govern) with `args`.
    func run(_ script: String, _ args: [Any] = []) throws -> Any? {
        try call("POST", "/session/\(session)/execute/sync", ["script": script, "args": args])["value"]
    }

    /// The first bytes (at most 16), status and type of what `path` answers, fetched by the page
    /// itself (with the browser's cookie, as a click on the link would): WebDriver's asynchronous
    /// execute, bounded by the session's script timeout (90 s: a PDF is made on request).
    func fetchStart(_ path: String) throws -> (status: Int, type: String, start: [UInt8]) {
        let script = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], { credentials: 'same-origin' })
              .then(r => r.arrayBuffer().then(b => done({ status: r.status, type: r.headers.get('content-type') || '',
                                                         start: Array.from(new Uint8Array(b.slice(0, 16))) })))
              .catch(e => done({ status: 0, type: String(e), start: [] }));
            """
        let answer = try call("POST", "/session/\(session)/execute/async", ["script": script, "args": [path]], seconds: 100)
        guard let value = answer["value"] as? [String: Any] else { throw Failure(description: "fetch \(path): \(answer)") }
        return (value["status"] as? Int ?? 0, value["type"] as? String ?? "", (value["start"] as? [Int] ?? []).map { UInt8(truncatingIfNeeded: $0) })
    }

    /// The value of a form field now.
    func value(of selector: String) throws -> String {
        try call("GET", "/session/\(session)/element/\(try element(selector))/property/value")["value"] as? String ?? ""
    }

    /// Clicks the element.
    func click(_ selector: String) throws {
        _ = try call("POST", "/session/\(session)/element/\(try element(selector))/click", [:])
    }

    /// The browser's cookies for the current page, as `name=value` pairs.
    func cookies() throws -> [String: String] {
        let list = try call("GET", "/session/\(session)/cookie")["value"] as? [[String: Any]] ?? []
        var cookies: [String: String] = [:]
        for cookie in list { if let name = cookie["name"] as? String { cookies[name] = cookie["value"] as? String ?? "" } }
        return cookies
    }

    /// One WebDriver command over a plain HTTP/1.1 exchange on loopback, the answer read by its
    /// length within `seconds` (chromedriver says `Connection: close` but keeps the socket open;
    /// URLSession's callbacks never came inside the test runner).
    private func call(_ method: String, _ path: String, _ body: [String: Any]? = nil, seconds: Double? = nil) throws -> [String: Any] {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if body != nil { request += "Content-Type: application/json\r\nContent-Length: \(payload.count)\r\n" }
        request += "\r\n" + String(decoding: payload, as: UTF8.self)
        guard let client = RawClient(port: port), client.send(request), let answer = client.readResponse(seconds: seconds ?? callSeconds),
              let split = answer.range(of: "\r\n\r\n") else {
            throw Failure(description: "\(method) \(path): no answer from chromedriver within \(Int(seconds ?? callSeconds)) s")
        }
        let object = try JSONSerialization.jsonObject(with: Data(answer[split.upperBound...].utf8)) as? [String: Any] ?? [:]
        if let value = object["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(method) \(path): \(error) \(value["message"] ?? "")")
        }
        return object
    }
}
