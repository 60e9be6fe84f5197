/// Which link destinations a document may carry, the same for every writer: `javascript:`,
/// `vbscript:`, `file:` and `data:` are refused (except `data:` images in a raster format), so a
/// link in an agenda's text can never run script in a reader's browser, Word or PDF viewer.
enum LinkPolicy {
    /// Whether a destination may be written as a link (or, with `image`, as an image source):
    /// `javascript:`, `vbscript:`, `file:` and `data:` are refused, except `data:` images in a
    /// raster format. Browsers ignore leading spaces and control characters and tabs and line
    /// breaks inside a scheme, so those are ignored here too.
    static func allows(_ destination: String, image: Bool) -> Bool {
        var destination = destination
        return destination.withUTF8 { allows($0, image: image) }
    }

    /// Whether the UTF-8 destination `bytes` may be written as a link or image source (see above).
    static func allows(_ bytes: UnsafeBufferPointer<UInt8>, image: Bool) -> Bool {
        // Every refused scheme starts with j, v, f or d: most destinations (`https:`, `#`, a
        // path) are decided by their first character.
        for byte in bytes where byte > 0x20 && byte != 0x7F {
            switch byte | 0x20 {
            case UInt8(ascii: "j"), UInt8(ascii: "v"), UInt8(ascii: "f"), UInt8(ascii: "d"): break
            default: return true
            }
            break
        }
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
