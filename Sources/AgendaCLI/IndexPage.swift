import FoundationGaps
import Agenda
import Documents

/// `index.html` of a build, as a document: every agenda (the national one first, as the workspace
/// orders them) with its status, version and date, its check status with what the warnings are
/// about, and links to its documents; and the reports over all agendas.
struct IndexPage {
    struct Entry {
        var title: String
        /// The agenda file, for the order of the rows.
        var file: String
        var folder: String
        /// The agenda's status as written: "concept" or "vastgesteld".
        var status: String = ""
        var version: String = ""
        /// The date of adoption in Dutch notation; empty for a concept.
        var date: String = ""
        var errors: Int
        /// The rule code of every warning of the agenda's file, one per warning (`MJA106`).
        var warnings: [String]
        /// Link text and relative path.
        var documents: [(String, String)]
        /// Whether the agenda says `voorbeeld = true`: its row says so, as its cover does.
        var isExample = false
    }

    let entries: [Entry]
    /// Reports over all agendas (the signal report): link text and relative path.
    var reports: [(String, String)] = []
    /// Which registries and templates the build used (`WorkspaceReport`), at the foot of the page.
    var workspaceLines: [String] = []
    /// The national dashboard (``NationalDashboard``), between the reports and the agendas' table.
    var dashboard: [Block] = []

    /// The page's document.
    func document() -> Document {
        var blocks: [Block] = [
            .heading(level: 1, content: [.text("Meerjarenagenda's")]),
            .paragraph([.text("\(entries.count) \(entries.count == 1 ? "agenda" : "agenda's"). De controle komt uit "), .code("mja check"),
                        .text("; een agenda met fouten wordt niet gebouwd. "), .code("mja explain"),
                        .text(" met de code legt een waarschuwing uit.")]),
        ]
        if !reports.isEmpty {
            blocks.append(.heading(level: 2, content: [.text("Voor het Landelijk Beraad")]))
            blocks.append(.paragraph(Self.links(reports)))
        }
        blocks += dashboard
        let rows: [[Inlines]] = entries.map { entry in
            [entry.isExample ? [.text(entry.title + " "), .emphasis([.text("(voorbeeld)")])] : [.text(entry.title)], [.text(entry.status)], [.text(entry.version)], [.text(entry.date)],
             Self.check(of: entry), Self.documentLinks(entry.documents)]
        }
        blocks.append(.heading(level: 2, content: [.text("Agenda's")]))
        blocks.append(.table(Table(
            alignments: [.none, .none, .none, .none, .none, .none],
            header: [[.text("Agenda")], [.text("Status")], [.text("Versie")], [.text("Vastgesteld op")], [.text("Controle")], [.text("Documenten")]],
            rows: rows, caption: "Agenda's met hun status, versie, controle en documenten")))
        if entries.contains(where: \.isExample) {
            blocks.append(.paragraph([.text("Een agenda met "), .emphasis([.text("(voorbeeld)")]),
                                      .text(" is meegeleverde voorbeeldinhoud (voorbeeld = true), niet de echte plannen van de regio.")]))
        }
        for line in workspaceLines { blocks.append(.paragraph([.text(line)])) }
        var document = Document(
            metadata: DocumentMetadata(title: "Meerjarenagenda's: overzicht", kind: "Overzicht", words: .dutch), splittingCoverFrom: blocks)
        document.tableOfContentsDepth = 0
        return document
    }

    /// "in orde", "1 fout: niet gebouwd", or the number of warnings and, per rule, how many and
    /// its title and code: "2 waarschuwingen" / "2× Thema zonder ... (MJA106)".
    static func check(of entry: Entry) -> Inlines {
        if entry.errors > 0 { return [.strong([.text("\(entry.errors) \(entry.errors == 1 ? "fout" : "fouten"): niet gebouwd")])] }
        guard !entry.warnings.isEmpty else { return [.text("in orde")] }
        let count = entry.warnings.count
        var inlines: Inlines = [.strong([.text("\(count) \(count == 1 ? "waarschuwing" : "waarschuwingen")")])]
        var perRule: [String: Int] = [:]
        for code in entry.warnings { perRule[code, default: 0] += 1 }
        for code in perRule.keys.sorted() {
            let times = perRule[code]!
            let title = RuleCatalogue.rule(code)?.title ?? code
            inlines += [.hardBreak, .text("\(times)\u{00D7} \(title) ("), .code(code), .text(")")]
        }
        return inlines
    }

    /// Links separated by " · ".
    private static func links(_ targets: [(String, String)]) -> Inlines {
        let inlines: [Inline] = targets.enumerated().flatMap { index, target in
            (index > 0 ? [Inline.text(" · ")] : []) + [.link(destination: target.1, title: nil, content: [.text(target.0)])]
        }
        return Inlines(inlines)
    }

    /// An agenda's documents one line per part, its formats as links: "Beleidsdeel: HTML ·
    /// Markdown". Link texts of the form "Part (Format)", as the build names them, are grouped by
    /// part, in the order they come, each link with the whole text as its title; any other link
    /// text stands on a line of its own.
    static func documentLinks(_ documents: [(String, String)]) -> Inlines {
        // A nil part: a link text that is not "Part (Format)", shown as it is.
        var lines: [(part: String?, links: [(text: String, path: String, label: String)])] = []
        for (label, path) in documents {
            guard label.hasSuffix(")"), let split = label.rangeOfText(" (", fromEnd: true) else {
                lines.append((nil, [(label, path, label)]))
                continue
            }
            let part = String(label[..<split.lowerBound]), format = String(label[split.upperBound...].dropLast())
            if let index = lines.firstIndex(where: { $0.part == part }) {
                lines[index].links.append((format, path, label))
            } else {
                lines.append((part, [(format, path, label)]))
            }
        }
        let inlines: [Inline] = lines.enumerated().flatMap { index, line in
            (index > 0 ? [Inline.hardBreak] : []) + (line.part.map { [Inline.text("\($0): ")] } ?? [])
                + line.links.enumerated().flatMap { number, link in
                    (number > 0 ? [Inline.text(" · ")] : []) + [.link(destination: link.path, title: link.label == link.text ? nil : link.label, content: [.text(link.text)])]
                }
        }
        return Inlines(inlines)
    }
}
