import Foundation
import HTTP
#if canImport(Glibc)
import Glibc
#endif

/// A client on a raw socket, as a hostile or slow one would be: connects to 127.0.0.1 from a
/// loopback address of its choice (127.0.0.2, 127.0.0.3: Linux routes all of 127/8 to the loopback,
/// so the server sees other client addresses), sends exactly the bytes it is given, reads when asked.
/// Shared by the tests of the HTTP layer and of the workspace server.
public final class RawClient {
    public let descriptor: Int32
    /// Bytes read past the last response `readResponse` returned.
    private var pending: [UInt8] = []

    /// Connects to 127.0.0.1:`port` from `source` (an address in 127/8); nil when refused.
    public init?(port: UInt16, from source: String = "127.0.0.1", receiveBuffer: Int32? = nil) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        if var size = receiveBuffer {
            setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, source, &local.sin_addr)
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = port.bigEndian
        remote.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &local) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, connected == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    /// Sends `text` as it is; false when the server has closed.
    @discardableResult
    public func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress!, bytes.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    /// Reads until the server closes the connection or `seconds` pass; what came, and whether it closed.
    public func readToEnd(seconds: Double = 10) -> (text: String, closed: Bool) {
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return (String(decoding: answer, as: UTF8.self), false) }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(left * 1000) + 1) > 0 else { continue }
            let count = recv(descriptor, &chunk, chunk.count, 0)
            guard count > 0 else { return (String(decoding: answer, as: UTF8.self), true) }
            answer += chunk[..<count]
        }
    }

    /// Reads one response with a `Content-Length` (keeping the connection), within `seconds`.
    public func readResponse(seconds: Double = 10) -> String? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(seconds)
        while deadline.timeIntervalSinceNow > 0 {
            if let end = HTTPRequest.headEnd(in: pending) {
                let head = String(decoding: pending[..<end], as: UTF8.self)
                let line = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                let length = line.flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                if pending.count - end >= length {
                    defer { pending.removeFirst(end + length) }
                    return String(decoding: pending[..<(end + length)], as: UTF8.self)
                }
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = recv(descriptor, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            pending += chunk[..<count]
        }
        return nil
    }

    /// The status code at the start of `text` (0 when there is none).
    public static func status(of text: String) -> Int {
        text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    }
}
