@testable import Documents
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 38's ninth round: a build writes a PDF into its temporary file as it is made, never whole in
/// memory. The file is the one made in memory; it still takes its place only at the commit, a file
/// that already holds the same bytes is left alone, and a write that fails (a full disk, the folder
/// gone) gives the user's message naming the file and leaves nothing half-written.
@Suite(.timed) struct StreamedFileTests {
    /// Documents of 1 to 40 chapters of random lengths (see ``DocumentLetGoTests/document``).
    static func documents(seed: UInt64) -> [Document] {
        var random = SplitMix64(seed: seed)
        return (0..<4).map { _ in
            var blocks: [Block] = [.heading(level: 1, content: DocumentLetGoTests.text("Een document")), .tableOfContents]
            for chapter in 1...Int.random(in: 1...40, using: &random) {
                blocks.append(.heading(level: 2, content: DocumentLetGoTests.text("\(chapter). Hoofdstuk")))
                let words = Int.random(in: 1...60, using: &random)
                blocks.append(.paragraph(DocumentLetGoTests.text(String(repeating: "Werkgevers en werkzoekenden. ", count: words))))
                if Bool.random(using: &random) {
                    blocks.append(.table(Table(header: ["Maatregel", "Budget"], rows: (1...Int.random(in: 1...30, using: &random)).map { ["m \($0)", "\($0).000"] }, numericFrom: 1)))
                }
            }
            return Document(metadata: DocumentMetadata(title: "Een document", kind: "Regionale Meerjarenagenda", words: .dutch), splittingCoverFrom: blocks)
        }
    }

    /// Every name in `folder` and below, hidden ones (temporary files) included.
    static func names(in folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func aPDFWrittenAsItIsMadeIsThePDFMadeInMemory() throws {
        let output = try FileBatchTests.folder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let writer = try BuildWriter(output: output)
        let documents = Self.documents(seed: 38) + [DocumentLetGoTests.document]
        for (index, document) in documents.enumerated() {
            try writer.add("map \(index % 2)/\(index).pdf", .pdf(PDFWriter().laidOut(document)))
        }
        // Nothing in place before the commit.
        #expect(!Self.names(in: output).contains { $0.hasSuffix(".pdf") && !$0.contains("/.") })
        try writer.commit()
        for (index, document) in documents.enumerated() {
            let written = FileManager.default.contents(atPath: "\(output)/map \(index % 2)/\(index).pdf")
            #expect(written == Data(PDFWriter().render(document)), "document \(index)")
        }
        #expect(Self.names(in: output).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func contentsWrittenIntoASinkAreTheContentsMadeInMemory() {
        for document in Self.documents(seed: 9) {
            let sink = ByteArraySink()
            FileContents.pdf(PDFWriter().laidOut(document)).write(to: sink)
            #expect(sink.bytes == FileContents.pdf(PDFWriter().laidOut(document)).madeInMemory())
            #expect(sink.bytes == PDFWriter().render(document))
        }
        let bytes: [UInt8] = Array("<p>hallo</p>".utf8)
        let sink = ByteArraySink()
        FileContents.bytes(bytes).write(to: sink)
        #expect(sink.bytes == bytes && FileContents.bytes(bytes).madeInMemory() == bytes)
    }

    /// Written in pieces as a PDF is: the same bytes again leave the file alone (the same inode),
    /// other bytes of the same length replace it, as for a file from an array.
    @Test func aStreamedFileWithTheSameBytesLeavesTheFileAlone() throws {
        let output = try FileBatchTests.folder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        var random = SplitMix64(seed: 5)
        let bytes = (0..<200_003).map { _ in UInt8.random(in: 0...255, using: &random) }
        func write(_ bytes: [UInt8], as name: String, to writer: BuildWriter) throws {
            try writer.add(name) { sink in
                bytes.withUnsafeBytes { all in
                    var start = 0
                    while start < all.count {
                        let end = min(all.count, start + 70_001)
                        sink.write(UnsafeRawBufferPointer(rebasing: all[start..<end]))
                        start = end
                    }
                }
            }
        }
        let first = try BuildWriter(output: output)
        try write(bytes, as: "a.pdf", to: first)
        try write(bytes, as: "b.pdf", to: first)
        try first.commit()
        func inode(_ name: String) throws -> Int {
            try #require(try FileManager.default.attributesOfItem(atPath: "\(output)/\(name)")[.systemFileNumber] as? Int)
        }
        let (a, b) = (try inode("a.pdf"), try inode("b.pdf"))
        var changed = bytes
        changed[150_000] ^= 0x01
        let second = try BuildWriter(output: output)
        try write(bytes, as: "a.pdf", to: second)
        try write(changed, as: "b.pdf", to: second)
        try second.commit()
        #expect(try inode("a.pdf") == a)
        #expect(try inode("b.pdf") != b)
        #expect(FileManager.default.contents(atPath: "\(output)/a.pdf") == Data(bytes))
        #expect(FileManager.default.contents(atPath: "\(output)/b.pdf") == Data(changed))
        #expect(Self.names(in: output) == ["a.pdf", "b.pdf"])
    }

    /// A disk that fills up halfway through a PDF: the file's descriptor is made to point at
    /// `/dev/full`, so the writes after it fail as on a full disk.
    @Test func aFullDiskNamesTheFileAndLeavesNothing() throws {
        let output = try FileBatchTests.folder() + "/uit"
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        let writer = try BuildWriter(output: output)
        try writer.add("am05-twente/beleidsdeel.html", Array("<p>eerder</p>".utf8))
        let full = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(full >= 0)
        defer { close(full) }
        let laidOut = PDFWriter().laidOut(DocumentLetGoTests.document)
        var pieces = 0
        let error = #expect(throws: (any Error).self) {
            try writer.add("am05-twente/uitvoeringsdeel.pdf") { sink in
                let filling = FillingSink(sink, full: full)
                // Small pieces, so that the disk fills in the middle of the file.
                laidOut.write(to: filling, chunk: 1_000)
                pieces = filling.pieces
            }
        }
        #expect(pieces > 3)
        let message = try #require(error.flatMap(FileSystemMessage.text(for:)))
        #expect(message.dutch == "'\(output)/am05-twente/uitvoeringsdeel.pdf' kan niet worden gelezen of geschreven: de schijf is vol")
        writer.abandon()
        #expect(!FileManager.default.fileExists(atPath: output), "nothing of the build stays: \(Self.names(in: output))")
    }

    /// The output folder removed while a PDF is written: the commit cannot name it, says so naming
    /// the file, and nothing is left.
    @Test func aFolderGoneNamesTheFileAndLeavesNothing() throws {
        let parent = try FileBatchTests.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let output = parent + "/uit"
        let writer = try BuildWriter(output: output)
        try writer.add("am05-twente/beleidsdeel.pdf") { sink in
            let laidOut = PDFWriter().laidOut(DocumentLetGoTests.document)
            try? FileManager.default.removeItem(atPath: output)
            laidOut.write(to: sink)
        }
        let error = #expect(throws: (any Error).self) { try writer.commit() }
        let message = try #require(error.flatMap(FileSystemMessage.text(for:)))
        #expect(message.dutch.hasPrefix("'\(output)/am05-twente/beleidsdeel.pdf' kan niet worden gelezen of geschreven"), "\(message.dutch)")
        writer.abandon()
        #expect(Self.names(in: parent) == [])
    }
}

/// A file's sink whose disk fills after the first piece: from the second piece on it writes to
/// `/dev/full` (`full`, put in the file's place), as a disk that fills halfway through a file.
final class FillingSink: ByteSink {
    let sink: FileSink, full: Int32
    var pieces = 0
    init(_ sink: FileSink, full: Int32) { (self.sink, self.full) = (sink, full) }
    func write(_ bytes: UnsafeRawBufferPointer) {
        pieces += 1
        if pieces == 2 { dup2(full, sink.descriptor) }
        sink.write(bytes)
    }
}
