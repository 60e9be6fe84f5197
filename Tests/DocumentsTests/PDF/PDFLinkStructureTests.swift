import Foundation
import Markdown
import TestSupport
import Testing
@testable import Documents

/// A link is a `Link` element at its place in the reading order: a child of its paragraph between
/// the text before and after it, holding its own text and its annotation (PDF/UA, ISO 32000-1 14.8.4.4.2).
@Suite(.timed) struct PDFLinkStructureTests {
    static let pdfinfo = ExternalTool.pdfinfo

    static let document = PDFWriterTests.document("""
        # Links

        Zie ook [het uitvoeringsdeel](https://example.nl/uitvoering) en daarna de rest van de zin.
        """)

    @Test func theLinkElementHoldsItsTextAndAnnotationInThePlaceOfTheText() throws {
        let text = String(decoding: PDFWriter(compressesStreams: false).render(Self.document), as: UTF8.self)
        // The link's text is marked content of its own element: three pieces of text in the line.
        #expect(text.contains("/Link <</MCID "))
        #expect(text.contains(PDFWriterTests.shown("Zie ook ") + " Tj ET"))
        #expect(text.contains(PDFWriterTests.shown("het uitvoeringsdeel") + " Tj ET"))
    }

    @Test(.enabled(if: pdfinfo.shouldRun, pdfinfo.skipReason))
    func pdfinfoShowsTheLinkBetweenTheWordsAroundIt() throws {
        let path = NSTemporaryDirectory() + "mja-link-" + UUID().uuidString + ".pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(PDFWriter().render(Self.document)).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.pdfinfo.require())
        process.arguments = ["-struct-text", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let before = try #require(lines.firstIndex { $0.contains("Zie ook") })
        let link = try #require(lines.firstIndex { $0.hasPrefix("Link") })
        let linkText = try #require(lines.firstIndex { $0.contains("het uitvoeringsdeel") })
        let annotation = try #require(lines.firstIndex { $0.hasPrefix("Object ") })
        let after = try #require(lines.firstIndex { $0.contains("en daarna de rest") })
        #expect(before < link && link < linkText && linkText < after, "\(lines)")
        #expect(link < annotation && annotation < after, "\(lines)")
    }

    /// PDF/UA-1: every link annotation says where it goes (/Contents) and is printed (/F 4).
    @Test func linksAreDescribedAndPrinted() {
        var document = PDFWriterTests.document("# Titel\n\nVersie 1\n\n## Eerste deel\n\nZie [de site](https://example.nl/a) en [het deel](#eerste-deel).\n")
        document.tableOfContentsDepth = 2
        let text = String(decoding: PDFWriter(compressesStreams: false).render(document), as: UTF8.self)
        let annotations = text.components(separatedBy: "/Type /Annot ").dropFirst()
        #expect(!annotations.isEmpty)
        for annotation in annotations {
            #expect(annotation.hasPrefix("/Subtype /Link /Rect ") && annotation.contains(" /F 4 /Contents <FEFF"), "\(annotation.prefix(200))")
        }
        #expect(text.contains("/Contents \(PDFText.textString("Naar https://example.nl/a"))"))
        #expect(text.contains("/Contents \(PDFText.textString("Naar Eerste deel"))"))
        // The contents entry's page number: a Link element of its own with its text and annotation
        // (PDFReadingOrderTests), described by the annotation's /Contents above.
    }

    @Test func theFileDeclaresPDFUA1() {
        let text = String(decoding: PDFWriter(compressesStreams: false).render(Self.document), as: UTF8.self)
        #expect(text.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(text.contains("/ViewerPreferences <</DisplayDocTitle true>>"))
    }
}
