/// Searches through UTF-8 bytes eight at a time. Splitting the input into lines and checking it
/// for U+0000 look at every byte of the document; doing it a word at a time makes those passes
/// a small part of parsing instead of a tenth of it.
enum ByteScanning {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is zero.
    @inline(__always) static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    /// Whether any byte of `word` is `byte`.
    @inline(__always) static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        hasZeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// The index of the first line feed or carriage return at or after `start`, or the count.
    static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = buffer.count
        var index = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if has(ASCII.newline, in: word) || has(ASCII.carriageReturn, in: word) { break }
                index += 8
            }
        }
        while index < count, buffer[index] != ASCII.newline, buffer[index] != ASCII.carriageReturn { index += 1 }
        return index
    }

    /// Whether `buffer` contains a zero byte.
    static func containsZero(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = buffer.count
        var index = 0
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                if hasZeroByte(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
                index += 8
            }
        }
        while index < count {
            if buffer[index] == 0 { return true }
            index += 1
        }
        return false
    }
}
