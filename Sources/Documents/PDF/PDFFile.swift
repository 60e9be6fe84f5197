import Hashing

/// The object layer of a PDF file (ISO 32000-1, section 7.5): numbered indirect objects written
/// in order, their byte offsets, the cross-reference table and the trailer. Object numbers are
/// reserved first and filled in later, so objects can refer to each other in any order.
///
/// With `packsObjects`, small objects (the structure tree's elements, bookmarks, annotations) go
/// into one compressed object stream and the cross-reference table becomes a compressed
/// cross-reference stream (7.5.7 and 7.5.8, PDF 1.5 and later); the structure tree of a tagged
/// document is most of its bytes otherwise. An object stream holds at most ``packedLimit``
/// objects; the next ones go into another. Without it the file is plain text apart from the
/// content streams, for reading in an editor.
///
/// Bodies are ASCII text (dictionaries, arrays, hex strings); only stream data is binary.
///
/// With a ``ByteSink`` the file goes out in pieces of about ``defaultChunk`` bytes as it is made, so that
/// it is never whole in memory; the objects' offsets are counted as the bytes go out, and the `/ID`
/// hashed from them. Without one it is kept and ``finish(root:info:)`` returns it: the same bytes.
struct PDFFile {
    /// The bytes not yet handed to the sink; without a sink, the whole file so far.
    private(set) var bytes: [UInt8] = []
    /// Where the bytes go as they are made; nil: they stay in `bytes`.
    private let sink: (any ByteSink)?
    /// How many bytes went to the sink so far.
    private var handedOn = 0
    /// The `/ID`'s hashes of the bytes handed on so far.
    private var handedIdentifier = PDFIdentifier()
    /// How many bytes are gathered before they go to the sink: a few write calls for a large file,
    /// and little memory. Smaller in tests, to hand on many pieces.
    static let defaultChunk = 128 * 1024
    private let chunk: Int
    /// Where each object is, by number (see ``PDFLocation``); index 0 is the free-list head. Four
    /// bytes an object, not an enum of 16: the signal report at 100 times the content has 330 000
    /// objects, whose places were 5.3 MB held to the file's end.
    private var locations: [UInt32] = [PDFLocation.free]
    /// Whether ``addPacked(_:_:)`` puts objects in an object stream.
    let packsObjects: Bool
    /// The objects waiting for the object stream: their bodies one after another, each followed by
    /// a line break, and per object its number and where its body starts. One buffer rather than an
    /// array per object: a long tagged document has hundreds of thousands of them.
    private var packedBodies: [UInt8] = []
    private var packedObjects: [(number: Int, offset: Int)] = []
    /// The length of the object stream's header (`number offset ` per object), counted as objects
    /// are added: the bodies' buffer keeps room for it, so that ``finish(root:info:)`` moves the
    /// bodies up and writes the header in front of them in the same buffer. Copied into a second
    /// buffer, the signal report's 22 MB of bodies were held twice at 100 times the content.
    private var packedHeaderLength = 0
    /// The bytes held for the object stream until ``finish(root:info:)``, capacity included.
    var packedCapacity: Int { packedBodies.capacity }
    /// The object stream's length before compression: its header and the bodies.
    var packedLength: Int { packedHeaderLength + packedBodies.count }
    /// The most objects an object stream holds; a full one is written out and the next objects
    /// start another. The cross-reference stream gives an object's index in its stream in two
    /// bytes (`/W [1 4 2]`): the signal report at 100 times the content put 220 899 objects in one
    /// stream, their indexes wrapped past 65 535, and readers that check them (poppler) found no
    /// structure tree. A full stream written out is no longer held either. The national signal
    /// report at 10 times the content (24 289 objects) still fits in one, as every smaller file.
    var packedLimit = 32_768
    /// The room ``reservePacked(objects:bytes:)`` was asked for that did not fit in the current
    /// object stream: the next streams keep their share of it when they start.
    private var laterPacked = (objects: 0, bytes: 0)
    /// The object numbers of the object streams written out so far, by chunk: the objects of
    /// chunk `n` are in `packedStreams[n]`; those of the last chunk in the stream ``finish(root:info:)`` writes.
    private var packedStreams: [Int] = []

    /// Starts a PDF 1.7 file; the comment with four bytes above 127 tells tools it is binary. With
    /// `sink`, the bytes go there as they are made.
    init(packsObjects: Bool = false, sink: (any ByteSink)? = nil, chunk: Int = PDFFile.defaultChunk) {
        self.packsObjects = packsObjects
        self.sink = sink
        self.chunk = chunk
        bytes.reserveCapacity(sink == nil ? 64 * 1024 : chunk + 16 * 1024)
        append("%PDF-1.7\n%")
        bytes += [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    }

    /// Makes room for `count` bytes of file in all, when the caller knows about how long the file
    /// will be: the bytes are otherwise copied into a larger array each time they double. Nothing
    /// with a sink, which gets the bytes in pieces.
    mutating func reserveCapacity(_ count: Int) {
        if sink == nil { bytes.reserveCapacity(count) }
    }

    /// Where the next byte goes in the file: the bytes handed on and those held.
    var offset: Int { handedOn + bytes.count }

    /// Hands the bytes held on to the sink once they fill a chunk (with a sink only).
    private mutating func handOnIfFull() {
        if sink != nil && bytes.count >= chunk { handOn() }
    }

    /// Hands every byte held on to the sink and forgets them, keeping the buffer; `hashing` them
    /// for the `/ID` unless they come after it (the file's end: hashed twice, they cost a national
    /// build 29 million instructions).
    private mutating func handOn(hashing: Bool = true) {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { buffer in
            if hashing { handedIdentifier.add(buffer) }
            sink.write(UnsafeRawBufferPointer(buffer))
        }
        handedOn += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }

    /// Makes room for `count` more bytes of bodies of `objects` more objects in the object stream
    /// (see ``addPacked(_:bytes:)``): the bodies are otherwise copied into a larger buffer each time
    /// they double. Objects past the current stream's ``packedLimit`` go into the next streams,
    /// which each keep room for their share when they start: grown by doubling, a stream's bodies
    /// (4.2 MB in the national agenda's execution part at 100 times the content) were held twice
    /// and a half while they moved into a buffer twice their size, the peak of the build's heap.
    /// Room not written is not resident, so too much costs little. Nothing without `packsObjects`.
    mutating func reservePacked(objects: Int, bytes count: Int) {
        guard packsObjects, objects > 0 else { return }
        let fitting = Swift.min(objects, Swift.max(0, packedLimit - packedObjects.count))
        let share = count / objects * fitting
        laterPacked = (objects - fitting, count - share)
        keepPackedRoom(objects: fitting, bytes: share)
    }

    /// Keeps room in the current object stream for `objects` more bodies of `count` bytes in all.
    private mutating func keepPackedRoom(objects: Int, bytes count: Int) {
        guard objects > 0 else { return }
        // Each object's entry in the header, at most 2 x 7 digits and two spaces, is kept room for too.
        let needed = packedHeaderLength + packedBodies.count + count + 16 * objects
        if needed > packedBodies.capacity { packedBodies.reserveCapacity(needed) }
    }

    /// Keeps room for the places of `count` objects in all, when the caller knows about how many
    /// the file will have.
    mutating func reserveObjects(_ count: Int) {
        locations.reserveCapacity(count)
    }

    /// A new object number, to be written later with ``add(_:_:)`` or ``addStream(_:dictionary:data:compress:)``.
    mutating func reserve() -> Int {
        locations.append(PDFLocation.reserved)
        return locations.count - 1
    }

    /// `count` new object numbers one after another; the first of them.
    mutating func reserve(count: Int) -> Int {
        locations.append(contentsOf: repeatElement(PDFLocation.reserved, count: count))
        return locations.count - count
    }

    /// Writes object `number` with the ASCII `body`.
    mutating func add(_ number: Int, _ body: String) {
        locations[number] = PDFLocation.offset(offset)
        append("\(number) 0 obj\n")
        append(body)
        append("\nendobj\n")
        handOnIfFull()
    }

    /// Writes object `number`, in the object stream when the file packs objects. Never for a
    /// stream, and never for an object the encryption or the cross-reference needs.
    mutating func addPacked(_ number: Int, _ body: String) {
        addPacked(number, bytes: Array(body.utf8))
    }

    /// Writes object `number` with the ASCII `body` bytes, packed when the file packs objects.
    mutating func addPacked(_ number: Int, bytes body: [UInt8]) {
        body.withUnsafeBufferPointer { addPacked(number, bytes: $0) }
    }

    /// Writes object `number` with the ASCII `body` bytes, packed when the file packs objects.
    mutating func addPacked(_ number: Int, bytes body: UnsafeBufferPointer<UInt8>) {
        guard packsObjects else {
            locations[number] = PDFLocation.offset(offset)
            bytes.pdf(integer: number)
            bytes.pdf(" 0 obj\n")
            bytes += body
            bytes.pdf("\nendobj\n")
            handOnIfFull()
            return
        }
        if packedObjects.count >= packedLimit {
            let stream = reserve()
            writeObjectStream(stream)
            packedStreams.append(stream)
        }
        locations[number] = PDFLocation.packed(chunk: packedStreams.count, index: packedObjects.count)
        packedObjects.append((number, packedBodies.count))
        packedHeaderLength += PDFNumber.digitCount(number) + PDFNumber.digitCount(packedBodies.count) + 2
        // Grown by doubling as an array grows, but with the header's room included.
        let needed = packedHeaderLength + packedBodies.count + body.count + 1
        if needed > packedBodies.capacity { packedBodies.reserveCapacity(Swift.max(needed, 2 * packedBodies.capacity)) }
        packedBodies += body
        packedBodies.append(0x0A)
    }

    /// Writes object `number` as a stream: `dictionary` holds the entries other than `/Length`
    /// and `/Filter` (without `<<` `>>`). With `compress`, the data is stored Flate-compressed
    /// when that makes it smaller.
    mutating func addStream(_ number: Int, dictionary: String, data: [UInt8], compress: Bool) {
        addStream(number, dictionary: dictionary, stream: PDFStreamData(data, compress: compress))
    }

    /// Writes object `number` as a stream whose data is already as it goes into the file.
    mutating func addStream(_ number: Int, dictionary: String, stream: PDFStreamData) {
        locations[number] = PDFLocation.offset(offset)
        var head = PDFOutput(capacity: 64 + dictionary.utf8.count)
        head.pdf(integer: number)
        head.pdf(" 0 obj\n<<")
        if !dictionary.isEmpty {
            head.pdf(string: dictionary)
            head.append(0x20)
        }
        head.pdf("/Length ")
        head.pdf(integer: stream.payload.count)
        if stream.isCompressed { head.pdf(" /Filter /FlateDecode") }
        head.pdf(">>\nstream\n")
        bytes.append(contentsOf: head.buffer)
        if sink != nil && bytes.count + stream.payload.count >= chunk {
            // Handed on as it is, not copied into the chunk first.
            handOn()
            stream.payload.withUnsafeBufferPointer { payload in
                handedIdentifier.add(payload)
                sink?.write(UnsafeRawBufferPointer(payload))
            }
            handedOn += stream.payload.count
        } else {
            bytes += stream.payload
        }
        bytes.pdf("\nendstream\nendobj\n")
        handOnIfFull()
    }

    /// Ends the file: the object stream if any, the cross-reference table (or stream) and the
    /// trailer with `root` and `info`, and an `/ID` made from the content, so the same document
    /// gives the same bytes. Returns the file; with a sink, which has had every byte, nothing.
    mutating func finish(root: Int, info: Int) -> [UInt8] {
        if packsObjects {
            finishWithStreams(root: root, info: info)
        } else {
            let identifier = identifierSoFar()
            let start = offset
            append("xref\n0 \(locations.count)\n0000000000 65535 f \n")
            for location in locations.dropFirst() {
                guard let offset = PDFLocation.offset(of: location) else { preconditionFailure("a PDF object was reserved and never written") }
                append(Self.padded(offset) + " 00000 n \n")
            }
            append("trailer\n<</Size \(locations.count) /Root \(root) 0 R /Info \(info) 0 R /ID [<\(identifier)> <\(identifier)>]>>\n")
            append("startxref\n\(start)\n%%EOF\n")
        }
        // After the `/ID`: the bytes left need no hashing.
        handOn(hashing: false)
        return bytes
    }

    /// The `/ID` of the bytes so far: those handed on and those held.
    private func identifierSoFar() -> String {
        var identifier = handedIdentifier
        bytes.withUnsafeBufferPointer { identifier.add($0) }
        return identifier.text
    }

    private mutating func finishWithStreams(root: Int, info: Int) {
        let stream = reserve()
        if !packedObjects.isEmpty {
            writeObjectStream(stream)
        } else {
            add(stream, "null")
        }
        let xref = reserve()
        let start = offset
        locations[xref] = PDFLocation.offset(start)
        // Entries of 1 + 4 + 2 bytes: type, offset or object stream number, generation or index.
        var table: [UInt8] = []
        table.reserveCapacity(locations.count * 7)
        // The free-list head, then every object.
        table.append(0)
        table.appendU32(0)
        table.appendU16(65535)
        for location in locations.dropFirst() {
            let (type, field, index): (UInt8, Int, Int)
            if let offset = PDFLocation.offset(of: location) {
                (type, field, index) = (1, offset, 0)
            } else if case let (inStream, position)? = PDFLocation.packed(of: location) {
                (type, field, index) = (2, inStream < packedStreams.count ? packedStreams[inStream] : stream, position)
            } else {
                preconditionFailure("a PDF object was reserved and never written")
            }
            table.append(type)
            table.appendU32(UInt32(truncatingIfNeeded: field))
            table.appendU16(UInt16(truncatingIfNeeded: index))
        }
        let identifier = identifierSoFar()
        let packedTable = PDFFlate.compress(table)
        _ = consume table
        append("\(xref) 0 obj\n<</Type /XRef /Size \(locations.count) /W [1 4 2] /Root \(root) 0 R /Info \(info) 0 R /ID [<\(identifier)> <\(identifier)>] /Length \(packedTable.count) /Filter /FlateDecode>>\nstream\n")
        bytes += packedTable
        append("\nendstream\nendobj\nstartxref\n\(start)\n%%EOF\n")
    }

    /// Writes the objects waiting for the object stream as object stream `number` and starts the next.
    private mutating func writeObjectStream(_ number: Int) {
        // Written into a byte buffer, not appended to an array a number at a time (two numbers
        // per object, 13 million instructions of a national build that way).
        var header = PDFOutput(capacity: packedHeaderLength)
        for object in packedObjects {
            header.pdf(integer: object.number)
            header.append(0x20)
            header.pdf(integer: object.offset)
            header.append(0x20)
        }
        let first = header.count
        // In place: the bodies' buffer has the header's room (see `packedHeaderLength`).
        packedBodies.insert(contentsOf: header.buffer, at: 0)
        _ = consume header
        let data = packedBodies
        packedBodies = []
        let count = packedObjects.count
        packedObjects.removeAll(keepingCapacity: true)
        packedHeaderLength = 0
        addStream(number, dictionary: "/Type /ObjStm /N \(count) /First \(first)", data: data, compress: true)
        _ = consume data
        // The next stream's share of the room asked for (see `reservePacked`), once this one is let go.
        if laterPacked.objects > 0 {
            let objects = Swift.min(laterPacked.objects, packedLimit)
            let share = laterPacked.bytes / laterPacked.objects * objects
            laterPacked = (laterPacked.objects - objects, laterPacked.bytes - share)
            keepPackedRoom(objects: objects, bytes: share)
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Ten digits, zero-padded, as the cross-reference table requires.
    private static func padded(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// The `/ID` of a whole file's `bytes` (see ``PDFIdentifier``).
    static func identifier(of bytes: [UInt8]) -> String {
        var identifier = PDFIdentifier()
        bytes.withUnsafeBufferPointer { identifier.add($0) }
        return identifier.text
    }
}

/// A file's `/ID`: 16 bytes in hex from two hashes of the content in one pass, FNV-1a and a variant
/// that adds where FNV-1a takes the exclusive or, from another start. Stable, no clock, no random.
/// Taken piece by piece as the file goes out: the same hashes as of the whole.
struct PDFIdentifier {
    private var first = FNV1a.offset64
    private var second: UInt64 = 0x8422_2325_cbf2_9ce4

    /// Goes on over `bytes`.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var first = first, second = second
        for byte in bytes {
            first = FNV1a.step(first, byte)
            second = (second &+ UInt64(byte)) &* FNV1a.prime64
        }
        self.first = first
        self.second = second
    }

    /// The identifier in hex, 32 characters.
    var text: String { PDFText.hex(first) + PDFText.hex(second) }
}

/// Where an object of a ``PDFFile`` is, in four bytes: reserved and not yet written, at a byte
/// offset in the file (below 2 GiB), or in an object stream at an index. The file's places would
/// otherwise take 16 bytes an object.
enum PDFLocation {
    static let free: UInt32 = 0
    static let reserved: UInt32 = .max
    /// The high bit marks a packed object; below it, 15 bits of stream and 16 of index.
    private static let packedFlag: UInt32 = 0x8000_0000

    /// At byte `offset` of the file.
    static func offset(_ offset: Int) -> UInt32 {
        precondition(offset >= 0 && offset < Int(packedFlag), "a PDF of 2 GiB or more")
        return UInt32(offset)
    }

    /// In object stream `chunk` (by the order they are written), at `index`.
    static func packed(chunk: Int, index: Int) -> UInt32 {
        precondition(chunk < 0x7FFF && index <= 0xFFFF, "more object streams or objects in one than a PDF location holds")
        return packedFlag | UInt32(chunk) << 16 | UInt32(index)
    }

    /// The offset `location` holds; nil for a packed or reserved one.
    static func offset(of location: UInt32) -> Int? {
        location & packedFlag == 0 ? Int(location) : nil
    }

    /// The stream and index `location` holds; nil for any other.
    static func packed(of location: UInt32) -> (chunk: Int, index: Int)? {
        guard location & packedFlag != 0, location != reserved else { return nil }
        return (Int(location >> 16 & 0x7FFF), Int(location & 0xFFFF))
    }
}

/// A stream's data as it goes into the file: Flate-compressed when that was asked for and makes it
/// smaller, else as it is.
struct PDFStreamData {
    let payload: [UInt8]
    let isCompressed: Bool

    /// `data`, compressed with `compress` when it is over 64 bytes and compressing makes it smaller.
    init(_ data: [UInt8], compress: Bool) {
        if compress && data.count > 64 {
            let packed = PDFFlate.compress(data)
            if packed.count < data.count {
                payload = packed
                isCompressed = true
                return
            }
        }
        payload = data
        isCompressed = false
    }
}
