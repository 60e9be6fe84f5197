import Foundation
import TestSupport
import Testing
@testable import Documents

/// Our DEFLATE read by another inflater (zlib, through Python): every part of a Word file, a
/// PowerPoint deck and a PDF made by our writers (its content streams and embedded font included) and
/// the edge cases of ``DeflateTests``. Also: the matcher's kept tables never change what a stream
/// becomes, and fonts are told from text.
@Suite(.timed) struct DeflateZlibTests {
    /// The uncompressed parts of a document set made from the sample document, by name.
    static let documentParts: [(String, [UInt8])] = {
        var parts: [(String, [UInt8])] = []
        for (kind, package) in [("docx", OutputFormat.docx.writer.write(PDFWriterTests.sample)), ("pptx", PptxWriter().write(PDFWriterTests.sample))] {
            guard let archive = try? ZipReader(package) else { continue }
            for entry in archive.entries { if let bytes = archive[entry.name] { parts.append(("\(kind) \(entry.name)", bytes)) } }
        }
        let pdf = PDFWriter(compressesStreams: false).render(PDFWriterTests.sample)
        let start = Array("stream\n".utf8), end = Array("\nendstream".utf8)
        var index = 0, number = 0
        while let from = DeflateTests.find(start, in: pdf, from: index), let to = DeflateTests.find(end, in: pdf, from: from + start.count) {
            parts.append(("pdf stream \(number)", Array(pdf[(from + start.count)..<to])))
            number += 1
            index = to + end.count
        }
        return parts
    }()

    @Test(.enabled(if: ExternalTool.python3.shouldRun, ExternalTool.python3.skipReason))
    func zlibInflatesEveryStream() throws {
        let python = try ExternalTool.python3.require()
        let parts = Self.documentParts + DeflateTests.cases
        #expect(parts.count > 40, "a Word file, a deck and a PDF have many parts")
        #expect(parts.contains { $0.1.starts(with: [0, 1, 0, 0]) }, "the PDF embeds a TrueType font")
        // One file: per part its length, the part, the stream's length, the stream.
        var file: [UInt8] = []
        func append(_ bytes: [UInt8]) {
            withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { file += $0 }
            file += bytes
        }
        for (_, part) in parts {
            append(part)
            append(Deflate.compress(part))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mja-deflate-zlib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("streams.bin")
        try Data(file).write(to: data)
        let script = """
            import sys, zlib, struct
            data = open(sys.argv[1], 'rb').read()
            i = n = 0
            def take():
                global i
                (length,) = struct.unpack_from('<I', data, i)
                i += 4 + length
                return data[i - length:i]
            while i < len(data):
                part, stream = take(), take()
                try: ok = zlib.decompress(stream, -15) == part
                except zlib.error as error: ok = False
                if not ok: print('part', n, 'does not inflate to itself')
                n += 1
            print('inflated', n)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, data.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed == "inflated \(parts.count)\n", "\(printed)")
    }

    /// The hash tables are kept between streams: whatever was compressed before (large, small,
    /// alike or not), a stream is the same bytes.
    @Test func keptTablesNeverChangeAStream() {
        let xml = Self.documentParts.first { $0.0 == "docx word/document.xml" }?.1 ?? []
        #expect(xml.count > 10_000)
        let first = Deflate.compress(xml)
        var random = DeflateTests.SplitMix(state: 38)
        for other in [xml + xml, random.bytes(70_000), Array(xml.prefix(3_000)), DeflateTests.words(200_000, seed: 4), xml] {
            _ = Deflate.compress(other)
            #expect(Deflate.compress(xml) == first)
        }
        #expect(Inflate.decompress(first) == xml)
    }

    /// What a stream leaves in the kept tables is out of reach of the next one: every head slot,
    /// read back with the next stream's base, lies more than a window before its first position.
    @Test func whatAStreamLeavesIsOutOfReachOfTheNext() {
        _ = Deflate.compress(DeflateTests.words(100_000, seed: 7))
        let tables = DeflateTables.take()
        defer { DeflateTables.give(tables) }
        tables.start(count: 5_000)
        var inReach = 0
        for slot in 0..<(1 << DeflateTables.hashBits) where Int(tables.head[slot]) - tables.base > -DeflateTables.window - 1 { inReach += 1 }
        #expect(inReach == 0)
    }

    /// Every stream's base is a multiple of the chain slots (twice the window), whatever the sizes
    /// before it: the matcher counts in stored positions and finds a position's chain slot from
    /// its stored value as well as from the position.
    @Test func everyBaseIsAMultipleOfTheChainSlots() {
        let tables = DeflateTables.take()
        defer { DeflateTables.give(tables) }
        var bases: [Int] = []
        for count in [0, 1, 7, 5_000, 32_767, 32_768, 100_003] {
            tables.start(count: count)
            bases.append(tables.base)
        }
        #expect(bases.allSatisfy { $0 % DeflateTables.previousSlots == 0 }, "\(bases)")
    }

    /// A font is matched as binary data (four-byte hash), XML and PDF content as text.
    @Test func fontsAreToldFromText() throws {
        let font = try #require(Self.documentParts.first { $0.1.starts(with: [0, 1, 0, 0]) }?.1)
        let xml = try #require(Self.documentParts.first { $0.0 == "docx word/document.xml" }?.1)
        let content = try #require(Self.documentParts.filter { $0.0.hasPrefix("pdf stream") && !$0.1.starts(with: [0, 1, 0, 0]) }.max { $0.1.count < $1.1.count }?.1)
        let dutch = Array("De regio's werken samen aan één agenda voor de arbeidsmarkt van 2026 tot 2030.".utf8)
        for (bytes, binary) in [(font, true), (xml, false), (content, false), (dutch, false), ([], false)] {
            #expect(bytes.withUnsafeBufferPointer { DeflateMatcher.Settings.isBinary($0) } == binary, "\(bytes.prefix(16))")
        }
    }
}
