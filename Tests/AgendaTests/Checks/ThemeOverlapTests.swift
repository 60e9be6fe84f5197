import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The overlap check (nergens anders belegd) finds the same overlaps as comparing every pair of
/// themes, names only the closest few, and does a bounded amount of work per theme.
@Suite(.timed) struct ThemeOverlapTests {
    /// The sample agenda plus `count` themes with the sample theme's text and a numbered title.
    static func alike(_ count: Int, numberedFrom first: Int = 10) -> String {
        let themes = (first..<(first + count)).map { number in
            """
            [[thema]]
            id = "zorg-\(number)"
            titel = "Instroom in de zorg \(number)"
            beschrijving = "Zij-instromers beginnen via een bbl-traject in de zorg."
            opgaven = ["sociaal"]
            trekker = "gemeente-enschede"

            """
        }
        return Sample.twente(replacing: "[[signaal]]", with: themes.joined() + "[[signaal]]")
    }

    @Test func oneWarningNamesTheClosestThreeAndCountsTheRest() throws {
        let fixture = try AgendaFixture(["am05-twente.toml": Self.alike(40)])
        defer { fixture.remove() }
        let found = fixture.check().filter { $0.located == "MJA103 38:1" }
        #expect(found.map(\.message) == [
            "thema 'Instroom in de zorg' is onvoldoende onderbouwd voor 'nergens_anders_belegd': overlapt in titel en inhoud met "
                + "'Instroom in de zorg 10', 'Instroom in de zorg 11', 'Instroom in de zorg 12' en 37 andere thema's",
        ])
    }

    @Test func oneOtherThemeIsNamedWithoutACount() throws {
        let fixture = try AgendaFixture(["am05-twente.toml": Self.alike(1)])
        defer { fixture.remove() }
        let found = fixture.check(language: .english).filter { $0.located == "MJA103 38:1" }
        #expect(found.first?.message.hasSuffix("overlaps in title and content with 'Instroom in de zorg 10'") == true)
    }

    @Test func thousandsOfAlikeThemesCostABoundedAmountEach() throws {
        let fixture = try AgendaFixture(["am05-twente.toml": Self.alike(2_000)])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let finder = ThemeOverlapFinder(workspace: workspace, threshold: 0.4)
        #expect(finder.comparisons <= 2_001 * ThemeOverlapFinder.budget)
        let found = try #require(finder.overlaps[fixture.path("am05-twente.toml")]?["zorg"])
        #expect(found.isPartial)
        #expect(found.matches.count >= ThemeOverlapFinder.budget / 2)
        #expect(found.count == found.matches.count)
        let reason = CriteriaAssessor.overlapReason(found).dutch
        #expect(reason.hasSuffix("en minstens \(found.count - 3) andere thema's"), "\(reason)")
    }

    /// The assessor keeps, for the whole run, only the matches a warning names and the count of the
    /// others (issue 38: at 100 times the national content every match kept was 36 MB).
    @Test func theAssessorKeepsTheNamedMatchesAndCountsTheRest() throws {
        let fixture = try AgendaFixture(["am05-twente.toml": Self.alike(40)])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let agenda = try #require(workspace.agendas.first { $0.file == fixture.path("am05-twente.toml") })
        let theme = try #require(agenda.themes.first { $0.id == "zorg" })
        let found = try #require(CriteriaAssessor(workspace: workspace).overlaps(of: theme, in: agenda))
        #expect(found.matches.map(\.title) == ["Instroom in de zorg 10", "Instroom in de zorg 11", "Instroom in de zorg 12"])
        #expect(found.count == 40)
        let all = try #require(ThemeOverlapFinder(workspace: workspace, threshold: 0.4).overlaps[agenda.file]?["zorg"])
        #expect(all.matches.count == 40 && all.count == 40)
        #expect(Array(all.matches.prefix(3)) == found.matches)
    }

    /// Issue 38: the assessor's copy of the workspace holds no source texts, so a build that lets
    /// them go after the checks does let them go (the assessor lives until the last document).
    @Test func theAssessorKeepsNoSourceTexts() throws {
        let fixture = try AgendaFixture(["am05-twente.toml": Self.alike(1)])
        defer { fixture.remove() }
        let workspace = fixture.load()
        #expect(!workspace.sources.isEmpty)
        #expect(CriteriaAssessor(workspace: workspace).workspace.sources.isEmpty)
    }

    /// Every pair compared, as the check did before: the reference the index must agree with.
    static func allPairs(_ workspace: Workspace, threshold: Double) -> [String: [String: [String]]] {
        var result: [String: [String: [String]]] = [:]
        // Each theme's terms are made once: comparing every pair is the reference, making a theme's
        // terms again for every pair it is in only made this test slow (300 themes, 90,000 pairs).
        let text = { (theme: Theme) in Set(DutchText.terms(theme.title + " " + theme.description)) }
        let national = workspace.nationalAgenda.map { $0.themes.map { (theme: $0, own: false, terms: text($0)) } }
        for agenda in workspace.agendas {
            let own = agenda.themes.map { (theme: $0, own: true, terms: text($0)) }
            var pool = own
            if agenda.scope != .national, let national { pool += national }
            for (theme, _, terms) in own where result[agenda.file]?[theme.id] == nil {
                let matches = pool.filter { other, isOwn, otherTerms in
                    (isOwn ? other.id != theme.id : other.id != theme.nationalTheme?.id)
                        && DutchText.jaccard(terms, otherTerms) >= threshold
                }
                result[agenda.file, default: [:]][theme.id] = matches.map(\.theme.id).sorted()
            }
        }
        return result
    }

    /// The sample plus `count` themes whose titles mix words from a small pool (a fixed sequence, so
    /// the same on every run): many pairs overlap a little, some a lot.
    static func mixed(_ count: Int) -> String {
        let words = ["zorg", "techniek", "jongeren", "scholing", "vervoer", "taal", "statushouders", "bouw", "energie",
                     "onderwijs", "werkgevers", "leerbanen", "mobiliteit", "ict", "kinderopvang", "groen", "veiligheid",
                     "skills", "begeleiding", "arbeidsbeperking"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let themes = (0..<count).map { number in
            let title = (0..<(2 + next(4))).map { _ in words[next(words.count)] }.joined(separator: " ")
            return """
                [[thema]]
                id = "thema-\(number)"
                titel = "\(title)"
                beschrijving = "\(words[next(words.count)]) en \(words[next(words.count)])"
                opgaven = ["sociaal"]
                trekker = "gemeente-enschede"

                """
        }
        return Sample.twente(replacing: "[[signaal]]", with: themes.joined() + "[[signaal]]")
    }

    /// Compares the finder with all pairs: the same overlaps for every theme whose search was not
    /// cut short, a part of them for one that was. Returns the pairs found and the themes cut short.
    static func expectSameAsAllPairs(_ workspace: Workspace, threshold: Double) -> (pairs: Int, partial: Int) {
        let finder = ThemeOverlapFinder(workspace: workspace, threshold: threshold)
        var pairs = 0, partial = 0
        for (file, themes) in Self.allPairs(workspace, threshold: threshold) {
            for (id, ids) in themes {
                pairs += ids.count
                let found = try? #require(finder.overlaps[file]?[id])
                let foundIDs = found?.matches.map(\.id).sorted() ?? []
                if found?.isPartial == true {
                    partial += 1
                    #expect(Set(foundIDs).isSubset(of: ids), "\(file) \(id)")
                } else {
                    #expect(foundIDs == ids, "\(file) \(id)")
                }
            }
        }
        return (pairs, partial)
    }

    @Test(arguments: [0.2, 0.4, 0.6])
    func theIndexFindsWhatComparingAllPairsFindsInTheShippedAgendas(threshold: Double) {
        let result = Self.expectSameAsAllPairs(WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions), threshold: threshold)
        #expect(result.partial == 0)
    }

    @Test(arguments: [0.2, 0.4, 0.6, 0.9])
    func theIndexFindsWhatComparingAllPairsFindsInMixedThemes(threshold: Double) throws {
        let fixture = try AgendaFixture(["am05-twente.toml": Self.mixed(300)])
        defer { fixture.remove() }
        let result = Self.expectSameAsAllPairs(fixture.load(), threshold: threshold)
        #expect(result.pairs > 0)
        // Only at a low threshold, where a theme overlaps with a third of all others, is the search cut short.
        #expect(threshold < 0.4 || result.partial == 0)
    }

    /// The ranks as they were made before issue 38's sixth round: a dictionary of ranks by word,
    /// filled in the order of the counts and read for every word of every theme.
    static func ranksByWord(_ themes: [[String]]) -> [[Int]] {
        var first: [String: Int] = [:]
        var counts: [Int] = []
        var words: [String] = []
        for terms in themes {
            for term in terms {
                if let number = first[term] {
                    counts[number] += 1
                } else {
                    first[term] = counts.count
                    counts.append(1)
                    words.append(term)
                }
            }
        }
        let order = counts.indices.sorted { (counts[$0], $0) < (counts[$1], $1) }
        var rank: [String: Int] = [:]
        for (position, number) in order.enumerated() { rank[words[number]] = position }
        return themes.map { $0.map { rank[$0]! } }
    }

    @Test(arguments: 0..<40)
    func ranksByNumberAreTheRanksByWord(seed: Int) {
        // Themes of distinct words drawn from a small vocabulary, so words repeat across themes and
        // counts tie; some themes are empty, as a theme without content words is.
        var random = SplitMix64(seed: UInt64(seed))
        let vocabulary = (0..<(1 + seed % 30)).map { "w\($0)" }
        let themes: [[String]] = (0..<(seed % 12)).map { _ in
            var seen = Set<String>()
            return (0..<Int.random(in: 0...8, using: &random)).compactMap { _ in
                let word = vocabulary.randomElement(using: &random)!
                return seen.insert(word).inserted ? word : nil
            }
        }
        #expect(ThemeOverlapFinder.ranks(themes) == Self.ranksByWord(themes))
    }

    @Test func ranksOfTheShippedAgendasAreTheRanksByWord() {
        let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)
        let terms = workspace.agendas.map { agenda in
            agenda.themes.map { theme in
                var seen = Set<String>()
                return DutchText.terms(theme.title + " " + theme.description).filter { seen.insert($0).inserted }
            }
        }
        #expect(terms.count > 30)
        #expect(ThemeOverlapFinder.ranks(terms.flatMap { $0 }) == Self.ranksByWord(terms.flatMap { $0 }))
        for own in terms { #expect(ThemeOverlapFinder.ranks(own + terms[0]) == Self.ranksByWord(own + terms[0])) }
    }

    @Test(arguments: [1, 2, 3, 5, 8, 13])
    func prefixLengths(count: Int) {
        // The shortest prefix such that two sets of this size at the threshold must share a word in it.
        let length = ThemeOverlapFinder.prefixLength(count, 0.4)
        let needed = Int((0.4 * Double(count)).rounded(.up))
        #expect(length == count - needed + 1)
    }
}
