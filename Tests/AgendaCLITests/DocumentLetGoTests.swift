import Documents
import Foundation
import Testing
@testable import AgendaCLI

/// Issue 38's eighth round: a document is let go in the last format it is made in as soon as that
/// format no longer needs it (a PDF once it is laid out, before its file is put together), and a
/// build's files go to their batch from the array they are made in, without a copy into a `Data`.
/// The files are the same either way.
@Suite(.timed) struct DocumentLetGoTests {
    static func text(_ string: String) -> Inlines { [.text(InlineText(string))] }

    /// A cover, a table of contents, chapters with paragraphs, a list and a table.
    static let document: Document = {
        var blocks: [Block] = [.heading(level: 1, content: text("Een document")), .paragraph(text("Versie 1")), .tableOfContents]
        for chapter in 1...30 {
            blocks += [
                .heading(level: 2, content: text("\(chapter). Hoofdstuk")),
                .paragraph(text(String(repeating: "Werkgevers en werkzoekenden in de regio. ", count: 20))),
                .list(ListBlock(kind: .bullet, isTight: true, items: [[.paragraph(text("een punt"))], [.paragraph(text("nog een"))]])),
                .table(Table(header: ["Maatregel", "Budget"], rows: (1...12).map { ["maatregel \($0)", "\($0).000"] }, numericFrom: 1)),
            ]
        }
        return Document(metadata: DocumentMetadata(title: "Een document", kind: "Regionale Meerjarenagenda", words: .dutch), splittingCoverFrom: blocks)
    }()

    @Test(arguments: DocumentFormat.allCases.map(\.name)) func theLastFormatLetsTheDocumentGoAndMakesTheSameFiles(_ name: String) throws {
        let format = try #require(DocumentFormat(name: name))
        var held: Document? = Self.document
        let released = format.contents(releasing: &held)
        #expect(held == nil)
        #expect(released.map { $0.madeInMemory() } == format.contents(of: Self.document))
        var none: Document?
        #expect(format.contents(releasing: &none).isEmpty)
    }

    @Test func filesDeliveredOneByOneAreTheFilesMadeTogether() throws {
        let kind = DocumentKind.pages("beleidsdeel", title: "Beleidsdeel")
        for formats in [DocumentFormat.allCases, [.page(.pdf), .page(.markdown)], [.page(.pdf)], [.page(.html)], [.deck]] {
            var delivered: [DocumentBuild.DeliveredFile] = []
            try kind.forEachFile(in: formats, of: { Self.document }) { delivered.append($0) }
            let together = kind.files(in: formats) { Self.document }
            #expect(delivered.map(\.name) == together.map(\.name) && delivered.map(\.label) == together.map(\.label))
            #expect(delivered.map { $0.contents.madeInMemory() } == together.map(\.bytes))
        }
    }

    @Test func aBatchWritesArraysAndLeavesTheSameBytesAlone() throws {
        let folder = try FileBatchTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var random = UInt64(38)
        let bytes: [UInt8] = (0..<70_000).map { _ in
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: random >> 56)
        }
        let batch = FileBatch(durable: false)
        try batch.add(bytes, for: "\(folder)/array.bin")
        try batch.add(bytes, for: "\(folder)/second.bin")
        try batch.add([UInt8](), for: "\(folder)/empty.bin")
        try batch.commit()
        #expect(FileManager.default.contents(atPath: "\(folder)/array.bin") == Data(bytes))
        #expect(FileManager.default.contents(atPath: "\(folder)/second.bin") == Data(bytes))
        #expect(FileManager.default.contents(atPath: "\(folder)/empty.bin") == Data())

        // The same bytes again leave the file alone (the same inode); other bytes of the same length replace it.
        func inode(_ name: String) throws -> Int {
            try #require(try FileManager.default.attributesOfItem(atPath: "\(folder)/\(name)")[.systemFileNumber] as? Int)
        }
        let (arrayInode, secondInode) = (try inode("array.bin"), try inode("second.bin"))
        var changed = bytes
        changed[35_000] ^= 0xFF
        let again = FileBatch(durable: false)
        try again.add(bytes, for: "\(folder)/array.bin")
        try again.add(changed, for: "\(folder)/second.bin")
        try again.commit()
        #expect(try inode("array.bin") == arrayInode)
        #expect(try inode("second.bin") != secondInode)
        #expect(FileManager.default.contents(atPath: "\(folder)/second.bin") == Data(changed))
    }
}
