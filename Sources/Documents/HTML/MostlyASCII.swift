/// Makes a `String` from UTF-8 that is mostly ASCII, such as HTML written from Dutch text.
///
/// `String` validates the UTF-8 it is made from. All-ASCII input it checks eight bytes at a time,
/// but a single accented letter sends the whole input through its byte-by-byte validator, about
/// nine instructions a byte: for a document's HTML more than any other step of writing it. So
/// when the runs of non-ASCII bytes are few, the string is put together from an all-ASCII copy
/// (the "spine", with a space for each non-ASCII byte, checked on the fast path) and the
/// non-ASCII runs, each a small string of a few bytes validated on its own. When the runs are
/// many, one validation of the whole is cheaper, and that is what happens.
enum MostlyASCII {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// ASCII between two non-ASCII runs shorter than this joins them into one run: validating
    /// it costs a few instructions a byte, joining a run a few hundred.
    static let shortGap = 48

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        var index = nextNonASCII(in: bytes, from: 0)
        guard index < count else { return String(decoding: bytes, as: UTF8.self) }  // all ASCII

        // Each run costs a few hundred instructions to join; past this many, validating is cheaper.
        let maximumRuns = count / 64
        var runs: [Range<Int>] = []
        while index < count {
            var end = index + 1
            while true {
                while end < count, bytes[end] >= 0x80 { end += 1 }
                // A short ASCII gap costs less to validate with the runs around it than a join.
                let next = nextNonASCII(in: bytes, from: end)
                guard next < count, next - end < Self.shortGap else { break }
                end = next + 1
            }
            runs.append(index..<end)
            if runs.count > maximumRuns { return String(decoding: bytes, as: UTF8.self) }
            index = nextNonASCII(in: bytes, from: end)
        }

        let spine = String(unsafeUninitializedCapacity: count) { buffer in
            _ = buffer.initialize(from: bytes)
            for run in runs {
                for position in run { buffer[position] = 0x20 }
            }
            return count
        }
        let utf8 = spine.utf8
        var result = ""
        result.reserveCapacity(count)
        var asciiStart = utf8.startIndex
        for run in runs {
            result.append(contentsOf: spine[asciiStart..<utf8.index(utf8.startIndex, offsetBy: run.lowerBound)])
            result += String(decoding: UnsafeBufferPointer(rebasing: bytes[run]), as: UTF8.self)
            asciiStart = utf8.index(utf8.startIndex, offsetBy: run.upperBound)
        }
        result.append(contentsOf: spine[asciiStart...])
        return result
    }

    /// The index of the first byte of 0x80 or more at or after `start`, or the count.
    @inline(__always) private static func nextNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits == 0 {
                index += 8
            }
        }
        while index < count, bytes[index] < 0x80 { index += 1 }
        return index
    }
}
