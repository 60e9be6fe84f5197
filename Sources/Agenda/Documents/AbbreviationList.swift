import Documents

/// The abbreviations a document uses, from the registry `afkortingen.toml`, as a table for the
/// place where the template has a ```` ```afkortingen ```` block. A term counts when it stands in
/// the text as a word of its own (`bbl`, `O&O`, `ESF+`; a lower-case term also in capitals, `MBO`).
struct AbbreviationList {
    let abbreviations: [Registry.Abbreviation]

    /// The table of the abbreviations that occur in `blocks`, in alphabetical order; a sentence when
    /// none does.
    func block(for blocks: [Block]) -> Block {
        let words = Self.words(in: blocks)
        let used = abbreviations.filter { words.contains($0.term) || (isLowercase($0.term) && words.contains($0.term.uppercased())) }
            .sorted { ($0.term.lowercased(), $0.term) < ($1.term.lowercased(), $1.term) }
        guard !used.isEmpty else { return .paragraph([.text("Dit document gebruikt geen afkortingen uit de lijst.")]) }
        return .table(Table(header: ["Afkorting", "Betekenis"], rows: used.map { [$0.term, $0.meaning] }))
    }

    private func isLowercase(_ term: String) -> Bool { term == term.lowercased() && term != term.uppercased() }

    /// Every word of the text: runs of letters, digits, `&` and `+`.
    static func words(in blocks: [Block]) -> Set<String> {
        var words = Set<String>()
        func add(_ text: String) {
            for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "+") }) {
                words.insert(String(word))
            }
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
}
