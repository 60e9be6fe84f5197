import Diagnostics

/// A CSV text split into records and cells, with where each cell starts, as Excel writes it: an
/// optional UTF-8 byte-order mark, `\r\n` or `\n` line endings, `;` or `,` between cells (whichever
/// occurs more often outside quotes in the first line; `;` on a tie, as Dutch Excel writes), cells in
/// double quotes that may hold separators, line breaks and doubled quotes (`""`).
///
/// Lines and columns are 1-based; columns count Unicode scalars, as `SourcePosition` does, and the
/// byte-order mark is not counted. A `\r\n` inside a quoted cell is kept as `\n`.
public struct CSVTable: Sendable, Hashable {
    /// One cell: its text (quotes removed) and where it starts.
    public struct Cell: Sendable, Hashable {
        /// The text, quotes removed.
        public var text: String
        /// Where the cell starts.
        public var position: SourcePosition

        /// Creates a cell.
        public init(text: String, position: SourcePosition) {
            self.text = text
            self.position = position
        }
    }

    /// The cell separator that was found.
    public var separator: Character
    /// Every record, the header first. Blank lines are left out.
    public var records: [[Cell]]
    /// Where a quoted cell starts that is never closed; the table then ends before it.
    public var unclosedQuote: SourcePosition?

    /// Splits `text` into records and cells; `forced` overrides the detected separator.
    public init(parsing text: String, separator forced: Character? = nil) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        separator = forced ?? Self.detectSeparator(scalars)
        records = []
        unclosedQuote = nil
        let separatorScalar = separator.unicodeScalars.first!
        var index = 0, line = 1, column = 1
        var record: [Cell] = []
        while index <= scalars.count {
            // At the start of a cell.
            let cellLine = line, cellColumn = column
            var cellText = String.UnicodeScalarView()
            if index < scalars.count, scalars[index] == "\"" {
                index += 1
                column += 1
                var closed = false
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            cellText.append("\"")
                            index += 2
                            column += 2
                            continue
                        }
                        index += 1
                        column += 1
                        closed = true
                        break
                    }
                    if scalar == "\r" || scalar == "\n" {
                        // `\r\n` becomes `\n`; a lone `\r` stays, so exported text reads back the same.
                        let pair = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
                        index += pair ? 2 : 1
                        cellText.append(pair ? "\n" : scalar)
                        line += 1
                        column = 1
                        continue
                    }
                    cellText.append(scalar)
                    index += 1
                    column += 1
                }
                if !closed {
                    unclosedQuote = SourcePosition(line: cellLine, column: cellColumn)
                    break
                }
                // Text after the closing quote up to the separator is kept, as Excel does.
                while index < scalars.count, scalars[index] != separatorScalar, scalars[index] != "\r", scalars[index] != "\n" {
                    cellText.append(scalars[index])
                    index += 1
                    column += 1
                }
            } else {
                while index < scalars.count, scalars[index] != separatorScalar, scalars[index] != "\r", scalars[index] != "\n" {
                    cellText.append(scalars[index])
                    index += 1
                    column += 1
                }
            }
            record.append(Cell(text: String(cellText), position: SourcePosition(line: cellLine, column: cellColumn)))
            if index < scalars.count, scalars[index] == separatorScalar {
                index += 1
                column += 1
                continue
            }
            // End of the record: a line break or the end of the text.
            if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
            record = []
            if index >= scalars.count { break }
            index += (scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
            line += 1
            column = 1
            if index == scalars.count { break }
        }
    }

    /// `;` or `,`: whichever occurs more often outside quotes in the first line; `;` on a tie.
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Character {
        var semicolons = 0, commas = 0, quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == ";" { semicolons += 1 }
            if scalar == "," { commas += 1 }
        }
        return commas > semicolons ? "," : ";"
    }
}
