/// Stable `id`s for headings, so a table of contents (or another document) can link to them.
///
/// An id is the heading's text, lowercased, with accents folded (`é` becomes `e`), every run of
/// other characters than ASCII letters and digits turned into one `-`, and no `-` at either end.
/// A repeated id gets `-2`, `-3`, ... in document order. A heading without letters or digits
/// gets `kop`.
public struct HeadingIDs: Sendable {
    private var used: Set<String> = []
    /// How many candidate ids were tried so far (for a test that the work stays linear).
    private(set) var probes = 0
    /// Per id that is taken, the number its next repetition tries first.
    private var nextNumber: [String: Int] = [:]

    /// Starts a document with no ids in use.
    public init() {}

    /// The id for the next heading with this content, unique within the document so far.
    public mutating func next(for content: Inlines) -> String {
        var slug = Slug()
        slug.add(content)
        return unique(slug.text)
    }

    /// `base`, or `base-N` with the smallest free N from where the last id with this base
    /// stopped. An id `base-N` can only be a candidate of `base` (N is the digits after the last
    /// `-`), so every id is tried and found taken at most once: linear in the number of headings,
    /// where trying 2, 3, ... afresh for each heading made 10,000 alike themes quadratic.
    private mutating func unique(_ base: String) -> String {
        probes += 1
        if used.insert(base).inserted { return base }  // one hash for the usual unique heading
        var number = nextNumber[base] ?? 2
        var candidate = "\(base)-\(number)"
        while used.contains(candidate) {
            probes += 1
            number += 1
            candidate = "\(base)-\(number)"
        }
        nextNumber[base] = number + 1
        used.insert(candidate)
        return candidate
    }

    /// The id for a text without de-duplication: `"Één werkplan (2025)"` gives `"een-werkplan-2025"`.
    public static func slug(_ text: String) -> String {
        var slug = Slug()
        slug.add(text)
        return slug.text
    }
}

/// Builds an id from text read piece by piece (the texts of a heading's inlines, so no plain
/// text string is made first), working on UTF-8 bytes.
struct Slug {
    private var bytes: [UInt8] = []
    private var pendingDash = false

    /// Room for the id of a heading of usual length at once, instead of growing three times.
    init() {
        bytes.reserveCapacity(48)
    }

    /// The id so far, or `kop` when it has no letters or digits.
    var text: String { bytes.isEmpty ? "kop" : String(decoding: bytes, as: UTF8.self) }

    mutating func add(_ inlines: Inlines) {
        for inline in inlines {
            switch inline {
            case .text(let text): text.withUTF8 { add($0) }
            case .code(let text): add(text)
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                add(content)
            case .softBreak, .hardBreak: pendingDash = true  // a space in the plain text
            }
        }
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }

    /// Adds UTF-8 text.
    mutating func add(_ utf8: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                if ASCII.isAlphanumeric(byte) { append(ASCII.isLetter(byte) ? byte | 0x20 : byte) } else { pendingDash = true }
                index += 1
                continue
            }
            // A non-ASCII scalar: only the two-byte ones can be Latin letters we fold.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if length == 2, index + 1 < utf8.count {
                let value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                let (first, second) = LatinFolding.base(ofValue: value)
                if first != 0 {
                    append(first)
                    if second != 0 { append(second) }
                } else {
                    pendingDash = true
                }
            } else {
                pendingDash = true
            }
            index += length
        }
    }

    private mutating func append(_ byte: UInt8) {
        if pendingDash && !bytes.isEmpty { bytes.append(0x2D) }
        pendingDash = false
        bytes.append(byte)
    }
}

/// The ASCII letters of accented Latin letters (Latin-1 Supplement and Latin Extended-A), so
/// ids need no Unicode tables: `é` gives `e`, `ĳ` gives `ij`, `ß` gives `ss`.
enum LatinFolding {
    static func base(of scalar: Unicode.Scalar) -> String? {
        let (first, second) = base(ofValue: scalar.value)
        guard first != 0 else { return nil }
        return String(decoding: second == 0 ? [first] : [first, second], as: UTF8.self)
    }

    /// The one or two lowercase ASCII letters for the scalar `value` (the second 0 when there is
    /// one), or `(0, 0)` when it is not a Latin letter we fold.
    static func base(ofValue value: UInt32) -> (UInt8, UInt8) {
        if value >= 0xC0 && value <= 0xFF {
            let letter = latin1.utf8Start[Int(value - 0xC0)]
            switch letter {
            case UInt8(ascii: "."): return (0, 0)
            case UInt8(ascii: "A") where value == 0xC6 || value == 0xE6: return (0x61, 0x65)  // ae
            case UInt8(ascii: "s"): return value == 0xDF ? (0x73, 0x73) : (0x73, 0)
            case UInt8(ascii: "t"): return value == 0xDE || value == 0xFE ? (0x74, 0x68) : (0x74, 0)
            default: return (letter | 0x20, 0)
            }
        }
        if value >= 0x100 && value <= 0x17F {
            if value == 0x132 || value == 0x133 { return (0x69, 0x6A) }  // ij
            if value == 0x152 || value == 0x153 { return (0x6F, 0x65) }  // oe
            let letter = extendedA.utf8Start[Int(value - 0x100)]
            return letter == UInt8(ascii: ".") ? (0, 0) : (letter, 0)
        }
        return (0, 0)
    }

    /// U+00C0 to U+00FF; `.` for signs that are not letters.
    private static let latin1: StaticString = "AAAAAAACEEEEIIIIDNOOOOO.OUUUUYtsaaaaaaAceeeeiiiidnooooo.ouuuuyty"
    /// U+0100 to U+017F; `.` where the base is two letters (handled above).
    private static let extendedA: StaticString = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
}

/// A heading found in a document, for a table of contents.
public struct HeadingEntry: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The heading's text without markup.
    public var text: String
    /// The `id` the HTML writer gives the heading.
    public var id: String

    /// Makes an entry.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }

    /// The headings of `blocks` in document order (including headings in block quotes and list
    /// items), with the ids every writer gives them.
    public static func all(in blocks: [Block]) -> [HeadingEntry] {
        all(in: blocks, after: [])
    }

    /// The headings of `blocks`, with the ids they have after the headings of `before` took theirs:
    /// `all(in: before + blocks)` without the first `before`'s, in one pass and without joining
    /// the two arrays (``Document/headings`` made both, and every writer asks for them).
    static func all(in blocks: [Block], after before: [Block]) -> [HeadingEntry] {
        var ids = HeadingIDs()
        var entries: [HeadingEntry] = []
        func visit(_ blocks: [Block], listing: Bool) {
            for block in blocks {
                switch block {
                case .heading(let level, let content):
                    let id = ids.next(for: content)
                    if listing { entries.append(HeadingEntry(level: level, text: content.plainText, id: id)) }
                case .blockQuote(let inner):
                    visit(inner, listing: listing)
                case .list(let list):
                    for item in list.items { visit(item, listing: listing) }
                case .paragraph, .codeBlock, .thematicBreak, .table, .figure, .tableOfContents:
                    break
                }
            }
        }
        visit(before, listing: false)
        visit(blocks, listing: true)
        return entries
    }
}
