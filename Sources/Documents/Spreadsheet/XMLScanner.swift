/// A small XML tokenizer for the parts of an office file: start and end tags with their attributes,
/// and text with the predefined and numeric character references resolved. Comments, processing
/// instructions and a document type are skipped; no entity is ever defined or expanded, so no
/// file can make it grow. Names are kept with their prefix; ``localName(_:)`` drops it.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], isEmpty: Bool)
        case end(name: String)
        case text(String)
    }

    /// Why the bytes are not XML this scanner reads; `offset` is where it went wrong.
    struct Failure: Error, Equatable {
        var offset: Int
    }

    /// The events of `bytes`, in order: for small parts (relationships, the workbook).
    static func events(_ bytes: [UInt8]) throws(Failure) -> [Event] {
        var events: [Event] = []
        try scan(bytes) { events.append($0); return true }
        return events
    }

    /// Hands every event of `bytes` to `handle` in order, holding none of them, until `handle`
    /// returns false. Linear in the length of `bytes`: every search starts where the last ended,
    /// so no input makes it look at a byte twice (100,000 comments once took a minute).
    static func scan(_ bytes: [UInt8], _ handle: (Event) -> Bool) throws(Failure) {
        var index = 0
        let count = bytes.count
        /// Whether `pattern` starts at `at`.
        func starts(_ pattern: StaticString, at: Int) -> Bool {
            let length = pattern.utf8CodeUnitCount
            guard at + length <= count else { return false }
            let base = pattern.utf8Start
            for offset in 0..<length where bytes[at + offset] != base[offset] { return false }
            return true
        }
        /// The first place at or after `start` where `pattern` starts.
        func find(_ pattern: StaticString, from start: Int) -> Int? {
            let first = pattern.utf8Start[0]
            var at = start
            while at < count {
                if bytes[at] == first && starts(pattern, at: at) { return at }
                at += 1
            }
            return nil
        }
        while index < count {
            if bytes[index] != UInt8(ascii: "<") {
                var end = index
                while end < count && bytes[end] != UInt8(ascii: "<") { end += 1 }
                guard handle(.text(resolve(String(decoding: bytes[index..<end], as: UTF8.self)))) else { return }
                index = end
                continue
            }
            guard index + 1 < count else { throw Failure(offset: index) }
            switch bytes[index + 1] {
            case UInt8(ascii: "?"):
                guard let end = find("?>", from: index + 2) else { throw Failure(offset: index) }
                index = end + 2
            case UInt8(ascii: "!"):
                if starts("<![CDATA[", at: index) {
                    guard let end = find("]]>", from: index + 9) else { throw Failure(offset: index) }
                    guard handle(.text(String(decoding: bytes[(index + 9)..<end], as: UTF8.self))) else { return }
                    index = end + 3
                } else if starts("<!--", at: index) {
                    guard let end = find("-->", from: index + 4) else { throw Failure(offset: index) }
                    index = end + 3
                } else {
                    guard let end = find(">", from: index) else { throw Failure(offset: index) }
                    index = end + 1
                }
            case UInt8(ascii: "/"):
                guard let end = find(">", from: index) else { throw Failure(offset: index) }
                let name = String(decoding: bytes[(index + 2)..<end], as: UTF8.self).trimmingWhitespace
                guard handle(.end(name: name)) else { return }
                index = end + 1
            default:
                let (event, next) = try startTag(bytes, at: index)
                guard handle(event) else { return }
                if case .start(let name, _, true) = event { guard handle(.end(name: name)) else { return } }
                index = next
            }
        }
    }

    /// A start tag at `start` (its `<`): the event and the index after its `>`.
    private static func startTag(_ bytes: [UInt8], at start: Int) throws(Failure) -> (Event, Int) {
        var index = start + 1
        let count = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func name() -> String {
            let from = index
            while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/"),
                  bytes[index] != UInt8(ascii: "=") { index += 1 }
            return String(decoding: bytes[from..<index], as: UTF8.self)
        }
        let tag = name()
        guard !tag.isEmpty else { throw Failure(offset: start) }
        var attributes: [String: String] = [:]
        while true {
            while index < count && isSpace(bytes[index]) { index += 1 }
            guard index < count else { throw Failure(offset: start) }
            if bytes[index] == UInt8(ascii: ">") { return (.start(name: tag, attributes: attributes, isEmpty: false), index + 1) }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < count, bytes[index + 1] == UInt8(ascii: ">") else { throw Failure(offset: index) }
                return (.start(name: tag, attributes: attributes, isEmpty: true), index + 2)
            }
            let key = name()
            while index < count && isSpace(bytes[index]) { index += 1 }
            guard !key.isEmpty, index < count, bytes[index] == UInt8(ascii: "=") else { throw Failure(offset: index) }
            index += 1
            while index < count && isSpace(bytes[index]) { index += 1 }
            guard index < count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { throw Failure(offset: index) }
            let quote = bytes[index]
            let from = index + 1
            index = from
            while index < count && bytes[index] != quote { index += 1 }
            guard index < count else { throw Failure(offset: from) }
            attributes[key] = resolve(String(decoding: bytes[from..<index], as: UTF8.self))
            index += 1
        }
    }

    /// `text` with `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and `&#N;`/`&#xH;` resolved; any other
    /// `&` is kept as it is.
    static func resolve(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = rest[rest.index(after: amp)..<semicolon]
            var replacement: String?
            switch name {
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "amp": replacement = "&"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                    replacement = String(scalar)
                } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
                    replacement = String(scalar)
                }
            }
            if let replacement {
                result += replacement
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return result + rest
    }

    /// `name` without its namespace prefix: `x:row` is `row`.
    static func localName(_ name: String) -> Substring {
        name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? Substring(name)
    }
}

extension String {
    var trimmingWhitespace: String {
        // Most values have no white space at their ends: seen from their first and last byte.
        func isPlain(_ byte: UInt8?) -> Bool { byte.map { $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) } ?? true }
        if isPlain(utf8.first) && isPlain(utf8.last) { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
