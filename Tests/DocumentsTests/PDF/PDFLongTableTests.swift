import TestSupport
import Testing
@testable import Documents

/// Issue 38's tenth round: a table of more than ``PDFTableLayout/longTableRows`` rows breaks each
/// row into lines as it is drawn, not all at once. Held against the plain way (every row broken
/// at once) on random tables: the same widths, type size, header and caption, and every row the
/// same lines and height.
@Suite(.timed) struct PDFLongTableTests {
    static let words = ["werk", "regio", "Werkgevers en werkzoekenden vinden elkaar", "€ 12.500", "—", "Onderwijs-arbeidsmarktaansluitingsprogramma",
                        "**vet**", "[een link](#kop)", "", "a\nb", "1.250.000", "Twente, Achterhoek en Rijk van Nijmegen samen"]

    static func describe(_ lines: [PDFLine]) -> [String] {
        lines.map { line in
            line.spans.map { "\($0.bytes)|\($0.font)|\($0.isBreak)|\(String(describing: $0.link))" }.joined(separator: " ") + " @\(line.width)"
        }
    }

    /// A random table of `rows` rows and 1 to 6 columns, its cells one to eight random words.
    static func table(rows: Int, using random: inout SplitMix64) -> Table {
        let columns = Int.random(in: 1...6, using: &random)
        func cell() -> String {
            (0..<Int.random(in: 0...8, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        }
        return Table(header: (0..<columns).map { _ in cell() }, rows: (0..<rows).map { _ in (0..<columns).map { _ in cell() } },
                     numericFrom: Int.random(in: 0...columns, using: &random), caption: Bool.random(using: &random) ? "Tabel" : "",
                     hasTotalRow: Bool.random(using: &random))
    }

    @Test(arguments: [1, 2, 38]) func aLongTableHasTheRowsOfThePlainOne(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for index in 0..<12 {
            let table = Self.table(rows: [0, 1, 3, 40, 260][index % 5], using: &random)
            let width = Double.random(in: 60...480, using: &random)
            let size = [8.5, 7.5][index % 2]
            let rotated = index % 3 == 0 ? 1..<min(3, table.alignments.count) : 0..<0
            let long = PDFTableLayout(table, width: width, rotatedColumns: rotated, size: size, longFrom: 0)
            let plain = PDFTableLayout(table, width: width, rotatedColumns: rotated, size: size, longFrom: .max)
            #expect(long.widths == plain.widths && long.style.size == plain.style.size, "table \(index)")
            #expect(long.header.map(Self.describe) == plain.header.map(Self.describe), "table \(index)")
            #expect(Self.describe(long.caption) == Self.describe(plain.caption), "table \(index)")
            #expect(long.headerHeight == plain.headerHeight && long.rowCount == table.rows.count && plain.rowCount == table.rows.count)
            for row in 0..<table.rows.count {
                #expect(long.cells(ofRow: row).map(Self.describe) == plain.cells(ofRow: row).map(Self.describe), "table \(index) row \(row)")
                #expect(long.rowHeight(row) == plain.rowHeight(row), "table \(index) row \(row)")
                #expect(plain.rowHeight(row) == plain.height(of: plain.cells(ofRow: row)), "table \(index) row \(row)")
            }
        }
    }
}
