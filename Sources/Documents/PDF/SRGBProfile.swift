import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A small ICC profile (version 2.1, display class) of sRGB IEC 61966-2.1, made here rather than
/// shipped: the colorants are the sRGB primaries adapted to D50 (Bradford), the tone curves the
/// sRGB formula in 256 steps. It is the profile of the PDF's output intent (ISO 32000-1, 14.11.5),
/// which says that the file's RGB and grey colours are meant as sRGB, as PDF/A asks
/// (ISO 19005-2, 6.2.3). The bytes are the same on every run (a fixed date), so the same input
/// still gives the same PDF.
enum SRGBProfile {
    /// The output condition the profile stands for, as the output intent names it.
    static let condition = "sRGB IEC61966-2.1"

    /// The profile's bytes.
    static let bytes: [UInt8] = make()

    private static func make() -> [UInt8] {
        // Tag data, each padded to four bytes: description, copyright, white point, colorants,
        // one tone curve shared by the three channels.
        var description = tagType("desc")
        description += uint32(UInt32(condition.utf8.count + 1)) + Array(condition.utf8) + [0]
        description += uint32(0) + uint32(0)  // no Unicode description
        description += [0, 0, 0] + [UInt8](repeating: 0, count: 67)  // no ScriptCode description
        let copyright = tagType("text") + Array("No copyright, use freely".utf8) + [0]
        let curve = tagType("curv") + uint32(256) + (0..<256).flatMap { step -> [UInt8] in
            let value = Double(step) / 255
            let linear = value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
            return uint16(UInt16((linear * 65535).rounded()))
        }
        let tags: [(String, [UInt8])] = [
            ("desc", description), ("cprt", copyright),
            ("wtpt", xyz(0.9642, 1.0, 0.8249)),
            ("rXYZ", xyz(0.4361, 0.2225, 0.0139)), ("gXYZ", xyz(0.3851, 0.7169, 0.0971)), ("bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            ("rTRC", curve), ("gTRC", curve), ("bTRC", curve),
        ]
        var table: [UInt8] = uint32(UInt32(tags.count))
        var data: [UInt8] = []
        var curveOffset: Int?  // the three tone curves share one
        let dataStart = 128 + 4 + 12 * tags.count
        for (signature, bytes) in tags {
            let offset: Int
            if signature.hasSuffix("TRC"), let shared = curveOffset {
                offset = shared
            } else {
                offset = dataStart + data.count
                if signature.hasSuffix("TRC") { curveOffset = offset }
                data += bytes
                while data.count % 4 != 0 { data.append(0) }
            }
            table += Array(signature.utf8) + uint32(UInt32(offset)) + uint32(UInt32(bytes.count))
        }
        let size = dataStart + data.count
        var header: [UInt8] = uint32(UInt32(size)) + uint32(0) + [2, 0x10, 0, 0]
        header += Array("mntrRGB XYZ ".utf8)
        header += [2026, 1, 1, 0, 0, 0].flatMap { uint16(UInt16($0)) }
        header += Array("acsp".utf8) + uint32(0) + uint32(0) + uint32(0) + uint32(0) + [UInt8](repeating: 0, count: 8) + uint32(0)
        header += xyzNumbers(0.9642, 1.0, 0.8249) + uint32(0)
        header += [UInt8](repeating: 0, count: 128 - header.count)
        return header + table + data
    }

    private static func tagType(_ signature: String) -> [UInt8] { Array(signature.utf8) + uint32(0) }
    private static func xyz(_ x: Double, _ y: Double, _ z: Double) -> [UInt8] { tagType("XYZ ") + xyzNumbers(x, y, z) }
    private static func xyzNumbers(_ values: Double...) -> [UInt8] {
        values.flatMap { uint32(UInt32(bitPattern: Int32(($0 * 65536).rounded()))) }
    }
    private static func uint32(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    private static func uint16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
}
