import Foundation
import TestSupport
import Testing
@testable import Agenda
@testable import AgendaCLI
@testable import Documents

/// Nothing a reader sees is silently wrong, in any format: one national build of `regions/` (the
/// 72 documents, the signal report, the decks), the progress reports and a changes document, in
/// Markdown, HTML, Word, PDF and both decks. Every euro amount in the text of every file is one the
/// model holds; every chart's labels are cells of its own data table, and its axis counts up in
/// equal steps; a Word or PowerPoint chart caches amounts the model holds and, where one has cents,
/// shows cents. Built once per test process, in-process, into a temporary folder
/// (``Build/shared``), which ``PDFTextCoverageTests`` and ``PreviewTests`` read too; the four
/// checks are tests of their own, run side by side.
///
/// PDF text comes from `pdftotext` (poppler-utils): without it the PDF part is skipped with a
/// message, except under `CI=true`, where a missing tool fails the test.
@Suite(.timed, .endToEnd) struct NumberConsistencyTests {
    /// The national build in every format (`bouw/`), the progress reports (`voortgang/`) and a
    /// changes document (`verschil/`), with what the model holds.
    struct Build: Sendable {
        /// Made once per process and only read: a national build in five formats is the most
        /// expensive fixture of the tests, and several suites check what it wrote.
        static let shared = Build()

        let folder: String
        let outcomes: [String]
        /// Every amount (in cents, without sign) the model holds: the agendas' amounts, their
        /// sums as the summaries make them, the comparison's, and any amount written in a text.
        let allowed: Set<Int64>
        /// The files written, relative to the folder, sorted.
        let files: [String]
        /// The text of every file (relative path -> text), made once on all cores: the checks
        /// below read each several times, and a PDF's costs a run of `pdftotext`. Without
        /// `pdftotext` the PDFs are left out (``text(of:)`` then reads, and fails, as before).
        private let texts: [String: String]

        private init() {
            folder = ProcessScratch.path("mja-getallen-")
            let regions = AgendaCommandsTests.regions, templates = BuildCommandTests.templates
            let all = "md,html,docx,pdf,dia"
            var outcomes: [String] = []
            for arguments in [
                ["build", regions, "--uit", folder + "/bouw", "--formaat", all, "--sjablonen", templates],
                // There is no progress deck: `voortgang` refuses `dia` (it once left it out in silence).
                ["voortgang", regions, "--uit", folder + "/voortgang", "--formaat", "md,html,docx,pdf", "--sjablonen", templates],
            ] {
                let result = mja(arguments)
                if result.code != .success { outcomes.append("\(arguments[0]): \(result.error)") }
            }
            // A changes document between the shipped Twente agenda and a version with other cents.
            let old = folder + "/oud/am05-twente.toml", new = folder + "/nieuw/am05-twente.toml"
            let twente = (try? String(contentsOfFile: regions + "/am05-twente.toml", encoding: .utf8)) ?? ""
            try? FileManager.default.createDirectory(atPath: folder + "/oud", withIntermediateDirectories: true)
            try? FileManager.default.createDirectory(atPath: folder + "/nieuw", withIntermediateDirectories: true)
            try? twente.write(toFile: old, atomically: true, encoding: .utf8)
            try? DiffCommandTests.changed(twente).write(toFile: new, atomically: true, encoding: .utf8)
            let diff = mja("verschil", old, new, "--uit", folder + "/verschil", "--formaat", "md,html,docx,pdf", "--sjablonen", templates)
            if diff.code != .success { outcomes.append("verschil: \(diff.error)") }
            self.outcomes = outcomes

            var allowed = Set<Int64>()
            let workspace = WorkspaceLoader().load(directory: regions)
            for agenda in workspace.agendas {
                Self.harvest(agenda, into: &allowed)
                Self.harvest(BudgetSummary(agenda: agenda), into: &allowed)
                Self.harvest(BudgetRealisation(actions: agenda.actions), into: &allowed)
            }
            allowed.formUnion(Self.sums(of: workspace.agendas))
            // The dashboard on the index page adds the agendas' budgets per year and task up for the
            // country, each agenda's theme split over its tasks as its own summary splits it.
            var byYearAndTask: [Int: [AgendaTask: Int64]] = [:]
            for agenda in workspace.agendas {
                for (year, tasks) in BudgetSummary(agenda: agenda).byYearAndTask {
                    for (task, amount) in tasks { byYearAndTask[year, default: [:]][task, default: 0] += amount.cents }
                }
            }
            allowed.formUnion(byYearAndTask.values.flatMap(\.values))
            Self.harvest(NationalPicture(workspace: workspace), into: &allowed)
            let versions = [old, new].map { file -> AgendaComparer.Version? in
                let space = WorkspaceLoader().load(files: [file])
                return space.agenda(inFile: file).map { AgendaComparer.Version(workspace: space, agenda: $0, label: file) }
            }
            if let a = versions[0], let b = versions[1] {
                Self.harvest(a.agenda, into: &allowed)
                Self.harvest(b.agenda, into: &allowed)
                Self.harvest(BudgetSummary(agenda: b.agenda), into: &allowed)
                Self.harvest(AgendaComparer(old: a, new: b).comparison(), into: &allowed)
            }
            self.allowed = allowed

            let files = ((FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []).filter {
                ["md", "html", "docx", "pdf", "pptx"].contains(($0 as NSString).pathExtension) && !$0.hasPrefix("oud/") && !$0.hasPrefix("nieuw/")
            }.sorted()
            self.files = files
            let folder = folder
            let read = files.filter { NumberConsistencyTests.hasPDFText || !$0.hasSuffix(".pdf") }
            let texts = read.concurrentMap { file in try? NumberConsistencyTests.text(of: folder + "/" + file) }
            self.texts = Dictionary(uniqueKeysWithValues: zip(read, texts).compactMap { file, text in text.map { (file, $0) } })
        }

        /// Every sum the documents may show of the planned and the realised lines: over one agenda,
        /// all, the regional ones, those with progress data (and the regional ones of those); per
        /// theme, action or national theme, or all; per year, funding source and certainty, or all;
        /// and the summaries' split over the tasks added up over the agendas, per year and in total.
        static func sums(of agendas: [Agenda]) -> Set<Int64> {
            var sums: [String: Int64] = [:]
            func add(agendas: [String], themes: [String], rest: [String], _ cents: Int64) {
                for mask in 0..<(1 << rest.count) {
                    let tail = rest.enumerated().map { mask & (1 << $0.offset) == 0 ? $0.element : "*" }.joined(separator: "|")
                    for agenda in agendas {
                        for theme in themes { sums[agenda + "|" + theme + "|" + tail, default: 0] += cents }
                    }
                }
            }
            var byTask: [String: Int64] = [:]
            for agenda in agendas {
                let regional = agenda.scope != .national, data = agenda.hasProgressData
                var groups = [agenda.file, "*"]
                if regional { groups.append("regionaal") }
                if data { groups.append("met-gegevens") }
                if regional && data { groups.append("regionaal-met-gegevens") }
                for theme in agenda.themes {
                    let national = regional ? theme.nationalTheme?.id ?? "-" : theme.id
                    for action in theme.actions {
                        let themes = ["t:" + theme.id, "a:" + action.id + "@" + theme.id, "l:" + national, "*"]
                        for line in action.budget {
                            add(agendas: groups, themes: themes, rest: ["gepland", "\(line.year)", line.source.id, line.certainty.rawValue], line.amount.cents)
                        }
                        for line in action.realisation {
                            add(agendas: groups, themes: themes, rest: ["besteed", "\(line.year)", line.source.id], line.amount.cents)
                        }
                    }
                }
                let budget = BudgetSummary(agenda: agenda)
                for (year, tasks) in budget.byYearAndTask {
                    for (task, amount) in tasks {
                        for group in groups where group != agenda.file {
                            byTask["\(group)|\(task)|\(year)", default: 0] += amount.cents
                            byTask["\(group)|\(task)|*", default: 0] += amount.cents
                        }
                    }
                }
            }
            return Set((Array(sums.values) + Array(byTask.values)).map { $0.magnitude.asInt64 })
        }

        /// Every `Euro` in `value`, and every amount written in its texts, through reflection: what
        /// the model and its summaries hold, without a list that could fall behind them.
        static func harvest(_ value: Any, into amounts: inout Set<Int64>, depth: Int = 0) {
            guard depth < 40 else { return }
            if let euro = value as? Euro {
                amounts.insert(euro.cents.magnitude.asInt64)
                return
            }
            if let text = value as? String {
                for amount in NumberConsistencyTests.amounts(in: text) { amounts.insert(amount.cents) }
                return
            }
            for child in Mirror(reflecting: value).children { harvest(child.value, into: &amounts, depth: depth + 1) }
        }

        /// The text of a file of the build (a path relative to its folder, or absolute), as
        /// ``NumberConsistencyTests/text(of:)`` reads it.
        func text(of file: String) throws -> String {
            let relative = file.hasPrefix(folder + "/") ? String(file.dropFirst(folder.count + 1)) : file
            return try texts[relative] ?? NumberConsistencyTests.text(of: folder + "/" + relative)
        }
    }

    // MARK: - Amounts in text

    /// An amount as shown: its value in cents (no sign) and the text it was read from.
    struct Shown: Hashable {
        var cents: Int64
        var text: String
    }

    /// `€ 1.065.000,50`, `+€ 25.000`, `€ -300`, `€ 1,25 mln`: every euro amount in `text`.
    static func amounts(in text: String) -> [Shown] {
        let pattern = try! NSRegularExpression(pattern: "€[ \u{00A0}]?-?([0-9]{1,3}(?:\\.[0-9]{3})*|[0-9]+)(?:,([0-9]{1,2}))?(?:[ \u{00A0}](mln|miljoen))?")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let whole = Range(match.range(at: 1), in: text).flatMap({ Int64(text[$0].replacingOccurrences(of: ".", with: "")) }) else { return nil }
            let fraction = Range(match.range(at: 2), in: text).map { String(text[$0]) }
            let isMillion = Range(match.range(at: 3), in: text) != nil
            let shown = String(text[Range(match.range, in: text)!])
            if isMillion {
                // `€ 1,25 mln`: the fraction is of a million.
                let digits = fraction ?? ""
                let part = Int64(digits).map { $0 * 1_000_000 / Int64(pow(10, Double(digits.count))) } ?? 0
                return Shown(cents: (whole * 1_000_000 + part) * 100, text: shown)
            }
            let cents = fraction.map { Int64($0.count == 1 ? $0 + "0" : $0) ?? 0 } ?? 0
            return Shown(cents: whole * 100 + cents, text: shown)
        }
    }

    // MARK: - Text of each format

    /// The text of a document as a reader sees it, for every format.
    static func text(of path: String) throws -> String {
        switch (path as NSString).pathExtension {
        case "md": return try String(contentsOfFile: path, encoding: .utf8)
        case "html": return plain(try String(contentsOfFile: path, encoding: .utf8))
        case "docx": return try xmlText(in: path, parts: { $0.hasPrefix("word/") && $0.hasSuffix(".xml") && !$0.contains("/charts/") }, element: "w:t")
        case "pptx": return try xmlText(in: path, parts: { $0.hasPrefix("ppt/slides/slide") && $0.hasSuffix(".xml") }, element: "a:t")
        case "pdf": return try PDFTextCoverageTests.extract(path)
        default: return ""
        }
    }

    /// The text of the runs (`w:t`, `a:t`) of the package's parts, read with the project's zip reader.
    static func xmlText(in path: String, parts: (String) -> Bool, element: String) throws -> String {
        let zip = try ZipReader([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        var text = ""
        for entry in zip.entries where parts(entry.name) {
            let xml = String(decoding: try #require(zip[entry.name]), as: UTF8.self)
            // Each paragraph's runs together; a paragraph ends with a space.
            for piece in xml.components(separatedBy: "<\(element)").dropFirst() {
                guard let start = piece.firstIndex(of: ">"), let end = piece.range(of: "</\(element)>") else { continue }
                text += unescape(String(piece[piece.index(after: start)..<end.lowerBound]))
                if piece[end.upperBound...].hasPrefix("</w:r></w:p>") || piece[end.upperBound...].hasPrefix("</a:r></a:p>") { text += " " }
            }
            text += "\n"
        }
        return text
    }

    static func unescape(_ xml: String) -> String {
        xml.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Text without tags or style sheet, entities resolved.
    static func plain(_ html: String) -> String {
        unescape(PDFTextCoverageTests.plain(html.components(separatedBy: "</style>").last ?? html))
    }

    // MARK: - The tests

    static var hasPDFText: Bool { ExternalTool.pdftotext.path != nil }

    // The checks of the one build, each a test of its own so they run side by side.

    @Test func theBuildsSucceed() {
        let build = Build.shared
        #expect(build.outcomes.isEmpty, "\(build.outcomes)")
        let files = build.files
        for format in ["md", "html", "docx", "pdf", "pptx"] {
            #expect(files.contains { $0.hasSuffix("." + format) }, "no .\(format) written")
        }
        #expect(files.contains("verschil/am05-twente/wijzigingen.pdf"))
        #expect(files.contains { $0.hasPrefix("voortgang/") && $0.hasSuffix("voortgang.pdf") })
    }

    @Test func everyAmountInEveryFormatIsOneTheModelHolds() throws {
        let build = Build.shared
        if !Self.hasPDFText {
            let onCI = ExternalTool.isCI
            #expect(!onCI, "pdftotext (poppler-utils) is missing: the text of the PDFs cannot be checked")
            if !onCI { print("NumberConsistencyTests: pdftotext ontbreekt; de PDF's worden overgeslagen (apt-get install -y poppler-utils)") }
        }
        // The grid lines of the charts are round numbers, not the model's: allowed where they stand.
        var gridLines = Set<Int64>()
        for file in build.files where file.hasSuffix(".html") {
            for figure in Self.figures(in: try String(contentsOfFile: build.folder + "/" + file, encoding: .utf8)) {
                gridLines.formUnion(figure.axis.map(\.cents))
            }
        }
        var checked = 0, wrong: [String] = []
        for file in build.files where Self.hasPDFText || !file.hasSuffix(".pdf") {
            let text = try build.text(of: file)
            for shown in Self.amounts(in: text) {
                checked += 1
                if !build.allowed.contains(shown.cents) && !gridLines.contains(shown.cents) {
                    wrong.append("\(file): \"\(shown.text)\"")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) amounts the model does not hold, such as \(wrong.prefix(12))")
        if let dump = ProcessInfo.processInfo.environment["MJA_DUMP"] { try? wrong.joined(separator: "\n").write(toFile: dump, atomically: true, encoding: .utf8) }
        #expect(checked > 5000, "only \(checked) amounts found")
    }

    /// `12 signalen`, `3 thema's`: a count with what it counts, whitespace (and no-break spaces) as one space.
    static func counts(in text: String) -> Set<String> {
        let flat = text.replacingOccurrences(of: "\u{A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let pattern = try! NSRegularExpression(pattern: "(?<![0-9.,€-])[0-9]{1,3}(?:\\.[0-9]{3})* (?:thema's|thema|acties|actie|signalen|signaal|regio's|regio|agenda's|agenda|resultaten|resultaat|organisaties|partners|trajecten)(?![\\p{L}])")
        return Set(pattern.matches(in: flat, range: NSRange(flat.startIndex..., in: flat)).map { String(flat[Range($0.range, in: flat)!]) })
    }

    /// A document says the same counts in every format: what its Markdown counts, its HTML, Word
    /// file and PDF count too, and nothing else.
    @Test func everyFormatCountsTheSame() throws {
        let build = Build.shared
        var compared = 0, wrong: [String] = []
        for file in build.files where file.hasSuffix(".md") {
            let base = String(file.dropLast(3))
            let expected = Self.counts(in: try build.text(of: file))
            compared += expected.count
            for format in ["html", "docx", "pdf"] where build.files.contains(base + "." + format) && (format != "pdf" || Self.hasPDFText) {
                let shown = Self.counts(in: try build.text(of: base + "." + format))
                if shown != expected {
                    wrong.append("\(base).\(format): \(shown.subtracting(expected).sorted()) not in the Markdown, \(expected.subtracting(shown).sorted()) missing")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) documents count otherwise than their Markdown: \(wrong.prefix(8))")
        #expect(compared > 100, "only \(compared) counts found")
    }

    /// A chart in an HTML page or deck: the texts of its drawing, its axis, and its table's cells.
    struct HTMLFigure {
        var labels: [String]
        var axis: [Shown]
        var cells: Set<String>
    }

    static func figures(in html: String) -> [HTMLFigure] {
        html.components(separatedBy: "<figure").dropFirst().compactMap { piece -> HTMLFigure? in
            let figure = piece.components(separatedBy: "</figure>").first ?? piece
            guard let svgStart = figure.range(of: "<svg"), let svgEnd = figure.range(of: "</svg>"), let table = figure.range(of: "<table") else { return nil }
            let svg = String(figure[svgStart.lowerBound..<svgEnd.upperBound])
            var labels: [String] = [], axis: [Shown] = []
            for text in svg.components(separatedBy: "<text").dropFirst() {
                guard let start = text.firstIndex(of: ">"), let end = text.range(of: "</text>") else { continue }
                let content = unescape(String(text[text.index(after: start)..<end.lowerBound]))
                let attributes = text[..<start]
                // The value axis: right-aligned amounts or counts left of the plot.
                if attributes.contains("text-anchor=\"end\""), let amount = amounts(in: content).first, amount.text == content {
                    axis.append(amount)
                } else if attributes.contains("text-anchor=\"end\""), let count = Int64(content.replacingOccurrences(of: ".", with: "")) {
                    axis.append(Shown(cents: count, text: content))
                } else {
                    labels.append(content)
                }
            }
            var cells = Set<String>()
            for cell in figure[table.lowerBound...].components(separatedBy: "<t").dropFirst() where cell.hasPrefix("d") || cell.hasPrefix("h") {
                guard let start = cell.firstIndex(of: ">"), let end = cell.range(of: "</t") else { continue }
                cells.insert(plain(String(cell[cell.index(after: start)..<end.lowerBound])).trimmingCharacters(in: .whitespaces))
            }
            // A map's labels are the regions' numbers, not counts: only its table holds numbers.
            return HTMLFigure(labels: svg.contains("class=\"kaart\"") ? [] : labels, axis: axis, cells: cells)
        }
    }

    @Test func everyChartLabelIsACellOfItsTable() throws {
        let build = Build.shared
        var charts = 0, wrong: [String] = []
        for file in build.files where file.hasSuffix(".html") {
            for figure in Self.figures(in: try String(contentsOfFile: build.folder + "/" + file, encoding: .utf8)) {
                charts += 1
                // An amount or a number beside a bar reads exactly as in the table.
                for label in figure.labels where label.first == "€" || (!label.isEmpty && label.allSatisfy { $0.isNumber || $0 == "." }) {
                    if !figure.cells.contains(label) { wrong.append("\(file): \"\(label)\"") }
                }
                // The axis counts up from zero in equal, exact steps.
                let values = figure.axis.map(\.cents)
                if values.count > 2, let step = values.dropFirst().first, values.enumerated().contains(where: { $0.element != Int64($0.offset) * step }) {
                    wrong.append("\(file): axis \(figure.axis.map(\.text))")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) chart labels not in their table, such as \(wrong.prefix(12))")
        #expect(charts > 50, "only \(charts) charts found")
    }

    @Test func officeChartsCacheTheModelsAmountsAndShowTheirCents() throws {
        let build = Build.shared
        var charts = 0, wrong: [String] = []
        for file in build.files where file.hasSuffix(".docx") || file.hasSuffix(".pptx") {
            let zip = try ZipReader([UInt8](try Data(contentsOf: URL(fileURLWithPath: build.folder + "/" + file))))
            for entry in zip.entries where entry.name.contains("/charts/chart") && entry.name.hasSuffix(".xml") {
                let xml = String(decoding: try #require(zip[entry.name]), as: UTF8.self)
                guard let format = xml.components(separatedBy: "<c:formatCode>").dropFirst().first?.components(separatedBy: "</c:formatCode>").first,
                      format.contains("€") else { continue }
                charts += 1
                let values = xml.components(separatedBy: "<c:val>").dropFirst().flatMap { series in
                    (series.components(separatedBy: "</c:val>").first ?? "").components(separatedBy: "<c:v>").dropFirst().compactMap {
                        Decimal(string: $0.components(separatedBy: "</c:v>").first ?? "", locale: Locale(identifier: "en_US_POSIX"))
                    }
                }
                let cents = values.map { NSDecimalNumber(decimal: $0 * 100).int64Value }
                for value in cents where !build.allowed.contains(value.magnitude.asInt64) {
                    wrong.append("\(file) \(entry.name): \(value) cents")
                }
                if cents.contains(where: { $0 % 100 != 0 }) && !format.contains("0.00") {
                    wrong.append("\(file) \(entry.name): cents shown rounded by \(format)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(12))")
        #expect(charts > 50, "only \(charts) charts with amounts found")
    }
}

private extension UInt64 {
    var asInt64: Int64 { Int64(clamping: self) }
}
