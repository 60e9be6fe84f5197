import Foundation
import TestSupport
import Testing
@testable import HTTP

/// The server from outside, over raw sockets on 127.0.0.1, with short limits so that slow clients
/// are cut off within a second. Each test starts its own server on a port the system chooses and
/// stops it; nothing listens beyond 127.0.0.1.
@Suite(.timed) struct HTTPServerTests {
    /// Limits short enough for a test, long enough for a loaded machine.
    static var shortLimits: HTTPServer.Configuration {
        var configuration = HTTPServer.Configuration()
        configuration.idleTimeout = .seconds(5)
        configuration.headTimeout = .milliseconds(400)
        configuration.bodyTimeout = .milliseconds(400)
        configuration.sendTimeout = .milliseconds(400)
        configuration.maxConnections = 40
        configuration.maxConnectionsPerAddress = 16
        return configuration
    }

    /// A server answering `GET /` with "hallo", `GET /geheim` with "geheim", `GET /groot` with 16 MB.
    static func server(_ configuration: HTTPServer.Configuration = shortLimits) throws -> HTTPServer {
        let server = try HTTPServer(port: 0, configuration: configuration)
        let large = [UInt8](repeating: UInt8(ascii: "x"), count: 16 << 20)
        server.start { request, connection in
            switch (request.method, request.target) {
            case ("GET", "/"): connection.respond(.ok, type: "text/plain", body: Array("hallo".utf8))
            case ("GET", "/geheim"): connection.respond(.ok, type: "text/plain", body: Array("geheim".utf8))
            case ("GET", "/groot"): connection.respond(.ok, type: "text/plain", body: large)
            default: connection.respond(.methodNotAllowed, type: "text/plain", body: [])
            }
        }
        return server
    }

    static func get(_ path: String = "/", port: UInt16) -> String {
        "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n"
    }

    /// The median time, in milliseconds, a well-behaved client takes to connect, ask and be answered
    /// (five tries); fails the test when it is not answered.
    static func wellBehavedMilliseconds(port: UInt16) -> Double {
        var times: [Double] = []
        for _ in 0..<5 {
            let started = Date()
            let client = RawClient(port: port)
            client?.send(get(port: port))
            let answer = client?.readResponse(seconds: 5) ?? ""
            #expect(answer.hasSuffix("hallo"), "a well-behaved client is answered")
            times.append(Date().timeIntervalSince(started) * 1000)
        }
        return times.sorted()[2]
    }

    @Test func aWellBehavedClientIsServedWithKeepAlive() throws {
        let server = try Self.server()
        defer { server.stop() }
        let client = try #require(RawClient(port: server.port))
        for _ in 0..<3 {
            client.send(Self.get(port: server.port))
            let answer = try #require(client.readResponse())
            #expect(RawClient.status(of: answer) == 200)
            #expect(answer.hasSuffix("hallo"))
        }
    }

    /// A head sent a byte at a time is cut off at the head limit (before: each byte restarted the
    /// 10-second idle wait, so 16 KiB lasted 4.5 hours), and others are served meanwhile.
    @Test func aClientSendingSlowlyIsCutOff() throws {
        let server = try Self.server()
        defer { server.stop() }
        let slow = try #require(RawClient(port: server.port, from: "127.0.0.2"))
        let head = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nX-Langzaam: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 100)
        let started = Date()
        var cut = false
        for byte in head {
            guard slow.send(String(decoding: [byte], as: UTF8.self)) else { cut = true; break }
            usleep(50_000)
            var poller = pollfd(fd: slow.descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 0) > 0 { cut = true; break }
        }
        let answer = slow.readToEnd(seconds: 5)
        #expect(cut, "the server still waited after \(Date().timeIntervalSince(started)) s")
        #expect(RawClient.status(of: answer.text) == 408)
        #expect(answer.closed)
        #expect(Date().timeIntervalSince(started) < 3)
    }

    @Test func aBodyThatDoesNotComeIsCutOff() throws {
        let server = try Self.server()
        defer { server.stop() }
        let slow = try #require(RawClient(port: server.port, from: "127.0.0.2"))
        slow.send("POST / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Length: 10\r\n\r\nab")
        let answer = slow.readToEnd(seconds: 5)
        #expect(RawClient.status(of: answer.text) == 408)
        #expect(answer.closed)
    }

    /// A client that asks for a large answer and never reads it loses its connection at the send
    /// limit (before: its thread waited in send() for ever, past the idle timeout).
    @Test func aClientThatNeverReadsDoesNotHoldAThread() throws {
        let server = try Self.server()
        defer { server.stop() }
        var stuck: [RawClient] = []
        for _ in 0..<4 {
            let client = try #require(RawClient(port: server.port, from: "127.0.0.2", receiveBuffer: 4096))
            client.send(Self.get("/groot", port: server.port))
            stuck.append(client)
        }
        let started = Date()
        while server.connectionCount < 4 && Date().timeIntervalSince(started) < 5 { usleep(10_000) }
        #expect(Self.wellBehavedMilliseconds(port: server.port) < 100)
        while server.connectionCount > 0 && Date().timeIntervalSince(started) < 10 { usleep(10_000) }
        #expect(server.connectionCount == 0, "the connections that never read are closed")
        _ = stuck
    }

    /// 1,000 connections: past the limits each is answered 503 and closed by the accepting thread;
    /// no thread is started for them, and a client from another address is served meanwhile
    /// (before: 500 connections were 502 threads).
    @Test func aThousandConnectionsDoNotTakeAThousandThreads() throws {
        var configuration = Self.shortLimits
        configuration.idleTimeout = .seconds(120)  // the admitted ones stay for the whole test
        let server = try Self.server(configuration)
        defer { server.stop() }
        let threadsBefore = threadCount()
        var flood: [RawClient] = []
        var most = 0
        for _ in 0..<1000 {
            if let client = RawClient(port: server.port, from: "127.0.0.3") { flood.append(client) }
            most = max(most, server.connectionCount)
        }
        #expect(flood.count == 1000)
        #expect(most <= 16, "connections served at once")
        let started = Date()
        while server.refusedConnections < flood.count - 16 && Date().timeIntervalSince(started) < 10 { usleep(10_000) }
        #expect(server.refusedConnections == flood.count - 16)
        #expect(server.connectionCount <= 16, "one address holds at most its share")
        #expect(threadCount() - threadsBefore < 60, "threads: \(threadsBefore) before, \(threadCount()) with 1,000 connections")
        // The refused ones were told so.
        let refused = try #require(flood.last).readToEnd(seconds: 5)
        #expect(RawClient.status(of: refused.text) == 503 || refused.text.isEmpty)
        #expect(refused.closed)
        // Another address is served meanwhile, within 100 ms.
        #expect(Self.wellBehavedMilliseconds(port: server.port) < 100)
        // And the first address again once its connections are gone.
        flood.removeAll()
        let freed = Date()
        while server.connectionCount > 0 && Date().timeIntervalSince(freed) < 10 { usleep(10_000) }
        let again = try #require(RawClient(port: server.port, from: "127.0.0.3"))
        again.send(Self.get(port: server.port))
        #expect(try #require(again.readResponse()).hasSuffix("hallo"))
    }

    @Test func theTotalLimitHoldsAcrossAddresses() throws {
        var configuration = Self.shortLimits
        configuration.maxConnections = 8
        configuration.maxConnectionsPerAddress = 8
        let server = try Self.server(configuration)
        defer { server.stop() }
        var held: [RawClient] = []
        for index in 0..<12 {
            held.append(try #require(RawClient(port: server.port, from: "127.0.0.\(10 + index)")))
        }
        let started = Date()
        while server.refusedConnections < 4 && Date().timeIntervalSince(started) < 5 { usleep(10_000) }
        #expect(server.connectionCount == 8)
        #expect(server.refusedConnections == 4)
    }

    /// Every malformed Content-Length is a 400 and closes the connection: the body is never answered
    /// as a second request (before: `05`, `0, 5` and `026` were read as zero, and the smuggled
    /// request behind them was served).
    @Test(arguments: [
        "Content-Length: 05", "Content-Length: 026", "Content-Length: 0, 5", "Content-Length: +5", "Content-Length: -5",
        "Content-Length: 5\r\nContent-Length: 7", "Content-Length: 5\r\nContent-Length: 5", "Transfer-Encoding: chunked",
        "Transfer-Encoding: chunked\r\nContent-Length: 5", "Content-Length: 5x", "Content-Length: ",
    ])
    func malformedLengthsAreRefusedAndNothingIsSmuggled(field: String) throws {
        let server = try Self.server()
        defer { server.stop() }
        let client = try #require(RawClient(port: server.port))
        let smuggled = "GET /geheim HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n"
        client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\(field)\r\n\r\nhallo" + smuggled)
        let answer = client.readToEnd(seconds: 5)
        #expect(RawClient.status(of: answer.text) == 400)
        #expect(!answer.text.contains("geheim"))
        #expect(answer.closed)
    }

    @Test func aPostWithoutLengthIsRefusedAndItsBodyNotRead() throws {
        let server = try Self.server()
        defer { server.stop() }
        let client = try #require(RawClient(port: server.port))
        client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n" + Self.get("/geheim", port: server.port))
        let answer = client.readToEnd(seconds: 5)
        #expect(RawClient.status(of: answer.text) == 411)
        #expect(!answer.text.contains("geheim"))
    }

    @Test func aFramedBodyIsReadAndTheNextRequestServed() throws {
        let server = try Self.server()
        defer { server.stop() }
        let client = try #require(RawClient(port: server.port))
        client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Length: 5\r\n\r\nhallo" + Self.get("/geheim", port: server.port))
        #expect(RawClient.status(of: try #require(client.readResponse())) == 405)
        #expect(try #require(client.readResponse()).hasSuffix("geheim"))
    }

    @Test func aBodyPastTheLimitIsRefused() throws {
        let server = try Self.server()
        defer { server.stop() }
        let client = try #require(RawClient(port: server.port))
        client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Length: \(2 << 20)\r\n\r\n")
        #expect(RawClient.status(of: client.readToEnd(seconds: 5).text) == 413)
    }

    /// Only the names the server listens on (DNS rebinding: a page on another site whose name
    /// points at 127.0.0.1 sends its own name).
    @Test(arguments: [
        ("evil.example:PORT", 421), ("evil.example", 421), ("127.0.0.1", 421), ("127.0.0.1:1", 421), ("localhost.evil.example:PORT", 421),
        ("127.0.0.1:PORT", 200), ("localhost:PORT", 200), ("LOCALHOST:PORT", 200), ("", 421),
    ])
    func onlyItsOwnHostIsServed(host: String, status: Int) throws {
        let server = try Self.server()
        defer { server.stop() }
        let client = try #require(RawClient(port: server.port))
        client.send("GET /geheim HTTP/1.1\r\nHost: \(host.replacingOccurrences(of: "PORT", with: "\(server.port)"))\r\nConnection: close\r\n\r\n")
        let answer = client.readToEnd(seconds: 5).text
        #expect(RawClient.status(of: answer) == status)
        #expect(answer.hasSuffix("geheim") == (status == 200))
    }

    @Test func aRequestWithoutOrWithTwoHostsIsMalformed() throws {
        let server = try Self.server()
        defer { server.stop() }
        for request in ["GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.0\r\n\r\n", "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nHost: evil.example\r\n\r\n"] {
            let client = try #require(RawClient(port: server.port))
            client.send(request)
            #expect(RawClient.status(of: client.readToEnd(seconds: 5).text) == 400, "\(request)")
        }
    }

    @Test func stoppingEndsIdleConnections() throws {
        let server = try Self.server()
        let client = try #require(RawClient(port: server.port))
        let started = Date()
        while server.connectionCount < 1 && Date().timeIntervalSince(started) < 5 { usleep(10_000) }
        server.stop()
        #expect(client.readToEnd(seconds: 2).closed, "closed by the stop, not by the 5-second idle limit")
    }
}
