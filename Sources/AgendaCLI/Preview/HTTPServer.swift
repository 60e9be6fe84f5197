import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on a socket bound to the loopback address only (127.0.0.1): nobody else
/// on the network can reach it. Each connection is served on a thread of its own, one request at a
/// time (keep-alive), by a handler that answers a request with a response or streams to it.
final class HTTPServer: @unchecked Sendable {
    /// The port the server listens on.
    let port: UInt16
    private let listener: Int32

    /// How long a connection may stay silent before it is closed, in milliseconds.
    static let idleTimeout: Int32 = 10_000

    /// Why the server could not start.
    enum StartProblem: Error {
        /// Every port from the one asked for to the last one tried is taken.
        case noFreePort(first: UInt16, last: UInt16)
        /// The socket could not be made (`errno`).
        case socket(Int32)
    }

    /// Binds 127.0.0.1 on `port`, or on the next free one when it is taken (trying `attempts` ports).
    init(port: UInt16, attempts: Int = 20) throws {
        let attempts = max(1, min(attempts, Int(UInt16.max - port) + 1))
        for offset in 0..<attempts {
            let candidate = port + UInt16(offset)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard descriptor >= 0 else { throw StartProblem.socket(errno) }
            // A port just left by an earlier preview (connections in TIME_WAIT) may be used again;
            // a port another program listens on stays taken.
            var reuse: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
            let bound = Loopback.withAddress(port: candidate) { bind(descriptor, $0, $1) }
            // Non-blocking, so accepting stops when no one is waiting any more.
            if bound == 0 && listen(descriptor, 64) == 0 && fcntl(descriptor, F_SETFL, O_NONBLOCK) == 0 {
                // Port 0 lets the system choose one: ask which.
                var actual = sockaddr_in()
                var length = socklen_t(MemoryLayout<sockaddr_in>.size)
                _ = withUnsafeMutablePointer(to: &actual) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
                }
                self.port = UInt16(bigEndian: actual.sin_port)
                listener = descriptor
                return
            }
            let problem = errno
            close(descriptor)
            guard problem == EADDRINUSE || problem == EACCES else { throw StartProblem.socket(problem) }
        }
        throw StartProblem.noFreePort(first: port, last: port &+ UInt16(attempts - 1))
    }

    deinit { close(listener) }

    /// Accepts the connections that are waiting, or waits up to `timeout` milliseconds for one, and
    /// serves each on its own thread with `handler`.
    func acceptWaiting(timeout: Int32, handler: @escaping @Sendable (HTTPRequest, HTTPConnection) -> Void) {
        var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return }
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            let connection = HTTPConnection(descriptor: client)
            Thread.detachNewThread { connection.serve(handler) }
        }
    }
}

/// One client's connection: reads its requests one after another and writes the answers.
final class HTTPConnection: @unchecked Sendable {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Whether the connection is to be closed after the current answer.
    private(set) var closing = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Serves requests until the client leaves, is silent too long, or sends one that is not HTTP.
    func serve(_ handler: @Sendable (HTTPRequest, HTTPConnection) -> Void) {
        while !closing {
            guard let header = readHeader() else { return }
            switch header {
            case .success(let request):
                if request.closes { closing = true }
                handler(request, self)
            case .failure(let problem):
                closing = true
                let status = problem == .tooLarge ? HTTPStatus.headersTooLarge : .badRequest
                respond(status, type: "text/plain; charset=utf-8", body: Array("\(status.code) \(status.reason)\n".utf8))
            }
        }
    }

    /// The next request's header, nil when the client closed or stayed silent.
    private func readHeader() -> Result<HTTPRequest, HTTPRequest.Problem>? {
        while true {
            if let end = HTTPRequest.headerEnd(in: buffer) {
                defer { buffer.removeFirst(end) }
                // A request with a body is not something a page asks the preview: refuse it.
                do {
                    let request = try HTTPRequest(header: buffer[..<end])
                    let lowered = String(decoding: buffer[..<end], as: UTF8.self).lowercased()
                    if lowered.contains("\ncontent-length:") && !lowered.contains("\ncontent-length: 0") || lowered.contains("\ntransfer-encoding:") {
                        return .failure(.malformed)
                    }
                    return .success(request)
                } catch {
                    return .failure(error)
                }
            }
            if buffer.count > HTTPRequest.headerLimit { return .failure(.tooLarge) }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, HTTPServer.idleTimeout) > 0 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count < 0 && (errno == EAGAIN || errno == EINTR) { continue }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }

    /// Writes a whole response with `body`; `head` leaves the body out (for HEAD requests).
    func respond(_ status: HTTPStatus, type: String, body: [UInt8], head: Bool = false, extraHeaders: [String] = []) {
        var lines = ["HTTP/1.1 \(status.code) \(status.reason)", "Content-Type: \(type)", "Content-Length: \(body.count)",
                     "Cache-Control: no-store", "X-Content-Type-Options: nosniff"] + extraHeaders
        if closing { lines.append("Connection: close") }
        let header = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        if !send(header) { closing = true; return }
        if !head, !send(body) { closing = true }
    }

    /// Starts a stream of Server-Sent Events: the header, no length; the connection ends with it.
    func startEventStream() -> Bool {
        closing = true
        let header = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        return send(Array(header.utf8))
    }

    /// Writes `bytes` completely; false when the client has gone.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if written > 0 {
                offset += written
            } else if written < 0 && (errno == EINTR) {
                continue
            } else if written < 0 && errno == EAGAIN {
                var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                guard poll(&poller, 1, HTTPServer.idleTimeout) > 0 else { return false }
            } else {
                return false
            }
        }
        return true
    }
}

/// The statuses the preview answers with.
struct HTTPStatus: Sendable, Equatable {
    var code: Int
    var reason: String

    static let ok = HTTPStatus(code: 200, reason: "OK")
    static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    static let headersTooLarge = HTTPStatus(code: 431, reason: "Request Header Fields Too Large")
}
