/// Turns the path of a request into the name of a file the preview serves, or says why there is none.
/// Names are looked up in the preview's own list of documents, never on the disk; a path that
/// tries to step out (`..`, also written `%2e%2e` or with a backslash) names nothing.
enum PreviewPath {
    /// What a request path turned out to name.
    enum Resolved: Equatable {
        /// A document name relative to the output folder: `am05-twente/beleidsdeel.html`, `index.html`.
        case file(String)
        /// The path is not well formed (a bad `%` escape, a NUL, invalid UTF-8): 400.
        case badRequest
        /// A path that can never name a document (`..`, `.`, a backslash, an empty segment): 404.
        case outside
    }

    /// The document name for `target`; the query and fragment are dropped, `/` and a folder ending in
    /// `/` mean its `index.html`.
    static func resolve(_ target: String) -> Resolved {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard let decoded = percentDecoded(path) else { return .badRequest }
        guard !decoded.contains("\0") else { return .badRequest }
        guard !decoded.contains("\\") else { return .outside }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        guard !segments.isEmpty, segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return .outside }
        return .file(segments.joined(separator: "/"))
    }

    /// `path` with every `%XX` replaced by its byte; nil for a `%` without two hex digits or bytes
    /// that are not UTF-8.
    static func percentDecoded(_ path: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(path.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
