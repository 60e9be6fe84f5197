import Foundation
import TestSupport

/// A headless Chromium driven through chromedriver's W3C WebDriver protocol (JSON over HTTP on
/// loopback), as a person at a keyboard would: typing, clicking, reading the page.
final class WebDriver {
    private let process = Process()
    private let port: UInt16
    private var session = ""

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts `chromedriver` on a free port and a headless Chromium session.
    init(chromedriver: String, chromium: String) throws {
        port = UInt16.random(in: 20_000...29_000)
        process.executableURL = URL(fileURLWithPath: chromedriver)
        process.arguments = ["--port=\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var ready = false
        for _ in 0..<200 where !ready {
            usleep(50_000)
            ready = (try? call("GET", "/status")) != nil
        }
        guard ready else { throw Failure(description: "chromedriver did not start") }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": [
            "binary": chromium, "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"],
        ]]]]
        let answer = try call("POST", "/session", capabilities)
        guard let value = answer["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            throw Failure(description: "no session: \(answer)")
        }
        session = id
    }

    deinit {
        if !session.isEmpty { _ = try? call("DELETE", "/session/\(session)") }
        process.terminate()
        process.waitUntilExit()
    }

    /// Opens `url`.
    func open(_ url: String) throws { _ = try call("POST", "/session/\(session)/url", ["url": url]) }

    /// The page's HTML now.
    func source() throws -> String { try call("GET", "/session/\(session)/source")["value"] as? String ?? "" }

    /// The address shown now.
    func url() throws -> String { try call("GET", "/session/\(session)/url")["value"] as? String ?? "" }

    /// The element `selector` finds (CSS).
    func element(_ selector: String) throws -> String {
        let answer = try call("POST", "/session/\(session)/element", ["using": "css selector", "value": selector])
        guard let value = answer["value"] as? [String: Any], let id = value.values.first as? String, value.count == 1 else {
            throw Failure(description: "no element \(selector): \(answer)")
        }
        return id
    }

    /// Types `text` into the element (WebDriver key codes allowed: \u{E009} Control, \u{E011} Home, ...).
    func type(_ text: String, into selector: String) throws {
        _ = try call("POST", "/session/\(session)/element/\(try element(selector))/value", ["text": text])
    }

    /// Clicks the element.
    func click(_ selector: String) throws {
        _ = try call("POST", "/session/\(session)/element/\(try element(selector))/click", [:])
    }

    /// One WebDriver command over a plain HTTP/1.1 exchange on loopback, the answer read by its
    /// length (chromedriver says `Connection: close` but keeps the socket open; URLSession's
    /// callbacks never came inside the test runner).
    private func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> [String: Any] {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if body != nil { request += "Content-Type: application/json\r\nContent-Length: \(payload.count)\r\n" }
        request += "\r\n" + String(decoding: payload, as: UTF8.self)
        guard let client = RawClient(port: port), client.send(request), let answer = client.readResponse(seconds: 120),
              let split = answer.range(of: "\r\n\r\n") else {
            throw Failure(description: "\(method) \(path): no answer")
        }
        let object = try JSONSerialization.jsonObject(with: Data(answer[split.upperBound...].utf8)) as? [String: Any] ?? [:]
        if let value = object["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(method) \(path): \(error) \(value["message"] ?? "")")
        }
        return object
    }
}
