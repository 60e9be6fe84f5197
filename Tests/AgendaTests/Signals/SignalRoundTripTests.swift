import Diagnostics
import Documents
import TestSupport
import Testing
@testable import Agenda

/// A workbook mja wrote, read back, is the signal list (issue 29, point 3): rows matched by id,
/// edits taken and listed, unchanged rows silent, new rows added, a row gone named without deleting
/// the signal, and a field changed on both sides named as a conflict.
@Suite(.timed) struct SignalRoundTripTests {
    static var workspace: Workspace { ShippedAgendasTests.workspace }
    static var shipped: [Signal] { SignalCollection(workspace: workspace).signals }

    /// A workbook whose sheet `Signalen` holds `rows` and whose hidden `Basis` holds `base` (as mja
    /// wrote it); no `Basis` when `base` is nil.
    static func workbook(_ rows: [Signal], base: [Signal]?) -> [UInt8] {
        var workbook = SignalWorkbook.workbook(rows)
        if let base { workbook.sheets[1] = SignalWorkbook.workbook(base).sheets[1] } else { workbook.sheets.removeLast() }
        return XlsxWriter().render(workbook)
    }

    static func read(_ bytes: [UInt8]) -> SignalCollection {
        var collection = SignalCollection(workspace: workspace)
        collection.addXlsx(bytes, file: "signalen.xlsx")
        return collection
    }

    @Test func theWorkbookAsWrittenReadsBackWithoutAWord() {
        // It once gave 134 warnings "komt al eerder voor; deze rij is overgeslagen".
        let collection = Self.read(XlsxWriter().render(SignalWorkbook.workbook(Self.shipped)))
        #expect(collection.diagnostics.filter { $0.file == "signalen.xlsx" }.map(\.message) == [])
        #expect(collection.changes == [])
        #expect(collection.signals == Self.shipped)
    }

    @Test func anEditedAnAddedAndADeletedRowAreExactlyThreeChanges() throws {
        var rows = Self.shipped
        let edited = rows[0].qualifiedID, deleted = rows[3]
        rows[0].status = .solved
        rows[0].answer = "Opgelost in het Landelijk Beraad van juni."
        rows[0].urgency = .low
        rows.remove(at: 3)
        var added = rows[1]
        added.id = "nieuw-signaal"
        rows.append(added)
        let collection = Self.read(Self.workbook(rows, base: Self.shipped))
        #expect(collection.changes == [
            SignalChange(file: "signalen.xlsx", signal: edited, kind: .changed([
                .init(column: "urgentie", old: Self.shipped[0].urgency.rawValue, new: "laag"),
                .init(column: "status", old: Self.shipped[0].status.rawValue, new: "opgelost"),
                .init(column: "antwoord", old: Self.shipped[0].answer ?? "", new: "Opgelost in het Landelijk Beraad van juni."),
            ])),
            SignalChange(file: "signalen.xlsx", signal: added.qualifiedID, kind: .added),
            SignalChange(file: "signalen.xlsx", signal: deleted.qualifiedID, kind: .missing),
        ])
        let taken = try #require(collection.signals.first { $0.qualifiedID == edited })
        #expect(taken.status == .solved && taken.urgency == .low && taken.answer == "Opgelost in het Landelijk Beraad van juni.")
        #expect(collection.signals.count == Self.shipped.count + 1, "the deleted row's signal still counts, the new one is added")
        // The row gone is named at the signal in its agenda, the only place it can be removed.
        let warning = try #require(collection.diagnostics.first { $0.code == "MJA218" })
        #expect(warning.file == deleted.origin.file && warning.range == deleted.origin.range)
        #expect(warning.message == "het signaal \(deleted.qualifiedID) staat niet meer in signalen.xlsx, maar wel hier; het blijft meetellen")
        #expect(collection.diagnostics.filter { $0.file == "signalen.xlsx" } == [])
    }

    @Test func aChangeInTheAgendaSinceTheWorkbookStands() {
        // The workbook was written when the status was still "nieuw"; the agenda has moved on since.
        var old = Self.shipped
        old[0].status = .new
        let collection = Self.read(Self.workbook(old, base: old))
        #expect(collection.changes == [])
        #expect(collection.diagnostics.filter { $0.file == "signalen.xlsx" } == [])
        #expect(collection.signals[0].status == Self.shipped[0].status)
    }

    @Test func aFieldChangedInBothIsAConflictNamedAtItsCell() throws {
        var base = Self.shipped, rows = Self.shipped
        base[0].status = .new
        rows[0].status = .reportedBack
        let collection = Self.read(Self.workbook(rows, base: base))
        #expect(collection.changes == [])
        #expect(collection.signals[0].status == Self.shipped[0].status, "the agenda's value counts")
        let conflict = try #require(collection.diagnostics.first { $0.code == "MJA217" })
        let agenda = Self.shipped[0].origin
        #expect(conflict.severity == .warning && conflict.file == "signalen.xlsx")
        #expect(conflict.range?.start == SourcePosition(line: 2, column: 13))
        #expect(conflict.message == "Signalen!M2: status is hier 'teruggekoppeld', in \(agenda.file):\(agenda.range(of: "status").start.line) '\(Self.shipped[0].status.rawValue)'; beide zijn gewijzigd sinds mja de werkmap schreef (toen: 'nieuw'). De waarde uit \(agenda.file):\(agenda.range(of: "status").start.line) telt")
        #expect(conflict.notes.map(\.range) == [agenda.range(of: "status")])
    }

    @Test func withoutTheBaseADifferenceIsAConflictNotAGuess() throws {
        var rows = Self.shipped
        rows[0].status = .reportedBack
        let collection = Self.read(Self.workbook(rows, base: nil))
        #expect(collection.changes == [])
        #expect(collection.signals == Self.shipped)
        let conflicts = collection.diagnostics.filter { $0.code == "MJA217" }
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.message.contains("de werkmap heeft geen verborgen blad Basis, dus welke van de twee gewijzigd is, is niet te zien") == true)
    }

    @Test func aRowTwiceInTheWorkbookIsReportedOnce() {
        let rows = Self.shipped + [Self.shipped[2]]
        let collection = Self.read(Self.workbook(rows, base: Self.shipped))
        #expect(collection.diagnostics.filter { $0.file == "signalen.xlsx" }.map(\.code) == ["MJA209"])
        #expect(collection.signals == Self.shipped)
    }
}
