/// A growable buffer of PDF syntax, freed when it goes away: the page being drawn, the structure
/// tree's elements, the object stream's index. The same pieces as the `[UInt8]` writers in
/// `PDFBytes.swift`, byte for byte, without an array's uniqueness and capacity checks and a call
/// per piece: an `append(contentsOf:)` to an array cost about 100 instructions, and a page is
/// made of tens of thousands of short pieces.
///
/// It cannot be copied (like ``HTMLOutput``): a copy would share the memory, and the first to free
/// or grow it would leave the other pointing at freed bytes.
struct PDFOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    /// The bytes written.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Room for `extra` more bytes; the place to write them.
    @inline(__always) private mutating func room(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count &+ extra > capacity { grow(to: count + extra) }
        return base + count
    }

    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        room(1).pointee = byte
        count &+= 1
    }

    /// Appends `length` bytes from `bytes`.
    @inline(__always) mutating func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        let at = room(length)
        // Most pieces are a few bytes: a loop, not a call to memmove, for those.
        if length <= 16 {
            for index in 0..<length { at[index] = bytes[index] }
        } else {
            at.update(from: bytes, count: length)
        }
        count &+= length
    }

    @inline(__always) mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        if let start = bytes.baseAddress { append(start, count: bytes.count) }
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// Appends ASCII `text`.
    @inline(__always) mutating func pdf(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// Appends `text` as UTF-8.
    mutating func pdf(string text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends `value` with at most two decimals, no trailing zeros, followed by a space (see
    /// ``PDFNumber/write(_:to:)``, which the array writers use too).
    mutating func pdf(_ value: Double) {
        count &+= PDFNumber.write(value, to: room(PDFNumber.maximumLength))
    }

    /// Appends a non-negative integer in decimal (a negative one as 0).
    mutating func pdf(integer value: Int) {
        count &+= PDFNumber.write(integer: value, to: room(PDFNumber.maximumIntegerLength))
    }

    /// Appends an indirect reference `n 0 R` followed by a space.
    mutating func pdf(reference number: Int) {
        pdf(integer: number)
        pdf(" 0 R ")
    }

    /// Appends the one-byte codes `bytes` as a hex string of two-byte codes (see
    /// ``PDFText/appendCodes(_:to:)``).
    mutating func appendCodes(_ bytes: [UInt8]) {
        let at = room(4 * bytes.count + 2)
        at[0] = UInt8(ascii: "<")
        var index = 1
        // Each code's four characters are one word of a table, stored at once: every character
        // of every line passes here.
        Self.codeWords.withUnsafeBufferPointer { words in
            bytes.withUnsafeBufferPointer { bytes in
                let raw = UnsafeMutableRawPointer(at)
                for byte in bytes {
                    raw.storeBytes(of: words[Int(byte)], toByteOffset: index, as: UInt32.self)
                    index &+= 4
                }
            }
        }
        at[index] = UInt8(ascii: ">")
        count &+= index + 1
    }

    /// The four characters `00XY` of each one-byte code as a word, in memory order (see
    /// ``appendCodes(_:)``).
    static let codeWords: [UInt32] = (0..<256).map { code in
        let characters = [UInt8(ascii: "0"), UInt8(ascii: "0"), PDFText.hexBytes[code >> 4], PDFText.hexBytes[code & 0xF]]
        return characters.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
    }

    /// Appends `text` as a PDF text string for properties, bookmarks, alternative text and link
    /// descriptions: UTF-16BE with a byte order mark, in hex, line breaks and tabs as spaces, control
    /// characters left out (ISO 32000-1, 7.9.2.2).
    mutating func appendTextString(_ text: String) {
        pdf("<FEFF")
        PDFText.hexBytes.withUnsafeBufferPointer { hex in
            @inline(__always) func unit(_ value: UInt32, at: UnsafeMutablePointer<UInt8>) {
                at[0] = hex[Int(value >> 12 & 0xF)]
                at[1] = hex[Int(value >> 8 & 0xF)]
                at[2] = hex[Int(value >> 4 & 0xF)]
                at[3] = hex[Int(value & 0xF)]
            }
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value == 0x0A || value == 0x09 || value == 0x0D { pdf("0020"); continue }
                if TextCleaning.isRemoved(scalar) { continue }
                let at = room(8)
                if value < 0x10000 {
                    unit(value, at: at)
                    count &+= 4
                } else {  // a surrogate pair
                    let offset = value - 0x10000
                    unit(0xD800 + (offset >> 10), at: at)
                    unit(0xDC00 + (offset & 0x3FF), at: at + 4)
                    count &+= 8
                }
            }
        }
        append(UInt8(ascii: ">"))
    }

    /// Removes the last byte (the space after a number or reference).
    mutating func removeLast() {
        precondition(count > 0, "removeLast of an empty PDFOutput")
        count -= 1
    }

    /// Forgets the bytes written, keeping the memory for the next ones.
    mutating func removeAll() { count = 0 }

    /// The bytes written so far (valid until the next append).
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The bytes as an array, with room for `extra` more bytes after them (for what is appended
    /// later, so that appending does not copy them all into a larger array).
    func bytes(extraCapacity extra: Int = 0) -> [UInt8] {
        let source = base, length = count
        return [UInt8](unsafeUninitializedCapacity: length + max(0, extra)) { array, initialized in
            if length > 0, let start = array.baseAddress { start.update(from: source, count: length) }
            initialized = length
        }
    }
}
