/// Which link destinations a document may carry, the same for every writer: `javascript:`,
/// `vbscript:`, `file:` and `data:` are refused (except `data:` images in a raster format), so a
/// link in an agenda's text can never run script in a reader's browser, Word or PDF viewer.
///
/// A destination is judged as written and as a CommonMark renderer will read it: the Markdown
/// output goes on to cmark-gfm, pandoc and the like, which decode character references and then
/// backslash escapes, so `javascript&colon;alert(1)` or `java&Tab;script:` is a script link to
/// them. Every decoding of the destination, one level after another, must pass.
enum LinkPolicy {
    /// Whether a destination may be written as a link (or, with `image`, as an image source):
    /// `javascript:`, `vbscript:`, `file:` and `data:` are refused, except `data:` images in a
    /// raster format. Browsers ignore leading spaces and control characters and tabs and line
    /// breaks inside a scheme, so those are ignored here too.
    static func allows(_ destination: String, image: Bool) -> Bool {
        var destination = destination
        return destination.withUTF8 { allows($0, image: image) }
    }

    /// How many levels of references and escapes are read before a destination that still
    /// changes is refused: `&amp;amp;colon;` is two; no real address needs more than one.
    static let decodingLevels = 8

    /// Whether the UTF-8 destination `bytes` may be written as a link or image source (see above).
    static func allows(_ bytes: UnsafeBufferPointer<UInt8>, image: Bool) -> Bool {
        // Every refused scheme starts with j, v, f or d, or with a reference or an escape that may
        // stand for one: most destinations (`https:`, `#`, a path) are decided by their first byte.
        for byte in bytes where byte > 0x20 && byte != 0x7F {
            switch byte | 0x20 {
            case UInt8(ascii: "j"), UInt8(ascii: "v"), UInt8(ascii: "f"), UInt8(ascii: "d"): break
            default: if byte != UInt8(ascii: "&") && byte != UInt8(ascii: "\\") { return true }
            }
            break
        }
        guard allowsAsWritten(bytes, image: image) else { return false }
        guard bytes.contains(UInt8(ascii: "&")) || bytes.contains(UInt8(ascii: "\\")) else { return true }
        var view = Array(bytes)
        for _ in 0..<decodingLevels {
            let next = rendered(view)
            if next == view { return true }
            guard next.withUnsafeBufferPointer({ allowsAsWritten($0, image: image) }) else { return false }
            view = next
        }
        return false
    }

    /// `bytes` as cmark reads a link destination: character references decoded (the whole HTML5
    /// list), then a backslash before ASCII punctuation removed.
    static func rendered(_ bytes: [UInt8]) -> [UInt8] {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (next, text) = CharacterReference.decode(bytes, at: index, end: bytes.count) {
                decoded.append(contentsOf: text.utf8)
                index = next
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(decoded.count)
        index = 0
        while index < decoded.count {
            if decoded[index] == UInt8(ascii: "\\"), index + 1 < decoded.count, isPunctuation(decoded[index + 1]) { index += 1 }
            unescaped.append(decoded[index])
            index += 1
        }
        return unescaped
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// Whether `bytes`, read as they are, start with no refused scheme.
    private static func allowsAsWritten(_ bytes: UnsafeBufferPointer<UInt8>, image: Bool) -> Bool {
        // The first 24 bytes, lowercased, without spaces and controls, in a fixed buffer.
        var prefix: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        return withUnsafeMutableBytes(of: &prefix) { prefix in
            for byte in bytes {
                if byte <= 0x20 || byte == 0x7F { continue }
                prefix[count] = ASCII.isLetter(byte) ? byte | 0x20 : byte
                count += 1
                if count == 24 { break }
            }
            func starts(with text: StaticString) -> Bool {
                let length = text.utf8CodeUnitCount
                guard length <= count else { return false }
                for index in 0..<length where prefix[index] != text.utf8Start[index] { return false }
                return true
            }
            if starts(with: "javascript:") || starts(with: "vbscript:") || starts(with: "file:") { return false }
            guard starts(with: "data:") else { return true }
            guard image else { return false }
            return starts(with: "data:image/png;") || starts(with: "data:image/png,")
                || starts(with: "data:image/gif;") || starts(with: "data:image/gif,")
                || starts(with: "data:image/jpeg;") || starts(with: "data:image/jpeg,")
                || starts(with: "data:image/webp;") || starts(with: "data:image/webp,")
                || starts(with: "data:image/avif;") || starts(with: "data:image/avif,")
        }
    }
}
