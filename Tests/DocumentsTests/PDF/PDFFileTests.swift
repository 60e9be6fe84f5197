import TestSupport
import Testing
@testable import Documents

/// The object layer of the PDF writer.
@Suite(.timed) struct PDFFileTests {
    /// Issue 38: the structure tree's elements are made in one reused buffer and handed over one by
    /// one; each kept the buffer's whole capacity (the largest element so far: the document's root
    /// with all its kids), so the signal report at 10 times the content held 355 MB of object
    /// bodies for 24 000 elements and at 100 times ran past 4 GB. The bodies are copied into one
    /// buffer now.
    @Test func packedObjectsHoldTheirBytesNotTheirBuffersCapacity() {
        var file = PDFFile(packsObjects: true)
        var body: [UInt8] = []
        var written = 0
        for number in 0..<5_000 {
            body.removeAll(keepingCapacity: true)
            body += [UInt8](repeating: UInt8(ascii: "a"), count: number == 0 ? 200_000 : 12)
            let object = file.reserve()
            file.addPacked(object, bytes: body)
            written += body.count + 1
        }
        #expect(file.packedCapacity < 2 * written, "\(file.packedCapacity) bytes held for \(written)")
        let root = file.reserve(), info = file.reserve()
        file.add(root, "<<>>")
        file.add(info, "<<>>")
        let bytes = file.finish(root: root, info: info)
        #expect(String(decoding: bytes.suffix(6), as: UTF8.self) == "%%EOF\n")
    }
}
