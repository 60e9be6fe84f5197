extension HTTPRequest {
    /// Where the head in `bytes` ends (just after the blank line), or nil while it has not; the
    /// search starts at `from`, so a head that arrives a byte at a time is scanned once.
    public static func headEnd(in bytes: [UInt8], from start: Int = 0) -> Int? {
        var index = max(start, 1)
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if bytes[index - 1] == 0x0A { return index + 1 }
                if index >= 2 && bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A { return index + 1 }
            }
            index += 1
        }
        return nil
    }

    /// Reads the request line and the header fields (everything up to and including the blank
    /// line); the body is not read here, `bodyLength` says how long it is.
    public init(head bytes: ArraySlice<UInt8>) throws(Problem) {
        // Request lines and field names are ASCII; anything else is refused outright.
        guard bytes.allSatisfy({ $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || (0x20...0x7E).contains($0) }) else { throw .malformed }
        // Split the bytes, not the string: to Swift "\r\n" is one character.
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { throw .malformed }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isLetter && $0.isUppercase }),
            parts[1].hasPrefix("/"), parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0"
        else { throw .malformed }
        var fields: [Field] = []
        for line in lines.dropFirst() {
            // No obsolete line folding, no field without a name or colon, no space before the colon
            // (RFC 9112 section 5).
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
            else { throw .malformed }
            let value = line[line.index(after: colon)...].trimmingOptionalWhiteSpace()
            fields.append(Field(name: line[..<colon].lowercased(), value: String(value)))
        }
        // Exactly one Host: RFC 9112 asks it of HTTP/1.1, and the server answers only to its own
        // names, so an HTTP/1.0 request without one is not served either.
        guard fields.count(where: { $0.name == "host" }) == 1 else { throw .malformed }
        method = String(parts[0])
        target = String(parts[1])
        version = String(parts[2])
        headers = fields
        _ = try bodyLength
    }

    /// How many bytes of body follow the head: the one valid `Content-Length`, 0 without one.
    ///
    /// RFC 9112 section 6: a `Transfer-Encoding` (this server reads no chunked bodies, and beside a
    /// `Content-Length` it is a sign of smuggling), two `Content-Length` fields, a list (`0, 5`), a
    /// sign (`+5`), a leading zero (`05`, `026`: read as octal or as 0 by some) or anything but
    /// digits is `badFraming`. A method that carries a body without a length is `lengthRequired`,
    /// so a body without framing is never read as the next request.
    public var bodyLength: Int {
        get throws(Problem) {
            if headers.contains(where: { $0.name == "transfer-encoding" }) { throw .badFraming }
            let lengths = headers.filter { $0.name == "content-length" }
            guard let field = lengths.first else {
                if ["POST", "PUT", "PATCH"].contains(method) { throw .lengthRequired }
                return 0
            }
            guard lengths.count == 1 else { throw .badFraming }
            let digits = field.value.utf8
            guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ (0x30...0x39).contains($0) }),
                digits.count == 1 || digits.first != 0x30, let length = Int(field.value)
            else { throw .badFraming }
            return length
        }
    }

    /// The `Host` field's value in lower case (a request always has exactly one).
    public var host: String {
        value(of: "host")?.lowercased() ?? ""
    }
}

extension StringProtocol {
    /// Without the spaces and tabs (RFC 9110's optional white space) at either end.
    func trimmingOptionalWhiteSpace() -> SubSequence {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
