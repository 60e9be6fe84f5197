import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on a socket bound to the loopback address (127.0.0.1) unless the
/// configuration names another: on loopback, nobody else on the network can reach it. One thread accepts connections and does nothing else; each
/// connection is served on a thread of its own, one request at a time (keep-alive), by a handler
/// that answers a request or streams to it. The number of connections (in total and per client
/// address) is bounded, and so the threads: a connection past a limit is answered 503 and closed
/// by the accepting thread, without a thread of its own.
public final class HTTPServer: @unchecked Sendable {
    /// The port the server listens on.
    public let port: UInt16
    /// The limits it keeps to.
    public let configuration: Configuration
    private let listener: Int32
    private let hosts: Set<String>

    private let lock = Lock()
    private var stopped = false
    private var accepting = false
    /// The connections being served, by a number of their own, to wake them when stopping.
    private var open: [Int: HTTPConnection] = [:]
    private var perAddress: [UInt32: Int] = [:]
    private var nextNumber = 0
    private var refusedCount = 0

    /// Why the server could not start.
    public enum StartProblem: Error {
        /// Every port from the one asked for to the last one tried is taken.
        case noFreePort(first: UInt16, last: UInt16)
        /// The socket could not be made (`errno`).
        case socket(Int32)
        /// `Configuration.bindAddress` is not an IPv4 address.
        case badAddress(String)
    }

    /// Binds `configuration.bindAddress` (127.0.0.1 by default) on `port`, or on the next free one
    /// when it is taken (trying `attempts` ports; port 0 lets the system choose). Serves nothing until `start`.
    public init(port: UInt16, attempts: Int = 20, configuration: Configuration = Configuration()) throws {
        self.configuration = configuration
        guard let host = Loopback.parseAddress(configuration.bindAddress) else { throw StartProblem.badAddress(configuration.bindAddress) }
        let attempts = max(1, min(attempts, Int(UInt16.max - port) + 1))
        for offset in 0..<attempts {
            let candidate = port + UInt16(offset)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard descriptor >= 0 else { throw StartProblem.socket(errno) }
            // A port just left by an earlier server (connections in TIME_WAIT) may be used again;
            // a port another program listens on stays taken.
            var reuse: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
            let bound = Loopback.withAddress(port: candidate, host: host) { bind(descriptor, $0, $1) }
            // Non-blocking, so accepting stops when no one is waiting any more.
            if bound == 0 && listen(descriptor, 128) == 0 && fcntl(descriptor, F_SETFL, O_NONBLOCK) == 0 {
                // Port 0 lets the system choose one: ask which.
                var actual = sockaddr_in()
                var length = socklen_t(MemoryLayout<sockaddr_in>.size)
                _ = withUnsafeMutablePointer(to: &actual) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
                }
                self.port = UInt16(bigEndian: actual.sin_port)
                listener = descriptor
                hosts = configuration.acceptedHosts(port: self.port)
                return
            }
            let problem = errno
            close(descriptor)
            guard problem == EADDRINUSE || problem == EACCES else { throw StartProblem.socket(problem) }
        }
        throw StartProblem.noFreePort(first: port, last: port &+ UInt16(attempts - 1))
    }

    deinit { close(listener) }

    /// Starts accepting on a thread of its own; every request is answered by `handler`, on the
    /// thread of its connection.
    public func start(handler: @escaping @Sendable (HTTPRequest, HTTPConnection) -> Void) {
        lock.withLock { accepting = true }
        DetachedThread.start { [self] in
            acceptUntilStopped(handler)
            lock.withLock { accepting = false }
        }
    }

    /// Stops accepting and ends every connection being served; returns once the accepting thread has stopped.
    public func stop() {
        let connections = lock.withLock {
            stopped = true
            return Array(open.values)
        }
        for connection in connections { connection.shutDown() }
        while lock.withLock({ accepting }) { usleep(1000) }
    }

    /// How many connections are being served now.
    public var connectionCount: Int { lock.withLock { open.count } }

    /// How many connections were refused for being past a limit, since the start.
    public var refusedConnections: Int { lock.withLock { refusedCount } }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptUntilStopped(_ handler: @escaping @Sendable (HTTPRequest, HTTPConnection) -> Void) {
        while !isStopped {
            // A short wait, so that `stop` is noticed soon; accepting takes no other time.
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            while !isStopped {
                var address = sockaddr_in()
                var length = socklen_t(MemoryLayout<sockaddr_in>.size)
                let client = withUnsafeMutablePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        accept(listener, $0, &length)
                    }
                }
                guard client >= 0 else { break }
                // Every wait on the connection is a poll with a deadline: no call may block.
                _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                let peer = UInt32(bigEndian: address.sin_addr.s_addr)
                guard let (number, connection) = admit(client, from: peer) else {
                    Self.refuse(client)
                    continue
                }
                DetachedThread.start { [self] in
                    connection.serve(handler)
                    leave(number, from: peer)
                }
            }
        }
    }

    /// Counts the connection on `client` in and makes it (owning the socket from then on), or nil
    /// when it is past a limit (the socket is still the caller's).
    private func admit(_ client: Int32, from peer: UInt32) -> (Int, HTTPConnection)? {
        lock.withLock {
            guard !stopped, open.count < configuration.maxConnections,
                perAddress[peer, default: 0] < configuration.maxConnectionsPerAddress
            else {
                refusedCount += 1
                return nil
            }
            let connection = HTTPConnection(descriptor: client, configuration: configuration, hosts: hosts, peer: Loopback.text(of: peer))
            nextNumber += 1
            open[nextNumber] = connection
            perAddress[peer, default: 0] += 1
            return (nextNumber, connection)
        }
    }

    private func leave(_ number: Int, from peer: UInt32) {
        lock.withLock {
            open[number] = nil
            perAddress[peer, default: 1] -= 1
            if perAddress[peer] == 0 { perAddress[peer] = nil }
        }
    }

    /// Answers 503 as far as the socket takes it without waiting, and closes: the thread that
    /// accepts never waits for a client.
    private static func refuse(_ client: Int32) {
        let answer = Array("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nConnection: close\r\n\r\n".utf8)
        _ = answer.withUnsafeBytes { Glibc.send(client, $0.baseAddress!, answer.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
        close(client)
    }
}
