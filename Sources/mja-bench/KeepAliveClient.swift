import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 connection to 127.0.0.1 kept open for many requests, as a browser's is: a request
/// is written, its answer read by `Content-Length`. `from` binds another loopback address, so more
/// clients than the server's limit per address can be measured.
final class KeepAliveClient {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    /// An answer: status, header block (as text) and body.
    struct Answer {
        var status: Int
        var head: String
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        /// The value of header `name` (case-insensitive), the first one.
        func header(_ name: String) -> String? {
            for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix(name.lowercased() + ":") {
                return String(line.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
            }
            return nil
        }
    }

    /// Connects to 127.0.0.1:`port` from `from` (a 127.x.y.z address); nil when it cannot.
    init?(port: UInt16, from: String = "127.0.0.1", seconds: Int = 30) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var noDelay: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, from, &local.sin_addr)
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr)
        let bound = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        let connected = withUnsafePointer(to: &remote) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, connected == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    /// Sends `request` and reads its answer; nil when the connection fails or closes first.
    func exchange(_ request: [UInt8]) -> Answer? {
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            sent += count
        }
        guard let end = fill(until: { Self.headEnd(in: $0) }) else { return nil }
        let head = String(decoding: buffer[..<end], as: UTF8.self)
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        var answer = Answer(status: status, head: head, body: [])
        let length = answer.header("Content-Length").flatMap { Int($0) } ?? 0
        guard fill(until: { $0.count >= end + 4 + length ? end + 4 + length : nil }) != nil else { return nil }
        answer.body = Array(buffer[(end + 4)..<(end + 4 + length)])
        buffer.removeFirst(end + 4 + length)
        return answer
    }

    /// Reads until `done` finds what it needs in the buffer; its result, or nil at a close or error.
    private func fill(until done: ([UInt8]) -> Int?) -> Int? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let found = done(buffer) { return found }
            let count = recv(descriptor, &chunk, chunk.count, 0)
            // The server in this process runs git: a child's end (SIGCHLD) interrupts a wait here.
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }

    /// Where the head ends (the index of `\r\n\r\n`), nil when it has not all arrived.
    private static func headEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }
}
