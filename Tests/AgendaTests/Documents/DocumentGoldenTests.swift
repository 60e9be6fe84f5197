import Documents
import Foundation
import Markdown
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// The generated documents of a small agenda, compared byte for byte with golden files. After a
/// deliberate change to the templates or writers, re-record with `MJA_RECORD_GOLDEN=1 swift test`
/// and review the diff in version control.
@Suite(.timed) struct DocumentGoldenTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let templates = URL(fileURLWithPath: AgendaFixture.repositoryRegions).deletingLastPathComponent().appendingPathComponent("templates")

    static func library() throws -> TemplateLibrary {
        try TemplateLibrary(directory: templates)
    }

    static func documents(_ agendaText: String) throws -> [(name: String, text: String)] {
        let fixture = try AgendaFixture(["am05-twente.toml": agendaText])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let agenda = try #require(workspace.agendas.first)
        let builder = AgendaDocumentBuilder(templates: try library(), workspace: workspace)
        var result: [(String, String)] = []
        for part in AgendaDocumentBuilder.Part.allCases {
            let document = try builder.document(part, of: agenda)
            for format in OutputFormat.allCases {
                let bytes = format.writer.write(document)
                if format == .docx {
                    // A Word file is a ZIP: its body is the part worth reading in a diff, a paragraph a line.
                    let body = try #require(try ZipReader(bytes)["word/document.xml"])
                    let text = String(decoding: body, as: UTF8.self).replacingOccurrences(of: "</w:p>", with: "</w:p>\n")
                    result.append(("\(part.rawValue).docx-document.xml", text))
                } else if format == .pdf {
                    // The PDF with its page content uncompressed, byte for byte as Latin-1 text, so a
                    // diff shows the drawing operators; the compressed file differs only in its streams.
                    let plain = PDFWriter(compressesStreams: false).render(document)
                    result.append(("\(part.rawValue).pdf", String(String.UnicodeScalarView(plain.map { Unicode.Scalar($0) }))))
                } else {
                    result.append(("\(part.rawValue).\(format.fileExtension)", String(decoding: bytes, as: UTF8.self)))
                }
            }
        }
        return result
    }

    @Test func documentsMatchTheGoldenFiles() throws {
        let record = ProcessInfo.processInfo.environment["MJA_RECORD_GOLDEN"] != nil
        for (name, text) in try Self.documents(Sample.twente) {
            let url = Self.goldenFolder.appendingPathComponent(name)
            if record {
                try text.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(text == expected, "\(name) differs from its golden file:\n\(Self.firstDifference(text, expected))")
        }
    }

    @Test func theSameInputGivesByteIdenticalDocuments() throws {
        let first = try Self.documents(Sample.twente)
        let second = try Self.documents(Sample.twente)
        #expect(first.map(\.text) == second.map(\.text))
    }

    /// The first differing line of two texts, with its number, for a readable failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let left = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let right = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<einde>"
            let b = index < right.count ? String(right[index]) : "<einde>"
            if a != b { return "regel \(index + 1)\n  gemaakt:  \(a)\n  verwacht: \(b)" }
        }
        return "geen verschil"
    }
}
