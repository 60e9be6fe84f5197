import Documents

/// `index.html` of a build, as a document: every agenda with its check status and links to its
/// documents, and the reports over all agendas.
struct IndexPage {
    struct Entry {
        var title: String
        /// The agenda file, for the order of the rows.
        var file: String
        var folder: String
        var errors: Int
        var warnings: Int
        /// Link text and relative path.
        var documents: [(String, String)]
    }

    let entries: [Entry]
    /// Reports over all agendas (the signal report): link text and relative path.
    var reports: [(String, String)] = []

    /// The page's document.
    func document() -> Document {
        var blocks: [Block] = [
            .heading(level: 1, content: [.text("Meerjarenagenda's")]),
            .paragraph([.text("\(entries.count) \(entries.count == 1 ? "agenda" : "agenda's"). De status komt uit "), .code("mja check"),
                        .text("; een agenda met fouten wordt niet gebouwd.")]),
        ]
        if !reports.isEmpty {
            blocks.append(.heading(level: 2, content: [.text("Voor het Landelijk Beraad")]))
            blocks.append(.paragraph(Self.links(reports)))
        }
        let rows: [[[Inline]]] = entries.map { entry in
            [[.text(entry.title)], [.strong([.text(Self.status(of: entry))])], Self.links(entry.documents)]
        }
        blocks.append(.heading(level: 2, content: [.text("Agenda's")]))
        blocks.append(.table(Table(
            alignments: [.none, .none, .none], header: [[.text("Agenda")], [.text("Controle")], [.text("Documenten")]],
            rows: rows, caption: "Agenda's met hun controlestatus en documenten")))
        var document = Document(metadata: DocumentMetadata(title: "Meerjarenagenda's: overzicht", kind: "Overzicht"), splittingCoverFrom: blocks)
        document.tableOfContentsDepth = 0
        return document
    }

    private static func status(of entry: Entry) -> String {
        if entry.errors > 0 { return "\(entry.errors) \(entry.errors == 1 ? "fout" : "fouten"): niet gebouwd" }
        if entry.warnings > 0 { return "\(entry.warnings) \(entry.warnings == 1 ? "waarschuwing" : "waarschuwingen")" }
        return "in orde"
    }

    /// Links separated by " · ".
    private static func links(_ targets: [(String, String)]) -> [Inline] {
        targets.enumerated().flatMap { index, target in
            (index > 0 ? [Inline.text(" · ")] : []) + [.link(destination: target.1, title: nil, content: [.text(target.0)])]
        }
    }
}
