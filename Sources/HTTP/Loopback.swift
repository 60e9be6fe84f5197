import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The IPv4 loopback address, 127.0.0.1: where the server listens, and where benchmarks and tests
/// ask it, as a browser would, over a plain socket.
public enum Loopback {
    /// Calls `body` with 127.0.0.1:`port` as the generic socket address `bind` and `connect` take.
    static func withAddress<Result>(port: UInt16, host: UInt32 = 0x7F00_0001, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = host.bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }

    /// The IPv4 address `text` (`127.0.0.1`, `0.0.0.0`) as a number in host order; nil when it is not one.
    public static func parseAddress(_ text: String) -> UInt32? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return UInt32(bigEndian: address.s_addr)
    }

    /// Whether `address` (host order) is in 127.0.0.0/8.
    public static func isLoopback(_ address: UInt32) -> Bool { address >> 24 == 127 }

    /// `address` (host order) written as `a.b.c.d`.
    public static func text(of address: UInt32) -> String {
        "\(address >> 24).\(address >> 16 & 0xFF).\(address >> 8 & 0xFF).\(address & 0xFF)"
    }

    /// Sends `request` as it is to 127.0.0.1:`port` and reads the answer until the server closes
    /// the connection; nil when no one listens there.
    public static func exchange(_ request: String, port: UInt16) -> String? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard withAddress(port: port, { connect(descriptor, $0, $1) }) == 0 else { return nil }
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress!, bytes.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            guard count > 0 else { break }
            answer += chunk[..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
