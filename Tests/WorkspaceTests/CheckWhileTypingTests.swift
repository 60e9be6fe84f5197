import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The edit page's numbered lines and its check as you type: the route runs `mja check` on the
/// posted text in memory, writes nothing, takes one check per session and a bounded body.
@Suite(.timed, .serialized) struct CheckWhileTypingTests {
    @Test func theCheckOfATextIsTheCheckOfThatFile() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let store = harness.site.store
        for id in ["am05", "lmja"] {
            let agenda = try #require(store.agenda(id))
            let text = try store.read(agenda).text
            // The same findings as `mja check` over the workspace gives for the file on disk.
            #expect(harness.site.maker.check(agenda, text: text) == harness.site.maker.findings()[agenda.path] ?? [], "\(id)")
        }
    }

    @Test func aMistakeTypedIsFoundAndNothingIsWritten() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let agenda = try #require(harness.site.store.agenda("am05"))
        let text = fixture.text(agenda.path)
        let before = harness.ask("POST", "/agenda/am05/controleren", session: session, form: [("tekst", text)])
        #expect(before.status.code == 200 && !before.text.contains("#regel-12\""))
        // Line ends as a browser sends them (CR LF): the lines are still counted as the file's.
        let broken = replacingLine(12, of: text, with: "status = ").replacingOccurrences(of: "\n", with: "\r\n")
        let answer = harness.ask("POST", "/agenda/am05/controleren", session: session, form: [("tekst", broken)])
        #expect(answer.status.code == 200)
        #expect(answer.type == "text/html; charset=utf-8")
        #expect(answer.text.hasPrefix("<p>1 fout") && answer.text.contains("<a href=\"#regel-12\">regel 12, kolom"), "\(answer.text.prefix(400))")
        // Checked, not saved: the file, the history and the folder are as they were.
        #expect(fixture.text(agenda.path) == text)
        #expect(try fixture.run(["status", "--porcelain", "--ignored"]) == "")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    @Test func oneCheckAtATimePerSession() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente"), other = harness.session("twente")
        let text = fixture.text("regions/am05-twente.toml")
        // A check of this session is running (held here, so no timing is involved).
        #expect(harness.site.checks.enter(session.id))
        let second = harness.ask("POST", "/agenda/am05/controleren", session: session, form: [("tekst", text)])
        #expect(second.status.code == 429 && second.header("Retry-After") == "1")
        #expect(harness.ask("POST", "/agenda/am05/controleren", session: other, form: [("tekst", text)]).status.code == 200)
        harness.site.checks.leave(session.id)
        #expect(harness.ask("POST", "/agenda/am05/controleren", session: session, form: [("tekst", text)]).status.code == 200)
    }

    @Test func aTextTooLargeToCheckWhileTypingIsRefused() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let large = fixture.text("regions/am05-twente.toml") + "\n# " + String(repeating: "x", count: WorkspaceSite.checkLimit) + "\n"
        let answer = harness.ask("POST", "/agenda/am05/controleren", session: session, form: [("tekst", large)])
        #expect(answer.status.code == 413 && answer.text.contains("te groot om tijdens het typen te controleren"))
    }

    @Test func theEditPageNumbersItsLinesAndLoadsOnlyItsScriptFile() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let text = fixture.text("regions/am05-twente.toml")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let page = harness.ask("GET", "/agenda/am05/bewerken", session: session).text
        // One number per line of the text in the gutter beside the text area, the last one too.
        #expect(page.components(separatedBy: "<span id=\"regel-").count - 1 == lines)
        #expect(page.contains("<span id=\"regel-\(lines)\">\(lines)</span></pre>"))
        #expect(page.contains("rows=\"\(lines + WorkspaceSite.spareRows)\" spellcheck"))
        #expect(page.contains("data-controle=\"/agenda/am05/controleren\"") && page.contains("id=\"controle-stand\" role=\"status\""))
        // Script only as a file from this server; the policy allows nothing else.
        #expect(page.components(separatedBy: "<script").count == 2 && page.contains("<script src=\"/werkruimte.js\" defer></script>"))
        #expect(WorkspaceServer.pagePolicy.contains("script-src 'self';") && WorkspaceServer.pagePolicy.contains("connect-src 'self';"))
        #expect(!WorkspaceServer.pagePolicy.contains("unsafe"))
        let script = harness.ask("GET", "/werkruimte.js")
        #expect(script.status.code == 200 && script.text.contains("/controleren") == false && script.text.contains("data-controle"))
        #expect(!script.text.contains("eval(") && !script.text.contains("new Function"))
    }

    @Test func aSaveRefusedShowsTheFindingsOfTheTextInTheForm() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let agenda = try #require(harness.site.store.agenda("am05"))
        let (text, version) = try harness.site.store.read(agenda)
        // Refused for its control character; the mistake on line 12 is in the form's text only.
        let hostile = replacingLine(12, of: replacingLine(10, of: text, with: "titel = \"Twente\u{7}\""), with: "status = ")
        let answer = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("versie", version), ("tekst", hostile)])
        #expect(answer.status.code == 422)
        #expect(answer.text.contains("Van de tekst in het formulier (niet opgeslagen)."))
        #expect(answer.text.contains("<a href=\"#regel-12\">regel 12"))
        #expect(fixture.text(agenda.path) == text)
    }
}
