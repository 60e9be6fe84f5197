import Documents

/// The abbreviations a document uses, from the registry `afkortingen.toml`, as a table for the
/// place where the template has a ```` ```afkortingen ```` block. A term counts when it stands in
/// the text as a word of its own (`bbl`, `O&O`, `ESF+`; a lower-case term also in capitals, `MBO`).
struct AbbreviationList {
    let abbreviations: [Registry.Abbreviation]

    /// The table of the abbreviations that occur in `blocks`, in alphabetical order; a sentence when
    /// none does.
    func block(for blocks: [Block]) -> Block {
        // Only words as long as a term can match one: most words of a text are longer, and
        // leaving them out of the set saves making and hashing a string for each.
        let lengths = abbreviations.flatMap { [$0.term.utf8.count, $0.term.uppercased().utf8.count] }
        let words = Self.words(in: blocks, lengths: (lengths.min() ?? 0)...(lengths.max() ?? 0))
        let used = abbreviations.filter { words.contains($0.term) || (isLowercase($0.term) && words.contains($0.term.uppercased())) }
            .sorted { ($0.term.lowercased(), $0.term) < ($1.term.lowercased(), $1.term) }
        guard !used.isEmpty else { return .paragraph([.text("Dit document gebruikt geen afkortingen uit de lijst.")]) }
        return .table(Table(header: ["Afkorting", "Betekenis"], rows: used.map { [$0.term, $0.meaning] }))
    }

    private func isLowercase(_ term: String) -> Bool { term == term.lowercased() && term != term.uppercased() }

    /// Every word of the text: runs of letters, digits, `&` and `+`; only those of `lengths` bytes.
    static func words(in blocks: [Block], lengths: ClosedRange<Int> = 1...Int.max) -> Set<String> {
        var words = Set<String>()
        var word: [UInt8] = []
        func add(_ text: String) {
            addWords(of: text, lengths: lengths, to: &words, buffer: &word)
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let content), .heading(_, let content): add(content.plainText)
                case .blockQuote(let inner): visit(inner)
                case .list(let list): list.items.forEach(visit)
                case .table(let table): (table.header + table.rows.flatMap { $0 }).forEach { add($0.plainText) }
                case .figure(let figure): (figure.data.header + figure.data.rows.flatMap { $0 }).forEach { add($0.plainText) }
                case .codeBlock(_, let text): add(text)
                case .thematicBreak, .tableOfContents: break
                }
            }
        }
        visit(blocks)
        return words
    }

    /// Adds the words of `text` to `words`: what `text.split(whereSeparator:)` on the characters
    /// that are no letter, digit, `&` or `+` gives, without looking at each character's Unicode
    /// properties where the text is ASCII (most of it, and the slow part: the signal report's
    /// lists of region names made this scan a fifth of `mja signalen`).
    ///
    /// Two ASCII bytes in a row are two characters (a carriage return and line feed are one, but
    /// both are separators either way). A character with a non-ASCII byte may take in the ASCII
    /// byte before it (a letter with a combining accent) or after it, so each run of non-ASCII
    /// bytes is read by character together with the ASCII byte on either side.
    static func addWords(of text: String, lengths: ClosedRange<Int>, to words: inout Set<String>, buffer word: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            word.removeAll(keepingCapacity: true)
            func endWord() {
                if !word.isEmpty {
                    if lengths.contains(word.count) { words.insert(String(decoding: word, as: UTF8.self)) }
                    word.removeAll(keepingCapacity: true)
                }
            }
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                let next = index + 1 < count ? bytes[index + 1] : 0
                if byte < 0x80 && next < 0x80 {
                    let isWordByte = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x26 || byte == 0x2B  // letter, digit, & or +
                    if isWordByte { word.append(byte) } else { endWord() }
                    index += 1
                    continue
                }
                // From this byte (ASCII or not) to the first ASCII byte after the non-ASCII run,
                // including it, and on while another non-ASCII run follows.
                let start = index
                var end = index + 1
                while end < count {
                    if bytes[end] >= 0x80 { end += 1; continue }
                    end += 1  // the ASCII byte after the run belongs to the stretch
                    if end < count && bytes[end] >= 0x80 { continue }
                    break
                }
                let stretch = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                for character in stretch {
                    if character.isLetter || character.isNumber || character == "&" || character == "+" {
                        word.append(contentsOf: character.utf8)
                    } else {
                        endWord()
                    }
                }
                index = end
            }
            endWord()
        }
    }
}
