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
    ///
    /// The texts are read as one: their bytes one after another, each followed by a line feed,
    /// scanned once (a scan per paragraph or cell, with its `String` made, cost more than the
    /// words in it). A line feed is a character of its own on both sides (Unicode's grapheme
    /// rules break before and after it; the one exception, a carriage return before it, is two
    /// separators either way) and no word character, so the words are those of each text alone
    /// (`BuilderFastPathTests` holds the two the same).
    static func forEachWord(
        in blocks: [Block], lengths: ClosedRange<Int>, _ body: (UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Void
    ) {
        var text: [UInt8] = []
        text.reserveCapacity(16_384)
        appendTexts(of: blocks, to: &text)
        var buffer: [UInt8] = []
        text.withUnsafeBufferPointer { forEachWord(inBytes: $0, lengths: lengths, buffer: &buffer, body) }
    }

    /// Appends the UTF-8 of every text of `blocks` to `bytes`, each followed by a line feed: the
    /// texts ``forEachWord(in:lengths:_:)`` reads, cell by cell, header first.
    static func appendTexts(of blocks: [Block], to bytes: inout [UInt8]) {
        func addCells(of table: Table) {
            for cell in table.header {
                cell.appendPlainText(to: &bytes)
                bytes.append(0x0A)
            }
            for row in table.rows {
                for cell in row {
                    cell.appendPlainText(to: &bytes)
                    bytes.append(0x0A)
                }
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let content), .heading(_, let content):
                content.appendPlainText(to: &bytes)
                bytes.append(0x0A)
            case .blockQuote(let inner): appendTexts(of: inner, to: &bytes)
            case .list(let list): for item in list.items { appendTexts(of: item, to: &bytes) }
            case .table(let table): addCells(of: table)
            case .figure(let figure): addCells(of: figure.data)
            case .codeBlock(_, let text):
                bytes.append(contentsOf: text.utf8)
                bytes.append(0x0A)
            case .thematicBreak, .tableOfContents: break
            }
        }
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
        text.withUTF8 { forEachWord(inBytes: $0, lengths: lengths, buffer: &word, body) }
    }

    /// ``forEachWord(of:lengths:buffer:_:)`` over the UTF-8 of a text: `bytes` is valid UTF-8.
    static func forEachWord(
        inBytes bytes: UnsafeBufferPointer<UInt8>, lengths: ClosedRange<Int>, buffer word: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Void
    ) {
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
                } else if index + 1 == count || bytes[index + 1] < 0x80 || byte == 0x0A {
                    // A line feed is a character of its own whatever follows (it ends the texts
                    // read as one), so the word before it ends there, still ASCII.
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

    /// Whether an ASCII byte is a letter, a digit, `&` or `+`.
    @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool { SimpleScalars.isASCIIWordByte(byte) }
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
