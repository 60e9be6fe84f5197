import FoundationGaps

/// A form sent as `multipart/form-data` (a file upload): its text fields and its files, by name.
/// Only what an upload form of this server sends is read; anything malformed is nil, never a guess.
struct MultipartForm: Sendable {
    /// Text fields (UTF-8).
    var fields: [String: String] = [:]
    /// Files: name -> (file name, bytes).
    var files: [String: (name: String, bytes: [UInt8])] = [:]

    /// The form in `body`, sent with `contentType` (`multipart/form-data; boundary=...`).
    init?(contentType: String, body: [UInt8]) {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
              let range = contentType.rangeOfText("boundary=") else { return nil }
        var boundary = String(contentType[range.upperBound...].prefix { $0 != ";" })
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = String(boundary.dropFirst().dropLast()) }
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var start: Int?
        var index = 0
        while let found = Self.find(delimiter, in: body, from: index) {
            if let begin = start { parts.append(body[begin..<max(begin, found - 2)]) }  // the CRLF before a delimiter is not content
            index = found + delimiter.count
            if body.count >= index + 2, body[index] == UInt8(ascii: "-"), body[index + 1] == UInt8(ascii: "-") { break }
            index += 2  // CRLF after the delimiter
            start = index
        }
        guard !parts.isEmpty else { return nil }
        for part in parts {
            guard let split = Self.find(Array("\r\n\r\n".utf8), in: Array(part), from: 0) else { return nil }
            let bytes = Array(part)
            guard let head = String(validating: bytes[..<split], as: UTF8.self) else { return nil }
            let content = Array(bytes[(split + 4)...])
            var name: String?, fileName: String?
            for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = Self.parameter("name", in: line)
                fileName = Self.parameter("filename", in: line)
            }
            guard let name else { return nil }
            if let fileName {
                files[name] = (fileName, content)
            } else {
                guard let text = String(validating: content, as: UTF8.self) else { return nil }
                if fields[name] == nil { fields[name] = text }
            }
        }
    }

    /// `name="value"` in a header line.
    private static func parameter(_ name: String, in line: Substring) -> String? {
        guard let range = line.rangeOfText(" \(name)=\"") ?? line.rangeOfText(";\(name)=\"") else { return nil }
        return String(line[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The first position of `needle` in `haystack` at or after `from`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var i = from
        let first = needle[0]
        while i <= haystack.count - needle.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The text fields as a `FormData` (for the CSRF token and the other fields).
    var formData: FormData {
        let encoded = fields.sorted { $0.key < $1.key }.map { Self.encode($0.key) + "=" + Self.encode($0.value) }.joined(separator: "&")
        return FormData(Substring(encoded)) ?? FormData()
    }

    private static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x2E || byte == 0x5F {
                result.append(c)
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return result
    }
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}
