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

    /// Issue 38, memory at 100 times the content: the object stream's header (`number offset ` per
    /// object) was written into a new buffer and the bodies copied after it, so the bodies were
    /// held twice while the stream was made (22 MB for the signal report). Their buffer keeps room
    /// for the header now, which goes in front of them in place. Tiny bodies make the header five
    /// times their size: without the room, the capacity is far below what the stream needs.
    @Test func theObjectStreamsBufferHasRoomForItsHeader() {
        var file = PDFFile(packsObjects: true)
        for _ in 0..<20_000 {
            let object = file.reserve()
            file.addPacked(object, bytes: [UInt8(ascii: "0")])
            #expect(file.packedCapacity >= file.packedLength)
        }
        #expect(file.packedLength > 5 * 2 * 20_000)
    }

    /// The header written in place gives the object stream it gave when it was a copy: numbers and
    /// offsets in order, `/First` at the first body, the bodies after it.
    @Test func theObjectStreamIsTheHeaderFollowedByTheBodies() throws {
        var file = PDFFile(packsObjects: true)
        let bodies = ["<</A 1>>", "[1 2 3]", String(repeating: "x", count: 300), "null"]
        var numbers: [Int] = []
        for body in bodies {
            let number = file.reserve()
            numbers.append(number)
            file.addPacked(number, body)
        }
        let root = file.reserve(), info = file.reserve()
        file.add(root, "<<>>")
        file.add(info, "<<>>")
        let bytes = file.finish(root: root, info: info)
        // The object stream's dictionary, then its zlib data (two bytes of header, then DEFLATE).
        let dictionary = Array("/Type /ObjStm /N 4 /First ".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: dictionary) })
        let first = Int(String(decoding: bytes[(at + dictionary.count)...].prefix { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self))
        let marker = Array(">>\nstream\n".utf8)
        let start = try #require(bytes.indices.first { $0 > at && bytes[$0...].starts(with: marker) }) + marker.count
        let stream = try #require(Inflate.decompress(Array(bytes[(start + 2)...])))
        var expectedBodies: [UInt8] = []
        var header = ""
        for (number, body) in zip(numbers, bodies) {
            header += "\(number) \(expectedBodies.count) "
            expectedBodies += Array(body.utf8) + [0x0A]
        }
        #expect(first == header.utf8.count)
        #expect(stream == Array(header.utf8) + expectedBodies)
    }

    /// Issue 38: the signal report at 100 times the content put 220 899 objects in one object
    /// stream; the cross-reference stream gives each its index in two bytes, so the indexes wrapped
    /// and poppler (`pdfinfo -struct`) found no structure tree. An object stream holds at most
    /// ``PDFFile/packedLimit`` objects now, and each entry names its own stream and its index there.
    @Test func objectStreamsHoldAtMostTheLimitAndTheCrossReferenceFindsEachObject() throws {
        var file = PDFFile(packsObjects: true)
        file.packedLimit = 3
        var numbers: [Int] = []
        for index in 0..<7 {
            let number = file.reserve()
            numbers.append(number)
            file.addPacked(number, "<</I \(index)>>")
        }
        let root = file.reserve(), info = file.reserve()
        file.add(root, "<<>>")
        file.add(info, "<<>>")
        let bytes = file.finish(root: root, info: info)
        // Every object stream: its number, and per object its number and index, from its header.
        var found: [Int: (stream: Int, index: Int, body: String)] = [:]
        var counts: [Int] = []
        for (number, dictionary, data) in try Self.streams(in: bytes) where dictionary.contains("/Type /ObjStm") {
            let first = try #require(Self.integer(after: "/First ", in: dictionary))
            let header = String(decoding: data[..<first], as: UTF8.self).split(separator: " ").compactMap { Int($0) }
            counts.append(header.count / 2)
            for pair in 0..<header.count / 2 {
                let start = first + header[2 * pair + 1]
                let body = String(decoding: data[start...].prefix { $0 != 0x0A }, as: UTF8.self)
                found[header[2 * pair]] = (number, pair, body)
            }
        }
        #expect(counts == [3, 3, 1])
        // The cross-reference stream: type 2 entries name the stream and the index.
        let xref = try #require(try Self.streams(in: bytes).first { $0.dictionary.contains("/Type /XRef") })
        for (index, number) in numbers.enumerated() {
            let entry = Array(xref.data[(7 * number)..<(7 * number + 7)])
            let stream = Int(entry[1]) << 24 | Int(entry[2]) << 16 | Int(entry[3]) << 8 | Int(entry[4])
            let position = Int(entry[5]) << 8 | Int(entry[6])
            let object = try #require(found[number])
            #expect(entry[0] == 2 && stream == object.stream && position == object.index, "object \(number)")
            #expect(object.body == "<</I \(index)>>")
        }
    }

    /// The streams of a file made by `PDFFile`: object number, dictionary, data inflated.
    static func streams(in bytes: [UInt8]) throws -> [(number: Int, dictionary: String, data: [UInt8])] {
        var result: [(number: Int, dictionary: String, data: [UInt8])] = []
        let marker = Array(" 0 obj\n<<".utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index...].starts(with: marker) else {
                index += 1
                continue
            }
            var digits = index
            while digits > 0, bytes[digits - 1] >= 0x30, bytes[digits - 1] <= 0x39 { digits -= 1 }
            let number = Int(String(decoding: bytes[digits..<index], as: UTF8.self)) ?? -1
            let start = index + marker.count
            let streamMarker = Array(">>\nstream\n".utf8)
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            guard end + 7 <= bytes.count, bytes[(end - 2)...].starts(with: streamMarker) else {
                index = start
                continue
            }
            let dictionary = String(decoding: bytes[start..<(end - 2)], as: UTF8.self)
            let length = try #require(integer(after: "/Length ", in: dictionary))
            let data = Array(bytes[(end + 8)..<(end + 8 + length)])
            let inflated = dictionary.contains("/FlateDecode") ? try #require(Inflate.decompress(Array(data.dropFirst(2)))) : data
            result.append((number, dictionary, inflated))
            index = end + 8 + length
        }
        return result
    }

    static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
