import Diagnostics
import TestSupport
import Testing
@testable import Agenda

/// Template leftovers (MJA130): whole words and the skeleton's forms only, each at its own line and
/// column, quoting the placeholder.
@Suite(.timed) struct PlaceholderTests {
    func placeholders(analysis: String) throws -> [Diagnostic] {
        let text = Sample.twente(replacing: "analyse = \"De arbeidsmarkt is krap.\"", with: "analyse = " + analysis)
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        return fixture.check().filter { $0.code == "MJA130" }
    }

    @Test func aPlaceholderInMultiLineProseIsReportedWhereItIs() throws {
        let found = try placeholders(analysis: "\"\"\"\nDe arbeidsmarkt in Twente is krap.\n\nVolgens UWV <vul in: cijfers over vacatures> en meer.\n\"\"\"")
        #expect(found.map(\.located) == ["MJA130 15:13"])
        #expect(found.first?.range?.end == SourcePosition(line: 15, column: 20))
        #expect(found.first?.message == "'analyse' bevat nog invultekst: \"<vul in: cijfers over vacatures>\"")
    }

    @Test func aLiteralMultiLineStringAndAccentsBeforeCountAsColumns() throws {
        let found = try placeholders(analysis: "'''\nDe analyse volgt.\nCijfers: één TODO nog\n'''")
        #expect(found.map(\.located) == ["MJA130 14:14"])
        #expect(found.first?.message == "'analyse' bevat nog invultekst: \"TODO nog\"")
    }

    @Test func aLongPlaceholderIsShortened() throws {
        let long = "<vul in: " + String(repeating: "heel lang ", count: 10) + ">"
        let found = try placeholders(analysis: "\"Zie hier: \(long)\"")
        #expect(found.map(\.located) == ["MJA130 12:22"])
        #expect(found.first?.message == "'analyse' bevat nog invultekst: \"" + String(long.prefix(57)) + "...\"")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var flagged: Bool
        var testDescription: String { text }
    }

    static let words: [Case] = [
        Case(text: "Met fotodocumentatie van de werkplekken.", flagged: false),
        Case(text: "De app Todoist en de maat XXXL.", flagged: false),
        Case(text: "Nog uitwerken: TODO", flagged: true),
        Case(text: "todo: cijfers", flagged: true),
        Case(text: "Zie (TODO) hieronder.", flagged: true),
        Case(text: "Cijfers: xxx procent.", flagged: true),
        Case(text: "Cijfers: [invullen].", flagged: true),
        Case(text: "Cijfers: [...].", flagged: true),
        Case(text: "Cijfers <vul invullen later.", flagged: false),
        Case(text: "Cijfers <vul in>.", flagged: true),
        Case(text: "Cijfers, vul in> hier.", flagged: true),
        Case(text: "Cijfers: ...", flagged: false),
        Case(text: "...", flagged: true),
    ]

    @Test(arguments: words)
    func onlyWholeWordsAndTheSkeletonsForms(_ testCase: Case) {
        #expect((PlaceholderScanner.problem(in: testCase.text, key: "analyse") != nil) == testCase.flagged)
    }

    /// Texts of pieces where the byte paths and the scalar path could part: markers in either case,
    /// dots and the ellipsis, white space in and outside ASCII at either end, letters in and outside
    /// ASCII beside the markers.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        let pieces = [
            "todo", "TODO", "ToDo", "xxx", "XXX", "<vul in", "vul in>", "<VUL IN: x>", "[invullen]", "<...>", "[...]",
            "...", "..", ".", "…", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}",
            "\u{3000}", "a", "é", "t", "T", "o", "d", "x", "<", ">", "[", "]", "v", "1", "\u{1C}", "€", "ü", "e\u{301}",
        ]
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func theByteEndsFindWhatTheScalarsFindOverRandomTexts() {
        for text in Self.randomTexts(count: 20_000, seed: 38) + ["", "...", "…", " ... ", "x", "todo", "…todo"] {
            let fast = PlaceholderScanner.finding(in: text, key: "k")
            let plain = PlaceholderScanner.findingByScalars(in: text, key: "k")
            #expect(fast?.problem == plain?.problem, "\(text.debugDescription)")
            #expect(fast?.marker?.text == plain?.marker?.text, "\(text.debugDescription)")
        }
    }

    @Test func theFirstMarkerIsTheEarliestOfEachMarkersOwnSearchOverRandomTexts() {
        for text in Self.randomTexts(count: 20_000, seed: 6) {
            // Each marker's first place on its own; the earliest wins, at one place the first listed.
            let own = PlaceholderScanner.markers.enumerated().compactMap { order, marker in
                marker.firstMatch(in: text).map { (offset: $0, order: order) }
            }.min { ($0.offset, $0.order) < ($1.offset, $1.order) }
            let found = PlaceholderScanner.firstMarker(in: text)
            #expect(found?.1 == own?.offset, "\(text.debugDescription)")
            #expect(found?.0.text == own.map { PlaceholderScanner.markers[$0.order].text }, "\(text.debugDescription)")
        }
    }

    @Test func theShippedAgendasHaveNoPlaceholders() {
        let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)
        #expect(AgendaChecker().check(workspace).filter { $0.code == "MJA130" }.map { "\($0.file ?? "") \($0.located)" } == [])
    }

    /// Issue 32, point 7: MJA130-MJA132 are checks like the others. The loader only keeps every text
    /// as written with its range in the model; the checker finds the leftovers there, at the same place.
    @Test func theLoaderKeepsTheTextsAndTheCheckerFindsTheLeftovers() throws {
        let text = Sample.twente(replacing: "analyse = \"De arbeidsmarkt is krap.\"", with: "analyse = \"TODO\"  # <vul in: de analyse>")
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        let workspace = fixture.load()
        #expect(workspace.diagnostics.filter { ["MJA130", "MJA131", "MJA132"].contains($0.code) }.isEmpty)
        let agenda = try #require(workspace.agendas.first)
        #expect(agenda.writtenTexts.contains { $0.key == "analyse" && $0.text == "TODO" && $0.range.start == SourcePosition(line: 12, column: 11) })
        let found = AgendaChecker().check(workspace).filter { ["MJA130", "MJA132"].contains($0.code) }.map(\.located)
        #expect(found == ["MJA132 12:11", "MJA130 12:12"])
    }

    /// Issue 38 (memory): the model keeps only the texts with something to report, not every text
    /// value of the file (45 MB at 100 times the national content); the findings stay the same.
    @Test func theModelKeepsOnlyTheTextsWithALeftover() throws {
        let text = Sample.twente(replacing: "analyse = \"De arbeidsmarkt is krap.\"", with: "analyse = \"TODO\"")
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        let agenda = try #require(fixture.load().agendas.first)
        #expect(agenda.writtenTexts.map(\.text) == ["TODO"])
    }
}
