import Diagnostics
import TestSupport
import Testing
@testable import TOML

/// Keys and values carry their exact source ranges; columns count Unicode scalars.
@Suite(.timed) struct RangeTests {
    @Test func keyAndValueRanges() {
        let table = parseOrRecord("titel = \"Hallo\"\n  aantal=42 # commentaar")
        #expect(table.entry("titel")?.keyRange == span(1, 1, 6))
        #expect(table["titel"]?.range == span(1, 9, 16))
        #expect(table.entry("aantal")?.keyRange == span(2, 3, 9))
        #expect(table["aantal"]?.range == span(2, 10, 12))
    }

    @Test func columnsCountScalarsNotBytes() {
        let table = parseOrRecord("naam = \"Zoë\" # café\n\"één\" = 1")
        #expect(table["naam"]?.range == span(1, 8, 13))
        #expect(table.entry("één")?.keyRange == span(2, 1, 6))
        #expect(table["één"]?.range == span(2, 9, 10))
        let error = parseError("x = 'üü' # ñ\ny = \"ë\" z")
        #expect(error?.range == span(2, 9, 10))
    }

    @Test func rangesOfContainers() {
        let table = parseOrRecord("a = [1, [2]]\nb = { c = 'd' }\nm = \"\"\"\nregel\n\"\"\"")
        #expect(table["a"]?.range == span(1, 5, 13))
        guard case .array(let elements) = table["a"]?.kind else { Issue.record("not an array"); return }
        #expect(elements[0].range == span(1, 6, 7))
        #expect(elements[1].range == span(1, 9, 12))
        #expect(table["b"]?.range == span(2, 5, 16))
        #expect(table.value("b.c") == .string("d"))
        #expect(table["m"]?.range == span(3, 5, 5, 4))
    }

    @Test func rangesOfTables() {
        let table = parseOrRecord("a.b.c = 1\n[t.u]\n[[l]]\n[[l]]\nx = 2")
        // A table made by a dotted key: the range of that key part.
        #expect(table["a"]?.range == span(1, 1, 2))
        #expect(table.entry("a")?.keyRange == span(1, 1, 2))
        guard case .table(let a) = table["a"]?.kind else { Issue.record("a is not a table"); return }
        #expect(a["b"]?.range == span(1, 3, 4))
        // Implicitly made by a header: the key part; made by the header: the header.
        #expect(table["t"]?.range == span(2, 2, 3))
        guard case .table(let t) = table["t"]?.kind else { Issue.record("t is not a table"); return }
        #expect(t["u"]?.range == span(2, 1, 6))
        #expect(t.entry("u")?.keyRange == span(2, 4, 5))
        // Array of tables: the first header; each element: its own header.
        #expect(table["l"]?.range == span(3, 1, 6))
        guard case .array(let elements) = table["l"]?.kind else { Issue.record("l is not an array"); return }
        #expect(elements.map(\.range) == [span(3, 1, 6), span(4, 1, 6)])
    }

    @Test func dottedKeyRangeIsTheLastPart() {
        let table = parseOrRecord("site . \"google.com\" = true")
        guard case .table(let site) = table["site"]?.kind else { Issue.record("not a table"); return }
        #expect(site.entry("google.com")?.keyRange == span(1, 8, 20))
        #expect(site["google.com"]?.range == span(1, 23, 27))
    }

    @Test func explicitHeaderUpdatesAnImplicitTable() {
        let table = parseOrRecord("[a.b]\n[a]\nx = 1")
        #expect(table["a"]?.range == span(2, 1, 4))
    }

    @Test func crlfDoesNotShiftColumns() {
        let table = parseOrRecord("a = 1\r\nbb = 'x'\r\n")
        #expect(table.entry("bb")?.keyRange == span(2, 1, 3))
        #expect(table["bb"]?.range == span(2, 6, 9))
    }

    @Test func byteOrderMarkIsNotAColumn() {
        let table = (try? TOML.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a = 1".utf8))) ?? TOMLTable()
        #expect(table.entry("a")?.keyRange == span(1, 1, 2))
    }
}
