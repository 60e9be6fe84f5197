import Documents

/// The abbreviations a document uses, from the registry `afkortingen.toml`, as a table for the
/// place where the template has a ```` ```afkortingen ```` block. A term counts when it stands in
/// the text as a word of its own (`bbl`, `O&O`, `ESF+`; a lower-case term also in capitals, `MBO`).
struct AbbreviationList: Sendable {
    let abbreviations: [Registry.Abbreviation]
    /// What looks for the terms in a text, made once for every document of a build.
    private let finder: TermFinder

    init(abbreviations: [Registry.Abbreviation]) {
        self.abbreviations = abbreviations
        self.finder = TermFinder(abbreviations)
    }

    /// The table of the abbreviations that occur in `blocks`, in alphabetical order; a sentence when
    /// none does.
    func block(for blocks: [Block]) -> Block {
        let used = abbreviations.indices.filter(finder.found(in: blocks).contains).map { abbreviations[$0] }
            .sorted { ($0.term.lowercased(), $0.term) < ($1.term.lowercased(), $1.term) }
        guard !used.isEmpty else { return .paragraph([.text("Dit document gebruikt geen afkortingen uit de lijst.")]) }
        return .table(Table(header: ["Afkorting", "Betekenis"], rows: used.map { [$0.term, $0.meaning] }))
    }

    /// Every word of the text: runs of letters, digits, `&` and `+`; only those of `lengths` bytes.
    static func words(in blocks: [Block], lengths: ClosedRange<Int> = 1...Int.max) -> Set<String> {
        var words = Set<String>()
        forEachWord(in: blocks, lengths: lengths) { word, _ in words.insert(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with every word of the text of `blocks` (see ``words(in:lengths:)``) of `lengths`
    /// bytes, as its UTF-8, and whether it is surely ASCII (a word read character by character,
    /// next to other characters, is not).
    static func forEachWord(
        in blocks: [Block], lengths: ClosedRange<Int>, _ body: (UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Void
    ) {
        var buffer: [UInt8] = []
        func add(_ text: String) { forEachWord(of: text, lengths: lengths, buffer: &buffer, body) }
        // Cell by cell, header first, without an array of all of them.
        func addCells(of table: Table) {
            for cell in table.header { add(cell.plainText) }
            for row in table.rows {
                for cell in row { add(cell.plainText) }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let content), .heading(_, let content): add(content.plainText)
                case .blockQuote(let inner): visit(inner)
                case .list(let list): list.items.forEach(visit)
                case .table(let table): addCells(of: table)
                case .figure(let figure): addCells(of: figure.data)
                case .codeBlock(_, let text): add(text)
                case .thematicBreak, .tableOfContents: break
                }
            }
        }
        visit(blocks)
    }

    /// Calls `body` with the words of `text` of `lengths` bytes: what `text.split(whereSeparator:)`
    /// on the characters that are no letter, digit, `&` or `+` gives, without looking at each
    /// character's Unicode properties where the text is ASCII (most of it, and the slow part: the
    /// signal report's lists of region names made this scan a fifth of `mja signalen`). A word of
    /// ASCII alone is handed over where it stands in the text, without a copy.
    ///
    /// Two ASCII bytes in a row are two characters (a carriage return and line feed are one, but
    /// both are separators either way). A character with a non-ASCII byte may take in the ASCII
    /// byte before it (a letter with a combining accent) or after it, so each run of non-ASCII
    /// bytes is read by character together with the ASCII byte on either side; a word with such a
    /// stretch is gathered in `buffer`.
    static func forEachWord(
        of text: String, lengths: ClosedRange<Int>, buffer word: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Void
    ) {
        var text = text
        text.withUTF8 { bytes in
            word.removeAll(keepingCapacity: true)
            // The start of the word being read while it is ASCII in `bytes`; -1 when there is none
            // or it is gathered in `word`.
            var start = -1
            func endWord(at end: Int) {
                if !word.isEmpty {
                    if lengths.contains(word.count) { word.withUnsafeBufferPointer { body($0, false) } }
                    word.removeAll(keepingCapacity: true)
                } else if start >= 0 {
                    if lengths.contains(end - start) { body(UnsafeBufferPointer(rebasing: bytes[start..<end]), true) }
                    start = -1
                }
            }
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if isWordByte(byte) {
                        // A run of ASCII word bytes at once; a non-ASCII byte after it takes in the
                        // run's last byte (the base of a combining mark, say), which is then read
                        // with it as a character.
                        var end = index + 1
                        while end < count && isWordByte(bytes[end]) { end += 1 }
                        if end < count && bytes[end] >= 0x80 { end -= 1 }
                        if end > index {
                            if !word.isEmpty {
                                word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                            } else if start < 0 {
                                start = index
                            }
                            index = end
                            continue
                        }
                    } else if index + 1 == count || bytes[index + 1] < 0x80 {
                        endWord(at: index)
                        index += 1
                        continue
                    }
                }
                // The word so far goes on character by character: gathered from here on.
                if start >= 0 {
                    word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    start = -1
                }
                // From this byte (ASCII or not) to the first ASCII byte after the non-ASCII run,
                // including it, and on while another non-ASCII run follows.
                var end = index + 1
                while end < count {
                    if bytes[end] >= 0x80 { end += 1; continue }
                    end += 1  // the ASCII byte after the run belongs to the stretch
                    if end < count && bytes[end] >= 0x80 { continue }
                    break
                }
                let stretchBytes = UnsafeBufferPointer(rebasing: bytes[index..<end])
                if SimpleScalars.forEach(in: stretchBytes, { scalarBytes, isWordCharacter in
                    if isWordCharacter {
                        word.append(contentsOf: scalarBytes)
                    } else {
                        endWord(at: index)
                    }
                }) {
                    index = end
                    continue
                }
                let stretch = String(decoding: stretchBytes, as: UTF8.self)
                for character in stretch {
                    // `&` and `+` by their byte: comparing `Character`s compares strings. No other
                    // character is canonically either of them.
                    let utf8 = character.utf8
                    if character.isLetter || character.isNumber || (utf8.count == 1 && (utf8.first == 0x26 || utf8.first == 0x2B)) {
                        word.append(contentsOf: utf8)
                    } else {
                        endWord(at: index)
                    }
                }
                index = end
            }
            endWord(at: count)
        }
    }

    /// Whether an ASCII byte is a letter, a digit, `&` or `+`.
    @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x26 || byte == 0x2B
    }
}

/// The characters outside ASCII that Dutch text is mostly made of (accented letters, dashes,
/// quotes, the euro sign, arrows, verdict signs) and that are a character on their own beside any
/// of them and any ASCII character: in a stretch of only those, each scalar is one `Character`, and
/// whether it is part of a word is looked up instead of asking `Character.isLetter` and `isNumber`
/// (with the `String` made to read the characters from, half of the scan's work).
enum SimpleScalars {
    /// The scalars looked at: those in these ranges that are a character of their own. Kept to
    /// what Dutch documents hold (Latin-1 and Latin Extended-A, dashes, quotes and bullets, the
    /// per mille sign and guillemets, €, arrows, ⚠ and the check marks and crosses), as the table
    /// is made by asking `Character` about each (some 2,500 instructions a scalar, once a run).
    static let ranges: [ClosedRange<UInt32>] = [
        0x00A0...0x017F, 0x2010...0x2027, 0x2030...0x203A, 0x20AC...0x20AC, 0x2190...0x2193, 0x26A0...0x26A0,
        0x2713...0x2718,
    ]

    /// 0: not simple (the stretch is read by `Character`); 1: a separator; 2: part of a word
    /// (a letter or number). By scalar value below ``limit``.
    static let kinds: [UInt8] = {
        var kinds = [UInt8](repeating: 0, count: Int(limit))
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), standsAlone(scalar) else { continue }
                let character = Character(scalar)
                kinds[Int(value)] = character.isLetter || character.isNumber ? 2 : 1
            }
        }
        return kinds
    }()

    static let limit: UInt32 = 0x27C0

    /// Whether `scalar` is a character of its own between ASCII letters and beside itself: it
    /// neither takes in what stands before it (a combining mark, a joiner) nor what follows (a
    /// prepended mark), nor pairs with its like (regional indicators, Hangul jamo). The test
    /// `simpleScalarsStandAloneBesideEachOther` checks every pair of them.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: ["a", scalar, "a", scalar, scalar, "a"] as [Unicode.Scalar])
        return String(text).count == 6
    }

    /// Calls `body` with each scalar of `bytes` (its UTF-8) and whether it is part of a word, when
    /// every scalar is ASCII other than a carriage return, or simple; returns false, having called
    /// nothing, when one is not. `bytes` is valid UTF-8.
    static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, _ isWordCharacter: Bool) -> Void
    ) -> Bool {
        let kinds = Self.kinds
        // First only whether the fast way holds, so nothing is called for a stretch that falls back.
        var index = 0
        let count = bytes.count
        while index < count {
            let (value, length) = decode(bytes, at: index)
            if value < 0x80 {
                if value == 0x0D { return false }
            } else if value >= limit || kinds[Int(value)] == 0 {
                return false
            }
            index += length
        }
        index = 0
        while index < count {
            let (value, length) = decode(bytes, at: index)
            let isWord = value < 0x80 ? isASCIIWordByte(UInt8(value)) : kinds[Int(value)] == 2
            body(UnsafeBufferPointer(rebasing: bytes[index..<index + length]), isWord)
            index += length
        }
        return true
    }

    /// The scalar value starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always) private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// Whether an ASCII byte is a letter, a digit, `&` or `+`.
    @inline(__always) static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x26 || byte == 0x2B
    }
}

/// Finds which of the registry's abbreviations stand in a text as words of their own: a term, or a
/// lower-case term in capitals (`MBO` for `mbo`).
///
/// A document has tens of thousands of words and the registry a few dozen terms of two to four
/// letters: a word of ASCII is compared by its bytes, packed into one number, with the terms of
/// ASCII; only a word or a term with other characters is compared as a `String` (which compares
/// canonically equivalent texts as equal, as the set of words did before).
struct TermFinder: Sendable {
    /// The abbreviations (by index) of each ASCII form of at most 8 bytes, by its packed bytes.
    private var byKey: [UInt64: [Int]] = [:]
    /// The keys of ``byKey``, to pass over most words without hashing them.
    private var keyFilter = KeyFilter()
    /// The abbreviations of every form, by the form.
    private var byForm: [String: [Int]] = [:]
    /// The abbreviations of the forms with a byte outside ASCII.
    private var byNonASCIIForm: [String: [Int]] = [:]
    /// The lengths of the forms in bytes: shorter or longer words are none of them.
    private(set) var lengths: ClosedRange<Int> = 0...0

    init(_ abbreviations: [Registry.Abbreviation]) {
        var lengthsSeen: [Int] = []
        for (index, abbreviation) in abbreviations.enumerated() {
            let term = abbreviation.term
            let isLowercase = term == term.lowercased() && term != term.uppercased()
            // Both lengths count, as they did for the set of words, even when only the term is a form.
            lengthsSeen += [term.utf8.count, term.uppercased().utf8.count]
            for form in isLowercase ? [term, term.uppercased()] : [term] {
                byForm[form, default: []].append(index)
                if form.utf8.allSatisfy({ $0 < 0x80 }) {
                    // A form with a byte 0 is never a word (0 separates words), and its key would
                    // be that of the form without it.
                    if form.utf8.count <= 8 && !form.utf8.contains(0) {
                        let key = Self.key(form.utf8)
                        byKey[key, default: []].append(index)
                        keyFilter.insert(key)
                    }
                } else {
                    byNonASCIIForm[form, default: []].append(index)
                }
            }
        }
        lengths = (lengthsSeen.min() ?? 0)...(lengthsSeen.max() ?? 0)
    }

    /// The bytes of a word of at most 8 bytes as one number; no word holds a byte 0, so no two
    /// words have the same key.
    private static func key<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var key: UInt64 = 0
        for (shift, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * UInt64(shift)) }
        return key
    }

    /// The indices of the abbreviations that stand in `blocks`.
    func found(in blocks: [Block]) -> Set<Int> {
        var found = Set<Int>()
        // The tables by reference in the closure, which is called for every word.
        let byKey = byKey, byForm = byForm, byNonASCIIForm = byNonASCIIForm, keyFilter = keyFilter
        AbbreviationList.forEachWord(in: blocks, lengths: lengths) { word, isASCII in
            if isASCII && word.count <= 8 {
                let key = Self.key(word)
                if keyFilter.mayContain(key), let indices = byKey[key] { found.formUnion(indices) }
                guard !byNonASCIIForm.isEmpty else { return }
                if let indices = byNonASCIIForm[String(decoding: word, as: UTF8.self)] { found.formUnion(indices) }
            } else if let indices = byForm[String(decoding: word, as: UTF8.self)] {
                found.formUnion(indices)
            }
        }
        return found
    }
}

/// A set of 64-bit keys that may say yes for a key not in it, never no for one in it: one bit of
/// 256 per key, picked by a multiplicative hash. With the few dozen forms of the registry most
/// words of a document find their bit empty, and are passed over without the `Dictionary`'s hash.
struct KeyFilter: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    private static func bit(_ key: UInt64) -> (word: Int, mask: UInt64) {
        let hash = (key &* 0x9E37_79B9_7F4A_7C15) >> 56
        return (Int(hash >> 6), 1 << (hash & 63))
    }

    mutating func insert(_ key: UInt64) {
        let (word, mask) = Self.bit(key)
        switch word {
        case 0: bits.0 |= mask
        case 1: bits.1 |= mask
        case 2: bits.2 |= mask
        default: bits.3 |= mask
        }
    }

    func mayContain(_ key: UInt64) -> Bool {
        let (word, mask) = Self.bit(key)
        let bits = switch word {
        case 0: self.bits.0
        case 1: self.bits.1
        case 2: self.bits.2
        default: self.bits.3
        }
        return bits & mask != 0
    }
}
