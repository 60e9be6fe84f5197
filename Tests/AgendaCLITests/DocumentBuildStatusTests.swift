import Diagnostics
import TestSupport
import Testing
@testable import AgendaCLI

/// What a build keeps of the diagnostics for the index (`DocumentBuild.checkStatus(of:)`), against
/// the way it read them before it let go of them: grouped by file, errors counted, warnings' codes
/// in their order.
@Suite(.timed) struct DocumentBuildStatusTests {
    /// The plain way: every diagnostic of the file, filtered.
    static func plainStatus(of file: String, in diagnostics: [Diagnostic]) -> (errors: Int, warnings: [String]) {
        let own = Dictionary(grouping: diagnostics, by: { $0.file ?? "" })[file] ?? []
        return (own.filter { $0.severity == .error }.count, own.filter { $0.severity == .warning }.map(\.code))
    }

    @Test func randomDiagnosticsGiveThePlainCounts() {
        var random = SplitMix64(seed: 9)
        let files: [String?] = [nil, "a.toml", "b.toml", "regions/c.toml"]
        let severities: [Severity] = [.error, .warning, .note]
        for round in 0..<200 {
            let diagnostics = (0..<Int(random.next() % 30)).map { _ in
                Diagnostic(severity: severities[Int(random.next() % 3)], code: "MJA\(100 + random.next() % 7)",
                           message: "melding \(round)", file: files[Int(random.next() % UInt64(files.count))])
            }
            let status = DocumentBuild.checkStatus(of: diagnostics)
            for file in ["", "a.toml", "b.toml", "regions/c.toml", "d.toml"] {
                let kept = status[file] ?? (0, [])
                let plain = Self.plainStatus(of: file, in: diagnostics)
                #expect(kept.errors == plain.errors && kept.warnings == plain.warnings)
            }
        }
    }

    @Test func noDiagnosticsNoStatus() {
        #expect(DocumentBuild.checkStatus(of: []).isEmpty)
        let notes = [Diagnostic(severity: .note, code: "MJA001", message: "n", file: "a.toml")]
        #expect(DocumentBuild.checkStatus(of: notes).isEmpty)
    }
}
