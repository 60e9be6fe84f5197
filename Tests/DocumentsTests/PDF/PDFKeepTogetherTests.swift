import Foundation
import Markdown
import TestSupport
import Testing
@testable import Documents

/// A heading stays on the page of what it introduces, also when that is a paragraph that itself
/// goes to the next page with its table. Checked with `pdftotext` page by page, for fillers of every
/// length, so the heading falls at every place near the foot of a page.
@Suite(.timed) struct PDFKeepTogetherTests {
    static let pdftotext = ExternalTool.pdftotext

    /// The text of each page of `pdf`.
    static func pages(_ pdf: [UInt8]) throws -> [String] {
        let path = NSTemporaryDirectory() + "mja-keep-" + UUID().uuidString + ".pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(pdf).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try pdftotext.require())
        process.arguments = [path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
    }

    @Test(.enabled(if: pdftotext.shouldRun, pdftotext.skipReason), arguments: Array(stride(from: 30, through: 58, by: 2)))
    func aHeadingIsKeptWithItsIntroductionAndTable(fillers: Int) throws {
        let filler = (1...fillers).map { "Vulregel \($0)." }.joined(separator: "\n\n")
        let rows = (1...6).map { "| Rij \($0) | € \($0).000 |" }.joined(separator: "\n")
        let markdown = "# Titel\n\n\(filler)\n\n## Kop bij de tabel\n\nDeze zin leidt de tabel in.\n\n| Post | Bedrag |\n|---|--:|\n\(rows)\n"
        let pages = try Self.pages(PDFWriter().write(Document(metadata: DocumentMetadata(title: "t"), blocks: MarkdownParser.blocks(from: markdown))))
        let heading = try #require(pages.firstIndex { $0.contains("Kop bij de tabel") })
        let introduction = try #require(pages.firstIndex { $0.contains("Deze zin leidt de tabel in.") })
        let table = try #require(pages.firstIndex { $0.contains("Rij 1") })
        #expect(heading == introduction && introduction == table, "heading on page \(heading + 1), table on page \(table + 1)")
    }
}
