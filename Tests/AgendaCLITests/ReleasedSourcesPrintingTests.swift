import Agenda
import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja check` and `mja build` let go of each file's text once it is read (issue 38's eighth
/// round); printing reads a file again for the lines its messages quote, and quotes nothing from
/// a file that changed since it was read.
@Suite(.timed) struct ReleasedSourcesPrintingTests {
    /// A skeleton agenda (`mja init`: a message on many lines) beside the shipped ones.
    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "mja-released-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        for file in ["lmja.toml", "am05-twente.toml"] {
            try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/" + file, toPath: folder + "/" + file)
        }
        let skeleton = mja("init", "--regio", "am21", "--regios", folder, "--sjabloon", AgendaCommandsTests.template)
        #expect(skeleton.code == .success, "\(skeleton.error)")
        return folder
    }

    @Test func aReleasedWorkspaceIsPrintedAsOneHeldInMemory() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var loader = WorkspaceLoader()
        let plain = loader.load(directory: folder)
        loader.releasesSourceTexts = true
        let released = loader.load(directory: folder)
        let diagnostics = AgendaChecker().check(released)
        let printer = DiagnosticsPrinter(language: .dutch, colored: false)
        let output = printer.render(diagnostics, fileCount: 3) { released.sources[$0] }
        #expect(diagnostics.count > 2 * DiagnosticsPrinter.textsHeld)
        #expect(output.contains("am21-haaglanden.toml:") && output.contains(" | "))
        #expect(output == printer.render(diagnostics, fileCount: 3) { plain.sources[$0] })

        // Changed on disk after it was read: its messages are printed without a line, never a wrong one.
        let file = folder + "/am21-haaglanden.toml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "=", with: ":").write(toFile: file, atomically: true, encoding: .utf8)
        let changed = printer.render(diagnostics, fileCount: 3) { released.sources[$0] }
        let withoutAny = printer.render(diagnostics, fileCount: 3) { $0 == file ? nil : plain.sources[$0] }
        #expect(changed == withoutAny && changed != output)
    }

    /// `mja check`, which lets go of the texts, still quotes the line of a message.
    @Test func checkPrintsTheQuotedLines() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("check", folder)
        let workspace = WorkspaceLoader().load(directory: folder)
        let first = try #require(AgendaChecker().check(workspace).first { $0.file?.hasSuffix("am21-haaglanden.toml") == true && $0.range != nil })
        let quoted = try #require(workspace.sources[first.file ?? ""]?.line(first.range?.start.line ?? 0))
        #expect(!quoted.isEmpty)
        #expect(result.output.contains(" | " + quoted))
    }
}
