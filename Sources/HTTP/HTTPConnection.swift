#if canImport(Glibc)
import Glibc
#endif

/// One client's connection: reads its requests one after another, each within its time limits,
/// and writes the answers. The socket is non-blocking; every wait is a `poll` with a deadline, so
/// neither a client that sends slowly nor one that never reads holds the thread for longer than
/// the configuration allows.
public final class HTTPConnection: @unchecked Sendable {
    private let descriptor: Int32
    private let configuration: HTTPServer.Configuration
    private let hosts: Set<String>
    private var buffer: [UInt8] = []
    /// How far `buffer` has been searched for the end of a head.
    private var scanned = 0
    /// The client's IPv4 address (`127.0.0.1`), for logs and limits per address.
    public let peer: String
    /// Whether the connection is closed after the current answer.
    public private(set) var closing = false

    init(descriptor: Int32, configuration: HTTPServer.Configuration, hosts: Set<String>, peer: String = "127.0.0.1") {
        self.descriptor = descriptor
        self.peer = peer
        self.configuration = configuration
        self.hosts = hosts
    }

    deinit { close(descriptor) }

    /// Wakes a thread waiting on this connection and ends it (the server is stopping).
    func shutDown() {
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Serves requests until the client leaves, stays silent too long, or sends one that cannot be
    /// read as meant (answered with its status, then closed).
    func serve(_ handler: (HTTPRequest, HTTPConnection) -> Void) {
        while !closing {
            switch nextRequest() {
            case nil:
                return
            case .success(let request):
                if request.closes { closing = true }
                handler(request, self)
            case .failure(let problem):
                closing = true
                let status = problem.status
                respond(status, type: "text/plain; charset=utf-8", body: Array("\(status.code) \(status.reason)\n".utf8))
                // What else the client sent is read and dropped (without waiting) before closing:
                // closing with unread bytes resets the connection, and the client may lose the answer.
                shutdown(descriptor, Int32(SHUT_WR))
                var chunk = [UInt8](repeating: 0, count: 4096)
                var rounds = 0
                while rounds < 256 && recv(descriptor, &chunk, chunk.count, 0) > 0 { rounds += 1 }
            }
        }
    }

    /// The next request with its body; nil when the client closed or stayed silent between requests.
    private func nextRequest() -> Result<HTTPRequest, HTTPRequest.Problem>? {
        // Silence before a request is the idle limit; once its first byte is in, the head limit.
        var deadline = buffer.isEmpty ? Deadline(after: configuration.idleTimeout) : Deadline(after: configuration.headTimeout)
        var started = !buffer.isEmpty
        let end: Int
        while true {
            if let found = HTTPRequest.headEnd(in: buffer, from: max(0, scanned - 3)) {
                end = found
                break
            }
            scanned = buffer.count
            if buffer.count > configuration.headLimit { return .failure(.headersTooLarge) }
            switch receive(until: deadline) {
            case .gone: return nil
            case .late: return started ? .failure(.timedOut) : nil
            case .received:
                if !started {
                    started = true
                    deadline = Deadline(after: configuration.headTimeout)
                }
            }
        }
        guard end <= configuration.headLimit else { return .failure(.headersTooLarge) }
        var request: HTTPRequest
        let length: Int
        do {
            request = try HTTPRequest(head: buffer[..<end])
            guard hosts.contains(request.host) else { return .failure(.misdirected) }
            length = try request.bodyLength
        } catch {
            return .failure(error)
        }
        guard length <= configuration.bodyLimit else { return .failure(.bodyTooLarge) }
        let bodyDeadline = Deadline(after: configuration.bodyTimeout)
        while buffer.count - end < length {
            switch receive(until: bodyDeadline) {
            case .gone: return nil
            case .late: return .failure(.timedOut)
            case .received: continue
            }
        }
        request.body = Array(buffer[end..<end + length])
        buffer.removeFirst(end + length)
        scanned = 0
        return .success(request)
    }

    private enum Received { case received, gone, late }

    /// Reads what the client sent into `buffer`, waiting at most until `deadline`.
    private func receive(until deadline: Deadline) -> Received {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count > 0 {
                buffer += chunk[..<count]
                return .received
            }
            if count == 0 { return .gone }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return .gone }
            let left = deadline.remainingMilliseconds
            guard left > 0 else { return .late }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, left)
            if ready == 0 { return .late }
            if ready < 0 && errno != EINTR { return .gone }
        }
    }

    /// Writes a whole response with `body`; `head` leaves the body out (for HEAD requests).
    public func respond(_ status: HTTPStatus, type: String, body: [UInt8], head: Bool = false, extraHeaders: [String] = []) {
        var lines = ["HTTP/1.1 \(status.code) \(status.reason)", "Content-Type: \(type)", "Content-Length: \(body.count)",
                     "Cache-Control: no-store", "X-Content-Type-Options: nosniff"] + extraHeaders
        if closing { lines.append("Connection: close") }
        let header = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        if !send(header) { closing = true; return }
        if !head, !send(body) { closing = true }
    }

    /// Starts a stream (Server-Sent Events, say): the header without a length; the connection
    /// ends with the stream. False when the client has gone.
    public func startStream(type: String) -> Bool {
        closing = true
        let header = "HTTP/1.1 200 OK\r\nContent-Type: \(type)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        return send(Array(header.utf8))
    }

    /// Writes `bytes` completely; false when the client has gone or has not read them within the
    /// send time limit (then the connection is closed).
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        let deadline = Deadline(after: configuration.sendTimeout)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if written > 0 {
                offset += written
                continue
            }
            guard written < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { break }
            let left = deadline.remainingMilliseconds
            guard left > 0 else { break }
            var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&poller, 1, left)
            if ready == 0 || (ready < 0 && errno != EINTR) { break }
        }
        if offset < bytes.count {
            closing = true
            return false
        }
        return true
    }
}
