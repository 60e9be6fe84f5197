import FoundationGaps

/// Writes a ``Workbook`` as an Excel file (Office Open XML, SpreadsheetML, `.xlsx`) that Excel,
/// LibreOffice and openpyxl open with typed cells: dates as dates, euros and counts as numbers,
/// text as text (never a formula). Every sheet with a header row has it frozen and filtered, and
/// columns as wide as their content. The same workbook gives the same bytes: the ZIP has fixed
/// timestamps and no part holds a clock time.
public struct XlsxWriter: Sendable {
    static let declaration = OfficePackage.declaration
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The language in the file's properties.
    public var language: String

    /// Makes a writer.
    public init(language: String = "nl-NL") {
        self.language = language
    }

    /// The `.xlsx` file.
    public func render(_ workbook: Workbook) -> [UInt8] {
        var zip = ZipWriter()
        let sheetEntries = Self.preparedSheetParts(workbook.sheets.count)
        for part in parts(workbook) {
            if let entry = Self.sharedEntries[part.name] ?? sheetEntries[part.name] {
                try? zip.add(part.name, prepared: entry)
            } else if Self.keptByBytes.contains(part.name), part.text.utf8.count <= Self.keptPartLimit {
                try? zip.add(part.name, prepared: Self.preparedPart(Array(part.text.utf8)))
            } else {
                try? zip.add(part.name, Array(part.text.utf8))
            }
        }
        return (try? zip.finish()) ?? []
    }

    /// The parts that are alike in many small workbooks, compressed once and kept by their bytes:
    /// of a chart's embedded workbook the properties (the chart's title), the workbook part (one
    /// sheet, `Blad1`) and the shared strings (categories and series names, the same in the charts
    /// of many agendas). Only the sheet with the numbers is compressed for each.
    static let keptByBytes: Set<String> = ["docProps/core.xml", "xl/workbook.xml", "xl/sharedStrings.xml"]

    /// The largest part kept by its bytes: a chart's are a few hundred bytes; a signal workbook's
    /// shared strings are large and made once.
    static let keptPartLimit = 4096

    /// `bytes` compressed, once per process while they are among the last ones kept. The same
    /// entry as compressing them there and then (`XlsxWriterTests` holds the two the same).
    static func preparedPart(_ bytes: [UInt8]) -> ZipWriter.PreparedEntry {
        preparedParts.value(for: OfficePackage.PartBytes(bytes: bytes)) { ZipWriter.PreparedEntry($0.bytes) }
    }

    /// Its own store, so the workbooks' parts never push the Word and PowerPoint files' small
    /// parts out of ``OfficePackage/preparedSmallPart(_:)``.
    private static let preparedParts = MadeOnce<OfficePackage.PartBytes, ZipWriter.PreparedEntry>(capacity: 128)

    /// The parts that are the same in every workbook, compressed once per process: a chart's
    /// embedded workbook is a package of its own, 109 different ones in a national build. By
    /// name, as ``parts(_:)`` writes them (a test holds the two the same).
    static let sharedEntries: [String: ZipWriter.PreparedEntry] = [
        "_rels/.rels": ZipWriter.PreparedEntry(Array(packageRelationships.utf8)),
        "docProps/app.xml": OfficePackage.preparedApp,
        "xl/styles.xml": ZipWriter.PreparedEntry(Array(SpreadsheetStyles.xml.utf8)),
        "xl/theme/theme1.xml": OfficePackage.preparedTheme,
    ]

    /// `_rels/.rels`: the workbook and the two property parts.
    static let packageRelationships = OfficePackage.packageRelationships(mainPart: "xl/workbook.xml")

    /// The parts of the package, by name, in the order they are stored.
    func parts(_ workbook: Workbook) -> [(name: String, text: String)] {
        let names = Self.sheetNames(workbook.sheets.map(\.name))
        var strings = SharedStrings()
        var sheets: [String] = []
        for (index, sheet) in workbook.sheets.enumerated() { sheets.append(sheet.xml(selected: index == 0, strings: &strings)) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", Self.sheetParts(sheets.count).contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("docProps/core.xml", core(workbook)),
            ("docProps/app.xml", OfficePackage.app),
            ("xl/workbook.xml", workbookXML(workbook, names: names)),
            ("xl/_rels/workbook.xml.rels", Self.sheetParts(sheets.count).relationships),
            ("xl/styles.xml", SpreadsheetStyles.xml),
            ("xl/sharedStrings.xml", strings.xml),
            // Excel requires a theme; the Word files' theme (Office colours, Calibri) serves both.
            ("xl/theme/theme1.xml", OfficeTheme.xml),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet)) }
        return parts.map { (name: $0.0, text: $0.1) }
    }

    /// Valid, distinct tab names: no `[]:*?/\`, no quote at either end, at most 31 characters, not
    /// empty; a repeated name gets ` (2)`, ` (3)`.
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used: Set<String> = []
        return wanted.enumerated().map { index, name in
            // A name of ASCII letters and digits (a chart's `Blad1`) is clean as it is.
            if !name.isEmpty, name.utf8.count <= 31, name.utf8.allSatisfy({ ASCII.isAlphanumeric($0) }),
               used.insert(name.lowercased()).inserted {
                return name
            }
            var clean = String(name.map { "[]:*?/\\".contains($0) || $0.isNewline ? " " : $0 })
            while clean.hasPrefix("'") || clean.hasPrefix(" ") { clean.removeFirst() }
            while clean.hasSuffix("'") || clean.hasSuffix(" ") { clean.removeLast() }
            if clean.isEmpty { clean = "Blad\(index + 1)" }
            clean = String(clean.prefix(31))
            var candidate = clean, number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// The content types and the workbook's relationships, which vary with the number of sheets
    /// only: written once per number in a process (a chart's workbook has one sheet).
    static func sheetParts(_ sheets: Int) -> (contentTypes: String, relationships: String) {
        sheetPartsMade.value(for: sheets) { (contentTypes(sheets: $0), workbookRelationships(sheets: $0)) }
    }

    private static let sheetPartsMade = MadeOnce<Int, (contentTypes: String, relationships: String)>(capacity: 16)

    /// ``sheetParts(_:)`` compressed, by part name as ``parts(_:)`` writes them: once per number
    /// of sheets in a process (they were compressed anew for each of the 109 embedded workbooks).
    static func preparedSheetParts(_ sheets: Int) -> [String: ZipWriter.PreparedEntry] {
        preparedSheetPartsMade.value(for: sheets) { count in
            let parts = sheetParts(count)
            return ["[Content_Types].xml": ZipWriter.PreparedEntry(Array(parts.contentTypes.utf8)),
                    "xl/_rels/workbook.xml.rels": ZipWriter.PreparedEntry(Array(parts.relationships.utf8))]
        }
    }

    private static let preparedSheetPartsMade = MadeOnce<Int, [String: ZipWriter.PreparedEntry]>(capacity: 16)

    private static func contentTypes(sheets: Int) -> String {
        var parts = [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
            ("/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ] + OfficePackage.propertyContentTypes
        for index in 0..<sheets {
            parts.append(("/xl/worksheets/sheet\(index + 1).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        }
        return OfficePackage.contentTypes(overrides: parts)
    }

    /// `docProps/core.xml`: title, subject, creator and language.
    private func core(_ workbook: Workbook) -> String {
        OfficePackage.core(OfficePackage.CoreProperties(
            title: workbook.title.isEmpty ? nil : workbook.title, subject: workbook.subject, language: language))
    }

    /// `xl/workbook.xml`: the sheets, per filtered sheet the hidden name Excel keeps its filter range
    /// in, and per sheet printed as a wide table its print titles (the header row).
    private func workbookXML(_ workbook: Workbook, names: [String]) -> String {
        var xml = Self.declaration + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            let state = workbook.sheets[index].isHidden ? " state=\"hidden\"" : ""
            xml += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        var defined = ""
        for (index, sheet) in workbook.sheets.enumerated() where sheet.hasAutoFilter && !sheet.header.isEmpty {
            let quoted = "'" + names[index].replacingEvery("'", with: "''") + "'"
            let range = sheet.usedRange.split(separator: ":").map { part -> String in
                let position = SpreadsheetText.position(of: String(part))!
                return "$\(SpreadsheetText.column(position.column))$\(position.row)"
            }.joined(separator: ":")
            defined += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(XMLText.escape(quoted + "!" + range))</definedName>"
        }
        // The header row printed at the top of every page (Excel's "Titels afdrukken").
        for (index, sheet) in workbook.sheets.enumerated() where sheet.printsAsWideTable && !sheet.header.isEmpty {
            let quoted = "'" + names[index].replacingEvery("'", with: "''") + "'"
            defined += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XMLText.escape(quoted + "!$1:$1"))</definedName>"
        }
        if !defined.isEmpty { xml += "<definedNames>\(defined)</definedNames>" }
        return xml + "</workbook>"
    }

    /// `xl/_rels/workbook.xml.rels`: the sheets, then the styles, the shared strings and the theme.
    private static func workbookRelationships(sheets: Int) -> String {
        let parts = (0..<sheets).map { ("worksheet", "worksheets/sheet\($0 + 1).xml") }
            + [("styles", "styles.xml"), ("sharedStrings", "sharedStrings.xml"), ("theme", "theme/theme1.xml")]
        return OfficePackage.relationships(parts.enumerated().map { index, part in
            PackageRelationship(id: "rId\(index + 1)", type: part.0, target: part.1, isExternal: false)
        })
    }
}
