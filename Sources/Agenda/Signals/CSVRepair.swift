/// Undoes what an office suite does to a CSV file opened without the right settings and saved
/// again, so the signals in it can still be read (each repair is reported, never silent):
///
/// - **Twice converted.** Opened as Latin-1 and saved as UTF-8, every `é` becomes `Ã©` and the
///   byte-order mark becomes the text `ï»¿` in front of the header. The characters are turned back
///   into the bytes they were read from and those read as UTF-8 again.
/// - **A byte-order mark as text**, in front of the header or just inside its opening quote.
/// - **Lines saved with commas.** Opened with the comma as separator, each `;`-separated line is one
///   cell (or a few, where the text held commas); saved again, the line is quoted and followed by
///   commas (`"AM05;stap;...",,,,`). Joining each record's cells with commas gives the line back.
enum CSVRepair {
    /// The text with doubly converted letters restored, or nil when it shows no sign of that or
    /// the restored bytes are not UTF-8 (then it was not a double conversion after all).
    static func undoingDoubleEncoding(_ text: String) -> String? {
        guard text.contains("Ã") || text.contains("Â") || text.contains("ï»¿") || text.contains("â€") else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value <= 0xFF {
                bytes.append(UInt8(scalar.value))
            } else if let byte = windows1252[scalar.value] {
                bytes.append(byte)
            } else {
                return nil
            }
        }
        guard let restored = String(validating: bytes, as: UTF8.self), restored != text else { return nil }
        return restored
    }

    /// The characters Windows-1252 has at 0x80-0x9F where Latin-1 has control characters.
    private static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88,
        0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
        0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// The text without a byte-order mark in front, whether as the character U+FEFF or as the text
    /// `ï»¿`, and also when it stands just inside the first cell's opening quote.
    static func withoutByteOrderMark(_ text: String) -> String {
        var rest = Substring(text)
        var quote = ""
        if rest.hasPrefix("\"") {
            quote = "\""
            rest = rest.dropFirst()
        }
        var changed = false
        while true {
            if rest.unicodeScalars.first == "\u{FEFF}" {
                rest = Substring(rest.unicodeScalars.dropFirst())
            } else if rest.hasPrefix("ï»¿") {
                rest = rest.dropFirst(3)
            } else {
                break
            }
            changed = true
        }
        return changed ? quote + rest : text
    }

    /// The lines of a file saved with commas around `;`-separated lines, or nil when the first
    /// line is not such a line. Each physical line is undone on its own, so every line keeps its
    /// number: a quoted cell that does not close on its line is the rest of a multi-line text and
    /// stays as it is; otherwise the cells, trailing empty ones left out, are joined with commas.
    /// `columns[line - 1][column - 1]` is where a character of the result stood in the file.
    static func unwrappingCommaSavedLines(_ text: String) -> (text: String, columns: [[Int]])? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard let first = lines.first, first.contains(";"), first.hasSuffix(",") || first.hasPrefix("\"") else { return nil }
        let unwrapped = lines.map(unwrapped)
        return (unwrapped.map(\.text).joined(separator: "\n"), unwrapped.map(\.columns))
    }

    /// One line split at commas outside quotes, unquoted, trailing empty cells left out, joined
    /// with commas again; with the file column of each character.
    static func unwrapped(_ line: Substring) -> (text: String, columns: [Int]) {
        let scalars = Array(line.unicodeScalars)
        var cells: [(text: String.UnicodeScalarView, columns: [Int])] = []
        var index = 0
        while true {
            var cell = String.UnicodeScalarView()
            var columns: [Int] = []
            func keep(_ at: Int) {
                cell.append(scalars[at])
                columns.append(at + 1)
            }
            if index < scalars.count, scalars[index] == "\"" {
                var at = index + 1, closed = false
                while at < scalars.count {
                    if scalars[at] == "\"" {
                        if at + 1 < scalars.count, scalars[at + 1] == "\"" {
                            keep(at)
                            at += 2
                            continue
                        }
                        closed = true
                        at += 1
                        break
                    }
                    keep(at)
                    at += 1
                }
                // An open quote: the line continues a text of an earlier line; keep it.
                if !closed { return (String(line), Array(1...max(1, scalars.count))) }
                while at < scalars.count, scalars[at] != "," {
                    keep(at)
                    at += 1
                }
                index = at
            } else {
                while index < scalars.count, scalars[index] != "," {
                    // LibreOffice writes a quoted text at the end of an unquoted cell with its
                    // opening quote doubled (`;""Tekst."`): one quote it was.
                    if scalars[index] == "\"", index + 1 < scalars.count, scalars[index + 1] == "\"" { index += 1 }
                    keep(index)
                    index += 1
                }
            }
            cells.append((cell, columns + [index + 1]))  // the comma after it, or the end of the line
            guard index < scalars.count else { break }
            index += 1  // the comma
        }
        while cells.count > 1, cells.last?.text.isEmpty == true { cells.removeLast() }
        var text = String.UnicodeScalarView()
        var columns: [Int] = []
        for (number, cell) in cells.enumerated() {
            text.append(contentsOf: cell.text)
            columns += cell.columns.dropLast()
            if number < cells.count - 1 {
                text.append(",")
                columns.append(cell.columns.last!)
            }
        }
        columns.append((cells.last?.columns.last) ?? 1)  // the end of the line
        return (String(text), columns)
    }
}
