import Foundation
import TestSupport
import Testing
@testable import Workspace

@Suite(.timed) struct WorkspaceStoreTests {
    let anna = Author(name: "anna", displayName: "Anna de Vries")
    let bram = Author(name: "bram", displayName: "Bram Jansen")

    @Test func refusesAFolderThatIsNotAGitRepository() throws {
        let fixture = try WorkspaceFixture(git: false)
        defer { fixture.remove() }
        #expect {
            _ = try fixture.store()
        } throws: { error in
            let message = (error as? StoreError)?.message ?? ""
            return message.contains("geen git-repository") && message.contains("git init") && message.contains("git commit")
        }
    }

    @Test func aSaveIsACommitWithThePersonAsAuthor() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let store = try fixture.store()
        let twente = try #require(store.agenda("am05"))
        let (text, version) = try store.read(twente)
        let changed = replacingLine(12, of: text, with: "status = \"vastgesteld\"")
        let outcome = try store.save(twente, text: changed, base: version, author: anna, message: "am05-twente opgeslagen door Anna de Vries")
        guard case .saved(let commit, _) = outcome else { Issue.record("not saved"); return }
        #expect(fixture.text(twente.path) == changed)
        let log = try fixture.run(["log", "-1", "--format=%H|%an|%ae|%s"])
        #expect(log == "\(commit)|Anna de Vries|anna@mja-werkruimte.invalid|am05-twente opgeslagen door Anna de Vries\n")
        #expect(try fixture.run(["status", "--porcelain"]) == "")
        #expect(store.history(of: twente).map(\.author) == ["Anna de Vries", "Opzet"])
    }

    @Test func changesOnOtherLinesAreMerged() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let store = try fixture.store()
        let twente = try #require(store.agenda("am05"))
        let (text, version) = try store.read(twente)
        let annas = replacingLine(12, of: text, with: "status = \"vastgesteld\"")
        // Far enough apart for git: changes on adjacent lines count as one.
        let brams = replacingLine(64, of: text, with: "naam = \"Gemeente Enschede (centrumgemeente)\"")
        _ = try store.save(twente, text: annas, base: version, author: anna, message: "a")
        let outcome = try store.save(twente, text: brams, base: version, author: bram, message: "b")
        guard case .merged = outcome else { Issue.record("not merged"); return }
        let stored = fixture.text(twente.path)
        #expect(stored.contains("status = \"vastgesteld\"") && stored.contains("Gemeente Enschede (centrumgemeente)"))
        #expect(store.history(of: twente).first?.author == "Bram Jansen")
    }

    @Test func changesOnTheSameLinesAreNotSaved() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let store = try fixture.store()
        let twente = try #require(store.agenda("am05"))
        let (text, version) = try store.read(twente)
        let annas = replacingLine(12, of: text, with: "status = \"vastgesteld\"")
        let brams = replacingLine(12, of: text, with: "status = \"ingetrokken\"")
        _ = try store.save(twente, text: annas, base: version, author: anna, message: "a")
        let outcome = try store.save(twente, text: brams, base: version, author: bram, message: "b")
        guard case .conflict(let conflict) = outcome else { Issue.record("no conflict"); return }
        #expect(conflict.mine == brams && conflict.theirs == annas)
        #expect(conflict.marked.contains("<<<<<<< uw versie") && conflict.marked.contains(">>>>>>> intussen opgeslagen"))
        #expect(fixture.text(twente.path) == annas)
        // Saving the person's own text knowingly (begun from the stored version) then works.
        guard case .saved = try store.save(twente, text: brams, base: conflict.version, author: bram, message: "b") else {
            Issue.record("the chosen version was not saved"); return
        }
        #expect(fixture.text(twente.path) == brams)
    }

    @Test func restoreIsANewCommit() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let store = try fixture.store()
        let twente = try #require(store.agenda("am05"))
        let (text, version) = try store.read(twente)
        let first = try #require(store.history(of: twente).first).commit
        _ = try store.save(twente, text: replacingLine(12, of: text, with: "status = \"vastgesteld\""), base: version, author: anna, message: "a")
        _ = try store.restore(twente, to: first, author: bram)
        #expect(fixture.text(twente.path) == text)
        let history = store.history(of: twente)
        #expect(history.count == 3)
        #expect(history.first?.message == "am05: versie \(first.prefix(7)) teruggezet door Bram Jansen")
    }

    @Test func whenGitFailsTheFileStaysAsItWas() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let store = try fixture.store()
        let twente = try #require(store.agenda("am05"))
        let (text, version) = try store.read(twente)
        // Another git process holds the index: git add fails.
        _ = FileManager.default.createFile(atPath: fixture.folder + "/.git/index.lock", contents: Data())
        #expect {
            _ = try store.save(twente, text: text + "\n# nieuw\n", base: version, author: anna, message: "a")
        } throws: { error in
            ((error as? StoreError)?.message ?? "").contains("Er is niets opgeslagen")
        }
        #expect(fixture.text(twente.path) == text)
        #expect(store.history(of: twente).count == 1)
    }
}
