import Foundation
import TestSupport
import Testing
@testable import AgendaCLI
@testable import Documents

/// The PDFs of a full build say what their HTML says: `pdftotext` of every PDF of `regions/` (72
/// documents and the signal report) contains every heading and every euro amount that the HTML of
/// the same document shows. The build is the one ``NumberConsistencyTests`` checks, made once per
/// process. Needs `pdftotext` (poppler-utils): skipped without it, failing under CI=true.
@Suite(.timed, .endToEnd) struct PDFTextCoverageTests {
    static let pdftotext = ExternalTool.pdftotext

    @Test(.enabled(if: pdftotext.shouldRun, pdftotext.skipReason))
    func everyHeadingAndAmountOfTheHTMLIsInThePDF() throws {
        // The national build the process shares (every format, `NumberConsistencyTests.Build`), and
        // the PDFs' text read once for both suites.
        let build = NumberConsistencyTests.Build.shared
        let output = build.folder + "/bouw"
        #expect(!build.outcomes.contains { $0.hasPrefix("build:") }, "\(build.outcomes)")
        let pages = (FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") && $0 != "index.html" && !$0.contains("dia") }.sorted()
        #expect(pages.count == 109)  // 36 agendas × 3 documents (beleidsdeel, uitvoeringsdeel, publieksversie) + the signal report
        var checked = 0
        for page in pages {
            let html = try String(contentsOfFile: output + "/" + page, encoding: .utf8)
            let pdf = output + "/" + page.dropLast(4) + "pdf"
            let text = Self.normalized(try build.text(of: pdf))
            for expected in Self.headings(in: html) + Self.amounts(in: html) {
                let wanted = Self.normalized(Self.asPrinted(expected))
                let found = text.contains(wanted)
                #expect(found, "\(page): \"\(wanted)\" is not in the PDF's text")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    /// The text of a PDF in the order it is drawn (`-raw`), so a table cell's lines stay together.
    static func extract(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try pdftotext.require())
        process.arguments = ["-raw", "-enc", "UTF-8", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The texts of the `<h1>` to `<h6>` elements, without markup.
    static func headings(in html: String) -> [String] {
        html.components(separatedBy: "<h").dropFirst().compactMap { piece -> String? in
            guard let level = piece.first, ("1"..."6").contains(level),
                  let start = piece.firstIndex(of: ">"), let end = piece.range(of: "</h") else { return nil }
            return plain(String(piece[piece.index(after: start)..<end.lowerBound]))
        }
    }

    /// Every euro amount in the page's text and drawings: `€ 1.065.000,50`, `€ 1,2 mln`.
    static func amounts(in html: String) -> [String] {
        let body = html.components(separatedBy: "</style>").last ?? html
        let text = plain(body)
        var amounts: [String] = []
        let pattern = try! NSRegularExpression(pattern: "€[\\s\u{00A0}]?[0-9]+(\\.[0-9]{3})*(,[0-9]+)?([\\s\u{00A0}]mln)?")
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            amounts.append(String(text[Range(match.range, in: text)!]))
        }
        return amounts
    }

    /// Text without tags and with the entities HTMLEscaping writes resolved.
    static func plain(_ html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; result.append(" "); continue }
            if character == ">" { inTag = false; continue }
            if !inTag { result.append(character) }
        }
        return result.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&shy;", with: "\u{AD}")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The text as the PDF's fonts can show it (WinAnsi and →, the marks in the symbol font; see ``PDFText``), back in Unicode.
    static func asPrinted(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if PDFFont.symbolCodes[scalar.value] != nil {
                result.unicodeScalars.append(scalar)  // in the symbol font, read back as itself
            } else {
                for code in PDFText.winAnsi(String(scalar)) {
                    if let value = PDFFont.regular.unicode(code), let back = Unicode.Scalar(value) { result.unicodeScalars.append(back) }
                }
            }
        }
        return result
    }

    /// Every run of white space (line breaks, no-break spaces) as one space, trimmed.
    static func normalized(_ text: String) -> String {
        var result = ""
        var space = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{A0}" {
                space = true
                continue
            }
            if space && !result.isEmpty { result += " " }
            space = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
