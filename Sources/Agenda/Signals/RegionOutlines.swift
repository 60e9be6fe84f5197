import Documents

/// The outlines of the 35 arbeidsmarktregio's for a ``Documents/RegionMap``: each region's outline,
/// its number as label (5 for AM05) at its label point, in hectometres RD.
/// Outlines: `RegionMapData` (CBS/PDOK, CC BY 4.0).
enum RegionOutlines {
    /// The regions of `RegionMapData`, in code order. Each line reads
    /// `AM01 2436,5775:2699,5404 2685,5411 ...|...`: the code, the label point, then the rings.
    /// Read byte by byte: the data is 23 KB of numbers, parsed once per run.
    static let shapes: [RegionMap.Shape] = {
        var shapes: [RegionMap.Shape] = []
        for line in RegionMapData.text.utf8.split(separator: UInt8(ascii: "\n")) {
            var reader = NumberReader(bytes: Array(line))
            reader.skip { $0 == UInt8(ascii: " ") }
            let code = reader.take { $0 != UInt8(ascii: " ") }
            guard !code.isEmpty, let labelX = reader.number(), let labelY = reader.number() else { continue }
            var rings: [[RegionMap.Point]] = [[]]
            while let x = reader.number(), let y = reader.number() {
                rings[rings.count - 1].append(RegionMap.Point(x: x, y: y))
                if reader.last == UInt8(ascii: "|") { rings.append([]) }
            }
            let key = String(decoding: code, as: UTF8.self)
            let number = key.hasPrefix("AM") ? String(Int(key.dropFirst(2)) ?? 0) : key
            shapes.append(RegionMap.Shape(key: key, label: number, labelPoint: RegionMap.Point(x: labelX, y: labelY), rings: rings))
        }
        return shapes
    }()

    /// Reads the integers of a line of map data, in order, whatever separates them.
    private struct NumberReader {
        let bytes: [UInt8]
        var index = 0
        /// The separator that ended the last number read.
        var last: UInt8 = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skip(while predicate: (UInt8) -> Bool) {
            while index < bytes.count && predicate(bytes[index]) { index += 1 }
        }

        mutating func take(while predicate: (UInt8) -> Bool) -> ArraySlice<UInt8> {
            let start = index
            skip(while: predicate)
            return bytes[start..<index]
        }

        mutating func number() -> Int? {
            skip { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) && $0 != UInt8(ascii: "-") }
            guard index < bytes.count else { return nil }
            let negative = bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            var value = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            last = index < bytes.count ? bytes[index] : 0
            return negative ? -value : value
        }
    }

    /// The region codes the map knows.
    static var regionCodes: [String] { shapes.map(\.key) }
}
