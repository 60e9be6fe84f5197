import Foundation

/// One HTTP/1.1 request as the preview reads it: the method, the path asked for, and whether the
/// client keeps the connection open. Only what a browser sends for a page is understood; a request
/// that does not follow RFC 9112 is refused with 400.
struct HTTPRequest: Sendable, Equatable {
    var method: String
    /// The request target as written (`/am05-twente/beleidsdeel.html?x=1`).
    var target: String
    /// Whether the client wants the connection closed after the answer (`Connection: close`, or
    /// HTTP/1.0 without `keep-alive`).
    var closes = false

    /// The most bytes a request line and its headers may take; browsers send well under 8 KiB.
    static let headerLimit = 16 * 1024

    /// Why a request could not be read.
    enum Problem: Error, Equatable {
        /// Not HTTP/1.x, or not well formed: answered with 400.
        case malformed
        /// The headers do not end within `headerLimit` bytes: answered with 431.
        case tooLarge
    }

    /// Where the headers of `bytes` end (just after the blank line), or nil while they have not.
    static func headerEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<bytes.count where bytes[index] == 0x0A {
            if bytes[index - 1] == 0x0A { return index + 1 }
            if bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A { return index + 1 }
        }
        return nil
    }

    /// Reads the request line and headers (everything before the blank line).
    init(header bytes: ArraySlice<UInt8>) throws(Problem) {
        guard bytes.count <= Self.headerLimit else { throw .tooLarge }
        // Request lines and header names are ASCII; reject anything else outright.
        guard bytes.allSatisfy({ $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || (0x20...0x7E).contains($0) }) else { throw .malformed }
        // Split the bytes, not the string: to Swift "\r\n" is one character.
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Substring(String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { throw .malformed }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isLetter && $0.isUppercase }),
            parts[1].hasPrefix("/"), parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0"
        else { throw .malformed }
        var hosts = 0
        var connection: String?
        for line in lines.dropFirst() {
            // No obsolete line folding, no header without a name or colon (RFC 9112 section 5).
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" }), !line.hasPrefix(" "), !line.hasPrefix("\t")
            else { throw .malformed }
            let name = line[..<colon].lowercased()
            if name == "host" { hosts += 1 }
            if name == "connection" { connection = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).lowercased() }
        }
        // HTTP/1.1 requires exactly one Host header.
        if parts[2] == "HTTP/1.1" && hosts != 1 { throw .malformed }
        method = String(parts[0])
        target = String(parts[1])
        closes = parts[2] == "HTTP/1.0" ? connection != "keep-alive" : connection == "close"

    }
}
