@testable import Documents

/// Hostile files made small inside the test: ZIP archives written byte by byte (so a directory
/// can lie about sizes, repeat names or point twelve entries at one part) and DEFLATE bombs.
enum HostileWorkbook {
    /// One entry as the archive will state it.
    struct Entry {
        var name: String
        var data: [UInt8]
        var method: UInt16 = 0
        var size: Int? = nil
        var crc: UInt32? = nil
        /// The content the CRC is of; defaults to `data`.
        var content: [UInt8]? = nil
    }

    /// An archive of `entries`; `aliases` adds central records that point at the local header of
    /// the entry with the given index, under another name.
    static func zip(_ entries: [Entry], aliases: [(name: String, of: Int)] = []) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        var offsets: [Int] = []
        func u16(_ v: Int, _ into: inout [UInt8]) { into += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32, _ into: inout [UInt8]) { into += [0, 8, 16, 24].map { UInt8(v >> UInt32($0) & 0xFF) } }
        func record(_ entry: Entry, name: String, offset: Int) {
            let size = entry.size ?? (entry.content ?? entry.data).count
            let crc = entry.crc ?? CRC32.checksum(entry.content ?? entry.data)
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0x0800, &central); u16(Int(entry.method), &central)
            u16(0, &central); u16(0x21, &central); u32(crc, &central); u32(UInt32(entry.data.count), &central); u32(UInt32(size), &central)
            u16(name.utf8.count, &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central); u32(0, &central)
            u32(UInt32(offset), &central); central += Array(name.utf8)
        }
        for entry in entries {
            offsets.append(out.count)
            let size = entry.size ?? (entry.content ?? entry.data).count
            let crc = entry.crc ?? CRC32.checksum(entry.content ?? entry.data)
            u32(0x0403_4B50, &out); u16(20, &out); u16(0x0800, &out); u16(Int(entry.method), &out); u16(0, &out); u16(0x21, &out)
            u32(crc, &out); u32(UInt32(entry.data.count), &out); u32(UInt32(size), &out); u16(entry.name.utf8.count, &out); u16(0, &out)
            out += Array(entry.name.utf8) + entry.data
        }
        for (entry, offset) in Swift.zip(entries, offsets) { record(entry, name: entry.name, offset: offset) }
        for alias in aliases { record(entries[alias.of], name: alias.name, offset: offsets[alias.of]) }
        let start = out.count
        out += central
        let count = entries.count + aliases.count
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(count, &out); u16(count, &out)
        u32(UInt32(central.count), &out); u32(UInt32(start), &out); u16(0, &out)
        return out
    }

    /// A DEFLATE stream (one fixed-Huffman block) that inflates to `1 + 258 * copies` bytes of `a`:
    /// 13 bits per 258 bytes, so 100 MB take 630 KB.
    static func bomb(copies: Int) -> [UInt8] {
        var bytes: [UInt8] = [], bitCount = 0
        func bits(_ value: Int, _ count: Int) {  // least significant first
            for bit in 0..<count {
                if bitCount % 8 == 0 { bytes.append(0) }
                if value >> bit & 1 == 1 { bytes[bytes.count - 1] |= UInt8(1 << (bitCount % 8)) }
                bitCount += 1
            }
        }
        func code(_ value: Int, _ count: Int) { for bit in (0..<count).reversed() { bits(value >> bit & 1, 1) } }  // Huffman codes: most significant first
        bits(1, 1); bits(1, 2)           // final block, fixed codes
        code(0x30 + 97, 8)               // literal "a"
        for _ in 0..<copies { code(0xC5, 8); code(0, 5) }  // length 258 (symbol 285), distance 1
        code(0, 7)                       // end of block
        return bytes
    }

    static let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// The parts of a workbook whose sheets are `sheets` (XML of the `sheetData` content).
    static func parts(sheets: [String]) -> [Entry] {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var list = sheets.indices.map { "<sheet name=\"Blad\($0 + 1)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        list = "<workbook xmlns=\"\(ns)\" xmlns:r=\"\(relationships)\"><sheets>\(list)</sheets></workbook>"
        let rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        return [
            Entry(name: "xl/workbook.xml", data: Array(list.utf8)),
            Entry(name: "xl/_rels/workbook.xml.rels", data: Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)),
        ] + sheets.enumerated().map { index, data in
            Entry(name: "xl/worksheets/sheet\(index + 1).xml", data: Array("<worksheet xmlns=\"\(ns)\"><sheetData>\(data)</sheetData></worksheet>".utf8))
        }
    }

    /// A whole workbook of one sheet, every part stored.
    static func workbook(sheet: String, extra: [Entry] = []) -> [UInt8] {
        zip(parts(sheets: [sheet]) + extra)
    }
}
