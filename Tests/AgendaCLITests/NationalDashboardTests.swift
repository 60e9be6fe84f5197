@testable import Agenda
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// The index page of a build is the national dashboard (issue 37, point 3): every figure with its
/// table, and a link to its CSV file only when `--formaat data` wrote it.
@Suite(.timed) struct NationalDashboardTests {
    static let sections = [
        "Het land in één oogopslag", "Thema's per arbeidsmarktregio", "Bijdragen aan de landelijke thema's",
        "Begroting per jaar en opgave", "Begroting per financieringsbron", "Voortgang van de acties", "Signalen: open en beantwoord",
    ]

    @Test func theIndexHoldsEveryFigureWithItsTableAndNoDeadLink() throws {
        let (folder, output) = try BuildCommandTests().workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/lmja.toml", toPath: folder + "/lmja.toml")
        let result = mja("build", folder, "--uit", output, "--formaat", "html")
        #expect(result.code == .success, "\(result.error)")
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        for section in Self.sections { #expect(index.contains(">\(section)</h2>"), "\(section)") }
        #expect(index.components(separatedBy: "<svg").count - 1 == 6)
        #expect(index.contains("1 regionale agenda en de landelijke agenda met samen"))
        #expect(index.contains(">Twente (AM05)</td>"))
        #expect(!index.contains("<script"))
        // No data was built: no link to it.
        #expect(!index.contains("data/"))
    }

    @Test func aCSVFileIsLinkedWhenItIsThere() throws {
        let (folder, output) = try BuildCommandTests().workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: output + "/data", withIntermediateDirectories: true)
        try "id\n".write(toFile: output + "/data/themas.csv", atomically: true, encoding: .utf8)
        let result = mja("build", folder, "--uit", output, "--formaat", "html")
        #expect(result.code == .success, "\(result.error)")
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("<a href=\"data/themas.csv\">themas.csv (CSV)</a>"), "\(index)")
        for missing in ["acties", "begroting", "signalen"] { #expect(!index.contains("data/\(missing).csv")) }
    }

    @Test func onlyTheLargestSourcesAreBars() {
        let sorted = (1...12).map { (key: "bron \($0)", value: Int64(100 - $0)) }
        let bars = NationalDashboard.largest(sorted, count: 10)
        #expect(bars.map(\.label) == (1...10).map { "bron \($0)" })
    }
}
