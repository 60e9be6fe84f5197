import TestSupport
import Testing
@testable import Documents

/// The PDF says its colours are sRGB: an output intent with an ICC profile that mja makes itself
/// (PDF/A, ISO 19005-2 6.2.3), and the profile is a well-formed ICC file.
@Suite(.timed) struct PDFOutputIntentTests {
    @Test func theCatalogHasAnSRGBOutputIntentWithItsProfile() throws {
        let pdf = PDFWriter(compressesStreams: false).render(PDFWriterTests.document("# Titel\n\nTekst.\n"))
        let text = String(decoding: pdf, as: UTF8.self)
        let intent = try #require(text.range(of: "/OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier "))
        let reference = try #require(text[intent.upperBound...].range(of: "/DestOutputProfile "))
        let number = text[reference.upperBound...].prefix { $0.isNumber }
        let header = Array("\n\(number) 0 obj\n<</N 3 /Length \(SRGBProfile.bytes.count)>>\nstream\n".utf8)
        let start = try #require((0...(pdf.count - header.count)).first { pdf[$0..<$0 + header.count].elementsEqual(header) })
        #expect(pdf[(start + header.count)...].starts(with: SRGBProfile.bytes))
    }

    @Test func theProfileIsAWellFormedICCProfile() {
        let bytes = SRGBProfile.bytes
        func uint32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        func text(_ at: Int) -> String { String(decoding: bytes[at..<at + 4], as: UTF8.self) }
        #expect(uint32(0) == bytes.count)
        #expect(text(12) == "mntr" && text(16) == "RGB " && text(20) == "XYZ " && text(36) == "acsp")
        let count = uint32(128)
        var signatures: [String] = []
        for index in 0..<count {
            let entry = 132 + 12 * index
            let offset = uint32(entry + 4), size = uint32(entry + 8)
            signatures.append(text(entry))
            #expect(offset % 4 == 0 && offset + size <= bytes.count, "\(text(entry))")
        }
        #expect(Set(signatures) == ["desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"])
    }
}
