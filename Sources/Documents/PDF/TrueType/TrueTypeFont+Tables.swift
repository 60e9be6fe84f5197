extension TrueTypeFont {
    /// The Unicode map of `cmap`: the full-repertoire subtable (format 12) when there is one, else
    /// the Basic Multilingual Plane one (format 4), of the Windows or Unicode platform.
    static func characterMap(_ data: FontBytes, _ range: Range<Int>) throws -> [UInt32: UInt16] {
        let base = range.lowerBound
        guard let count = data.u16(base + 2) else { throw ReadError(reason: "'cmap' is cut short") }
        var best: (rank: Int, offset: Int)?
        for index in 0..<Int(count) {
            let record = base + 4 + 8 * index
            guard let platform = data.u16(record), let encoding = data.u16(record + 2), let offset = data.u32(record + 4),
                  let format = data.u16(base + Int(offset))
            else { continue }
            let rank: Int
            switch (platform, encoding, format) {
            case (3, 10, 12), (0, 4, 12), (0, 6, 12): rank = 2
            case (3, 1, 4), (0, 3, 4), (0, 1, 4), (0, 0, 4): rank = 1
            default: continue
            }
            if rank > (best?.rank ?? 0) { best = (rank, base + Int(offset)) }
        }
        guard let best else { throw ReadError(reason: "'cmap' has no Unicode subtable of format 4 or 12") }
        var map: [UInt32: UInt16] = [:]
        if best.rank == 2 {
            guard let groups = data.u32(best.offset + 12) else { throw ReadError(reason: "'cmap' format 12 is cut short") }
            for group in 0..<Int(groups) {
                let at = best.offset + 16 + 12 * group
                guard let start = data.u32(at), let end = data.u32(at + 4), let first = data.u32(at + 8), start <= end, end <= 0x10FFFF
                else { throw ReadError(reason: "'cmap' format 12 group \(group) is cut short or out of range") }
                for scalar in start...end {
                    let glyph = first + (scalar - start)
                    if glyph != 0, glyph <= 0xFFFF { map[scalar] = UInt16(glyph) }
                }
            }
        } else {
            guard let doubled = data.u16(best.offset + 6) else { throw ReadError(reason: "'cmap' format 4 is cut short") }
            let segments = Int(doubled) / 2
            let ends = best.offset + 14, starts = ends + 2 * segments + 2
            let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
            for segment in 0..<segments {
                guard let end = data.u16(ends + 2 * segment), let start = data.u16(starts + 2 * segment),
                      let delta = data.u16(deltas + 2 * segment), let rangeOffset = data.u16(rangeOffsets + 2 * segment)
                else { throw ReadError(reason: "'cmap' format 4 segment \(segment) is cut short") }
                guard start <= end else { continue }
                for code in UInt32(start)...UInt32(end) where code != 0xFFFF {
                    var glyph: UInt16
                    if rangeOffset == 0 {
                        glyph = UInt16(truncatingIfNeeded: code &+ UInt32(delta))
                    } else {
                        let at = rangeOffsets + 2 * segment + Int(rangeOffset) + 2 * Int(code - UInt32(start))
                        glyph = data.u16(at) ?? 0
                        if glyph != 0 { glyph = glyph &+ delta }
                    }
                    if glyph != 0 { map[code] = glyph }
                }
            }
        }
        return map
    }

    /// The PostScript name (`name` id 6) in letters, digits and `-`, or "Font" without one.
    static func postScriptName(_ data: FontBytes, _ range: Range<Int>?) -> String {
        guard let base = range?.lowerBound, let count = data.u16(base + 2), let storage = data.u16(base + 4) else { return "Font" }
        for index in 0..<Int(count) {
            let record = base + 6 + 12 * index
            guard let platform = data.u16(record), let nameID = data.u16(record + 6), nameID == 6,
                  let length = data.u16(record + 8), let offset = data.u16(record + 10),
                  let bytes = data.slice(base + Int(storage) + Int(offset), Int(length))
            else { continue }
            // Windows names are UTF-16BE; Macintosh ones one byte a character. PostScript names are ASCII.
            let characters = platform == 3 || platform == 0 ? stride(from: bytes.startIndex + 1, to: bytes.endIndex, by: 2).map { bytes[$0] } : Array(bytes)
            let name = String(decoding: characters.filter { ASCII.isAlphanumeric($0) || $0 == UInt8(ascii: "-") }, as: UTF8.self)
            if !name.isEmpty { return name }
        }
        return "Font"
    }
}
