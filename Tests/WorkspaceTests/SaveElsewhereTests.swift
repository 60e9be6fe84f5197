@testable import Agenda
import Documents
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// Every path of the server that saves an agenda refuses a save that gives another agenda a new
/// error, with the forms' rule and words (`FormsElsewhereTests`): the text editor, the signal
/// workbook's and the progress workbook's "Toepassen", and restoring a version. Refused: nothing written, no commit, the
/// other agenda's file and line named and linked. Errors the file already had do not stop a save.
@Suite(.timed, .serialized) struct SaveElsewhereTests {
    static let words = "niets opgeslagen: met deze wijziging krijgt een andere agenda een fout die mja check daar meldt. "
        + "Laat staan waar die agenda naar verwijst, of pas eerst die agenda aan."
    /// Where the national agenda cites Twente's signal `werkcentrum-loket`, linked to that line.
    static let citation = "Signaal &#39;AM05/werkcentrum-loket&#39; bestaat niet"
    static let citationLink = "<li>regions/lmja.toml: <a href=\"/agenda/lmja/bewerken#regel-653\">regel 653</a></li>"

    /// The fixture with a national agenda of the Landelijk Beraad's own (`voorbeeld = false`, one commit):
    /// an example agenda's reference to a signal of an edited example region is only a warning
    /// (MJA020), a real agenda's reference to a signal that is gone an error (MJA016).
    static func workspace() throws -> WorkspaceFixture {
        let fixture = try WorkspaceFixture()
        let national = fixture.text("regions/lmja.toml")
        try national.replacingOccurrences(of: "\nvoorbeeld = true\n", with: "\nvoorbeeld = false\n")
            .write(toFile: fixture.folder + "/regions/lmja.toml", atomically: true, encoding: .utf8)
        try fixture.run(["-c", "user.name=Opzet", "-c", "user.email=opzet@test.invalid", "commit", "--quiet", "-am", "Eigen landelijke agenda"])
        return fixture
    }

    @Test func theTextEditorRefusesARenameAnotherAgendaCitesAndSavesADraft() throws {
        let fixture = try Self.workspace()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let agenda = try #require(harness.site.store.agenda("am05"))
        let (text, version) = try harness.site.store.read(agenda)
        // Renaming the signal the national agenda cites as AM05/werkcentrum-loket: refused.
        let renamed = text.replacingOccurrences(of: "id = \"werkcentrum-loket\"", with: "id = \"werkcentrum-balie\"")
        #expect(renamed != text)
        let refused = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("versie", version), ("tekst", renamed)])
        #expect(refused.status.code == 422, "\(refused.text)")
        #expect(refused.text.contains("N" + Self.words.dropFirst()), "\(refused.text)")
        #expect(refused.text.contains(Self.citation) && refused.text.contains(Self.citationLink), "\(refused.text)")
        // The text stays in the form, so nothing typed is lost.
        #expect(refused.text.contains("werkcentrum-balie"))
        #expect(fixture.text("regions/am05-twente.toml") == text)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        // A draft with an error of its own (an unknown status) and nothing elsewhere: saved as before.
        let draft = text.replacingOccurrences(of: "status = \"teruggekoppeld\"", with: "status = \"klaar\"")
        #expect(draft != text)
        let saved = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("versie", version), ("tekst", draft)])
        #expect(saved.status.code == 303, "\(saved.text)")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "3\n")
        // An error another agenda had before does not stop a save: with the rename saved through
        // git behind the server's back, Twente's next edit (a title) is saved although the national
        // agenda still cites the old name.
        try renamed.write(toFile: fixture.folder + "/regions/am05-twente.toml", atomically: true, encoding: .utf8)
        try fixture.run(["-c", "user.name=Opzet", "-c", "user.email=opzet@test.invalid", "commit", "--quiet", "-am", "Hernoemd"])
        let (current, currentVersion) = try harness.site.store.read(agenda)
        let retitled = current.replacingOccurrences(of: "titel = \"Eén loket in het Werkcentrum", with: "titel = \"Eén loket in elk Werkcentrum")
        #expect(retitled != current)
        let again = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("versie", currentVersion), ("tekst", retitled)])
        #expect(again.status.code == 303, "\(again.text)")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "5\n")
    }

    /// Restoring a version of the national agenda from before a theme's id was put back: refused as a
    /// save would be (the regions name that theme); restoring one that breaks nothing: saved.
    @Test func aRestoreThatGivesAnotherAgendaAnErrorIsRefused() throws {
        let fixture = try Self.workspace()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("beraad")
        let original = fixture.text("regions/lmja.toml")
        func commit(_ text: String, _ message: String) throws -> String {
            try text.write(toFile: fixture.folder + "/regions/lmja.toml", atomically: true, encoding: .utf8)
            try fixture.run(["-c", "user.name=Opzet", "-c", "user.email=opzet@test.invalid", "commit", "--quiet", "-am", message])
            return try fixture.run(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let broken = try commit(original.replacingOccurrences(of: "id = \"lt3-mobiliteit\"", with: "id = \"lt3-mobiel\""), "Hernoemd")
        let retitled = try commit(original.replacingOccurrences(of: "\ntitel = \"", with: "\ntitel = \"Nieuw: "), "Titel")
        _ = try commit(original, "Terug")
        let refused = harness.ask("POST", "/agenda/lmja/herstellen", session: session, form: [("versie", broken)])
        #expect(refused.status.code == 422, "\(refused.text)")
        #expect(refused.text.contains("N" + Self.words.dropFirst()) && refused.text.contains("Landelijk thema &#39;lt3-mobiliteit&#39; bestaat niet"), "\(refused.text)")
        #expect(!refused.text.contains("<button type=\"submit\" class=\"tweede\""), "no restore button on the refusal")
        #expect(fixture.text("regions/lmja.toml") == original)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "5\n")
        let restored = harness.ask("POST", "/agenda/lmja/herstellen", session: session, form: [("versie", retitled)])
        #expect(restored.status.code == 303, "\(restored.text)")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "6\n")
    }

    /// A signal plan with a status changed in Twente (as an edited workbook gives it), and the same
    /// plan with one change more that takes the id of the signal the national agenda cites away.
    /// No workbook the reader accepts does that today (a row is found by its id), so that plan is
    /// made by hand: the rule holds for every change the one apply path writes.
    static func signalPlans(_ fixture: WorkspaceFixture) throws -> (saves: SignalImportPlan, refused: SignalImportPlan) {
        let workspace = WorkspaceSite.checkLoader().load(directory: fixture.folder + "/regions")
        let signals = SignalCollection(workspace: workspace).signals
        var rows = signals
        let index = try #require(rows.firstIndex { $0.qualifiedID == "AM05/werkcentrum-loket" })
        rows[index].status = .solved
        var workbook = SignalWorkbook.workbook(rows)
        workbook.sheets[1] = SignalWorkbook.workbook(signals).sheets[1]
        let saves = SignalImportPlan(workbook: XlsxWriter().render(workbook), file: "signalen.xlsx", workspace: workspace)
        try #require(saves.changes.count == 1 && saves.changes[0].rows.count == 1)
        var refused = saves
        refused.changes[0].rows.append(SignalImportPlan.FieldChange(signal: "werkcentrum-loket", field: "id", old: "werkcentrum-loket", new: ""))
        return (saves, refused)
    }

    @Test func theSignalWorkbookIsNotAppliedWhenAnotherAgendaGetsAnError() throws {
        let fixture = try Self.workspace()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let layout = Layout(person: harness.site.gatekeeper.person(named: "twente"), csrfToken: "")
        let before = fixture.text("regions/am05-twente.toml")
        let (saves, refused) = try Self.signalPlans(fixture)
        let answer = harness.site.applyImport(refused, refusedRows: [], layout: layout)
        #expect(answer.status.code == 409, "\(answer.text)")
        #expect(answer.text.contains("am05-twente: " + Self.words), "\(answer.text)")
        #expect(answer.text.contains(Self.citation) && answer.text.contains(Self.citationLink), "\(answer.text)")
        #expect(fixture.text("regions/am05-twente.toml") == before)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        let applied = harness.site.applyImport(saves, refusedRows: [], layout: layout)
        #expect(applied.status.code == 200 && applied.text.contains("am05-twente: opgeslagen"), "\(applied.text)")
        #expect(try FormsTests.lastDiff(fixture) == "-status = \"teruggekoppeld\"\n+status = \"opgelost\"")
    }

    /// A progress plan for Twente with the given edits (a row for the preview each).
    static func progressPlan(_ fixture: WorkspaceFixture, _ edits: [WorkbookEditPlan.Edit]) -> WorkbookEditPlan {
        let rows = edits.indices.map { WorkbookEditPlan.PreviewRow(cell: "Acties!F\($0 + 2)", subject: "Twente", field: "waarde", old: "", new: "\($0)") }
        return WorkbookEditPlan(agendas: [WorkbookEditPlan.AgendaEdits(file: fixture.folder + "/regions/am05-twente.toml", label: "AM05 Twente", regionCode: "AM05",
                                                                       edits: edits, rows: rows)], refused: [], workbook: "voortgang.xlsx")
    }

    /// The progress workbook changes progress only, which no other agenda reads today; the plan that
    /// renames the cited signal is made by hand, through the same apply path as every progress edit.
    @Test func theProgressWorkbookIsNotAppliedWhenAnotherAgendaGetsAnError() throws {
        let fixture = try Self.workspace()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let layout = Layout(person: harness.site.gatekeeper.person(named: "twente"), csrfToken: "")
        let file = fixture.folder + "/regions/am05-twente.toml"
        let before = fixture.text("regions/am05-twente.toml")
        let rename = Self.progressPlan(fixture, [.set(table: [.element(array: "signaal", id: "werkcentrum-loket")], key: "id", value: .string("werkcentrum-balie"))])
        let answer = harness.site.applyProgressImport(rename, allowed: [file], loader: WorkspaceSite.checkLoader(), layout: layout)
        #expect(answer.status.code == 409, "\(answer.text)")
        #expect(answer.text.contains("am05-twente: " + Self.words), "\(answer.text)")
        #expect(answer.text.contains(Self.citation) && answer.text.contains(Self.citationLink), "\(answer.text)")
        #expect(fixture.text("regions/am05-twente.toml") == before)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        let progress = Self.progressPlan(fixture, [.set(table: [.element(array: "thema", id: "zorg-instroom"), .element(array: "actie", id: "jobcoach-zorg")],
                                                        key: "voortgang", value: .integer(25))])
        let applied = harness.site.applyProgressImport(progress, allowed: [file], loader: WorkspaceSite.checkLoader(), layout: layout)
        #expect(applied.status.code == 200 && applied.text.contains("am05-twente: opgeslagen"), "\(applied.text)")
        #expect(try FormsTests.lastDiff(fixture) == "-voortgang = 10\n+voortgang = 25")
    }
}
