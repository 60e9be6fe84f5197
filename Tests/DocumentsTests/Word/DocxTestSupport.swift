import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Markdown
@testable import Documents

/// A document with every kind of block and figure, and helpers to open the `.docx` made of it.
enum DocxFixture {
    static func document(title: String = "Regionale Meerjarenagenda Twente", prose: String = "Gewone tekst.") -> Document {
        let blocks = MarkdownParser.blocks(from: """
            # \(title)

            Beleidsdeel 2026-2030

            ## Ambitie

            \(prose) Zie [de acties](#acties), [UWV](https://www.uwv.nl/) en [gevaar](javascript:alert(1)).

            - een *punt*
            - twee **punten**
              1. genest

            3. drie
            4. vier

            > Let op: `code` in een notitie.

            ```
            regel 1
            regel 2
            ```

            ---

            ## Acties

            | Actie | Bedrag |
            | :-- | --: |
            | Scholing | € 1.000 |
            | Totaal | € 1.000 |
            """)
        var document = Document(metadata: DocumentMetadata(
            title: title, kind: "Regionale Meerjarenagenda", part: "Beleidsdeel 2026-2030", region: "Twente",
            version: "0.9", status: "concept", keywords: ["Twente", title], words: .dutch), splittingCoverFrom: blocks)
        if case .table(var table) = document.blocks.last {
            table.hasTotalRow = true
            table.caption = "Begroting"
            document.blocks[document.blocks.count - 1] = .table(table)
        }
        let data = Table(header: ["Jaar", "Bedrag"], rows: [["2026", "€ 1.000"], ["2027", "€ 2.000"]], numericFrom: 1, caption: "Begroting per jaar")
        document.blocks += [
            .figure(Figure(content: .bars(BarChart(id: "b", title: "Begroting per jaar", description: "Staven", categories: ["2026", "2027"],
                series: [.init(name: "sociaal", values: [100_000, 200_000]), .init(name: "economisch", values: [50, 0])], format: .euro)), data: data)),
            .figure(Figure(content: .horizontalBars(HorizontalBarChart(id: "h", title: "Per bron", description: "Liggend",
                bars: [.init(label: "Rijk", value: 5), .init(label: "Gemeente", value: 7)], format: .count)), data: data, source: "Bron: mja")),
            .figure(Figure(content: .timeline(TimelineChart(id: "t", title: "Tijdlijn", description: "Planning", divisions: ["K1 2026", "K2 2026"],
                totalDays: 180, items: [.init(label: "Actie 1", startDay: 10, endDay: 100, style: 0), .init(label: "Actie 2", startDay: nil, endDay: nil, style: 1)],
                styles: ["gepland", "lopend"])), data: data)),
            .figure(Figure(content: .regionMap(RegionMap(id: "k", title: "Kaart", description: "Regio's", shapes: [
                .init(key: "AM01", label: "1", labelPoint: .init(x: 50, y: 50), rings: [[.init(x: 0, y: 0), .init(x: 100, y: 0), .init(x: 100, y: 100), .init(x: 0, y: 100)]]),
                .init(key: "AM02", label: "2", labelPoint: .init(x: 150, y: 50), rings: [[.init(x: 100, y: 0), .init(x: 200, y: 0), .init(x: 200, y: 100)]]),
            ], counts: ["AM01": 3], legendTitle: "Aantal signalen")), data: data, source: "CBS")),
            .figure(Figure(content: .matrix(CountMatrix(rowHeading: "Regio", rows: ["Twente", "Groningen"], columns: ["Thema 1", "Thema 2"],
                counts: [[1, 0], [4, 2]], totals: [1, 5], totalHeading: "Totaal", unit: "signalen", scaleWord: "Schaal", emptyCellNote: "een lege cel is 0")), data: Table(header: ["Regio"], rows: [["Twente"]], caption: "Matrix"))),
        ]
        return document
    }

    /// The parts of the file, by name.
    static func parts(_ document: Document) throws -> [String: [UInt8]] {
        let reader = try ZipReader(DocxWriter().write(document))
        return Dictionary(reader.entries.map { ($0.name, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    /// The part parsed by FoundationXML; throws when it is not well-formed XML.
    static func xml(_ bytes: [UInt8]) throws -> XMLDocument {
        try XMLDocument(data: Data(bytes), options: [])
    }

    /// The values of attribute `attribute` on every element named `element` in `xml`.
    static func values(of attribute: String, on element: String, in xml: String) -> [String] {
        xml.components(separatedBy: "<\(element) ").dropFirst().compactMap { piece in
            guard let range = piece.range(of: "\(attribute)=\"") else { return nil }
            let rest = piece[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }
}
