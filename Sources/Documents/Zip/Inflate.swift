/// A DEFLATE decompressor (RFC 1951): stored, fixed and dynamic Huffman blocks. Used by
/// ``ZipReader``; returns nil for a damaged stream instead of trapping.
public enum Inflate {
    /// The bytes `stream` decompresses to, or nil when it is not valid DEFLATE (or would exceed
    /// `limit` bytes). `reserving` is the size expected, reserved at once so the output never
    /// grows by doubling (a part of 60 MB would otherwise briefly need 120).
    public static func decompress(_ stream: [UInt8], limit: Int = 1 << 30, reserving: Int = 0) -> [UInt8]? {
        var reader = BitReader(bytes: stream)
        var output: [UInt8] = []
        output.reserveCapacity(min(max(reserving, 0), limit))
        var final = false
        while !final {
            guard let header = reader.bits(3) else { return nil }
            final = header & 1 == 1
            switch header >> 1 {
            case 0:
                reader.alignToByte()
                guard let length = reader.bits(16), let complement = reader.bits(16), length == ~complement & 0xFFFF else { return nil }
                for _ in 0..<length {
                    guard let byte = reader.bits(8) else { return nil }
                    output.append(UInt8(byte))
                }
                if output.count > limit { return nil }
            case 1:
                let literals = Huffman(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
                let distances = Huffman(lengths: Array(repeating: 5, count: 30))
                guard inflateBlock(&reader, literals, distances, &output, limit) else { return nil }
            case 2:
                guard let (literals, distances) = dynamicCodes(&reader),
                      inflateBlock(&reader, literals, distances, &output, limit) else { return nil }
            default: return nil
            }
        }
        return output
    }

    private static func dynamicCodes(_ reader: inout BitReader) -> (Huffman, Huffman)? {
        guard let hlit = reader.bits(5), let hdist = reader.bits(5), let hclen = reader.bits(4) else { return nil }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<(hclen + 4) {
            guard let length = reader.bits(3) else { return nil }
            codeLengths[order[index]] = length
        }
        let lengthCode = Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < hlit + 257 + hdist + 1 {
            guard let symbol = lengthCode.decode(&reader) else { return nil }
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let last = lengths.last, let repeatCount = reader.bits(2) else { return nil }
                lengths += Array(repeating: last, count: 3 + repeatCount)
            case 17:
                guard let repeatCount = reader.bits(3) else { return nil }
                lengths += Array(repeating: 0, count: 3 + repeatCount)
            default:
                guard let repeatCount = reader.bits(7) else { return nil }
                lengths += Array(repeating: 0, count: 11 + repeatCount)
            }
        }
        guard lengths.count == hlit + 257 + hdist + 1 else { return nil }
        return (Huffman(lengths: Array(lengths[0..<(hlit + 257)])), Huffman(lengths: Array(lengths[(hlit + 257)...])))
    }

    private static func inflateBlock(_ reader: inout BitReader, _ literals: Huffman, _ distances: Huffman, _ output: inout [UInt8], _ limit: Int) -> Bool {
        while true {
            guard let symbol = literals.decode(&reader) else { return false }
            if symbol < 256 {
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return true
            } else {
                let index = symbol - 257
                guard index < Deflate.lengthBases.count, let extra = reader.bits(Deflate.lengthExtra[index]),
                      let distanceCode = distances.decode(&reader), distanceCode < 30,
                      let distanceExtra = reader.bits(Deflate.distanceExtra[distanceCode]) else { return false }
                let length = Deflate.lengthBases[index] + extra
                let distance = Deflate.distanceBases[distanceCode] + distanceExtra
                guard distance <= output.count else { return false }
                let start = output.count - distance
                for offset in 0..<length { output.append(output[start + offset]) }
            }
            if output.count > limit { return false }
        }
    }
}

/// Reads bits least significant first, a byte at a time into a buffer (not bit by bit from the
/// array: inflating is most of the time spent reading a workbook).
struct BitReader {
    let bytes: [UInt8]
    private var next = 0
    private var buffer: UInt64 = 0
    private var buffered = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The next `count` bits (at most 32) as a number, or nil past the end.
    mutating func bits(_ count: Int) -> Int? {
        while buffered < count {
            guard next < bytes.count else { return nil }
            buffer |= UInt64(bytes[next]) << UInt64(buffered)
            next += 1
            buffered += 8
        }
        let value = Int(buffer & ((1 << UInt64(count)) - 1))
        buffer >>= UInt64(count)
        buffered -= count
        return value
    }

    /// Skips to the next byte boundary: the bits left of the current byte.
    mutating func alignToByte() {
        let rest = buffered % 8
        buffer >>= UInt64(rest)
        buffered -= rest
    }
}

/// A canonical Huffman code, decoded bit by bit (counts per length, symbols in code order).
struct Huffman {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int] = []

    init(lengths: [Int]) {
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<16 { offsets[length] = offsets[length - 1] + counts[length - 1] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }

    func decode(_ reader: inout BitReader) -> Int? {
        var code = 0, first = 0, index = 0
        for length in 1..<16 {
            guard let bit = reader.bits(1) else { return nil }
            code |= bit
            let count = counts[length]
            if code - count < first { return symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        return nil
    }
}
