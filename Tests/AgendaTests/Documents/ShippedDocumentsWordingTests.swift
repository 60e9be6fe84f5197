import Documents
import Foundation
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// Every document a national build makes of the shipped agendas (both parts of every agenda, every
/// deck, the signal report and its deck, the progress reports), as Markdown, read as a reader would:
/// no file key in running text, no Dutch that is wrong (issue 29, point 6), and a decision slide that
/// does not ask to adopt a theme that fails (point 5).
@Suite(.timed) struct ShippedDocumentsWordingTests {
    struct Built {
        /// `am13-midden-utrecht/beleidsdeel`, `signalen`, ... -> Markdown.
        var documents: [String: String] = [:]
    }

    static let built: Built = {
        var built = Built()
        do {
            let workspace = ShippedAgendasTests.workspace
            let templates = try DocumentGoldenTests.library()
            let builder = AgendaDocumentBuilder(templates: templates, workspace: workspace)
            let decks = AgendaDeckBuilder(documents: builder)
            func markdown(_ document: Document) -> String { String(decoding: OutputFormat.markdown.writer.write(document), as: UTF8.self) }
            for agenda in workspace.agendas {
                let folder = ((agenda.file as NSString).lastPathComponent as NSString).deletingPathExtension
                for part in AgendaDocumentBuilder.Part.allCases {
                    built.documents["\(folder)/\(part.rawValue)"] = markdown(try builder.document(part, of: agenda))
                }
                built.documents["\(folder)/dia"] = markdown(try decks.document(of: agenda))
            }
            let analysis = SignalAnalysis(collection: SignalCollection(workspace: workspace))
            built.documents["signalen"] = markdown(try SignalReportBuilder(templates: templates).document(for: analysis))
            built.documents["signalen-dia"] = markdown(try SignalDeckBuilder(templates: templates).document(for: analysis))
            let progress = ProgressReportBuilder(templates: templates, workspace: workspace)
            for agenda in workspace.agendas {
                let folder = ((agenda.file as NSString).lastPathComponent as NSString).deletingPathExtension
                built.documents["\(folder)/voortgang"] = markdown(try progress.document(for: agenda))
            }
            built.documents["voortgang"] = markdown(try progress.nationalDocument(for: workspace.agendas))
        } catch {
            Issue.record("the shipped documents do not build: \(error)")
        }
        return built
    }()

    /// Every key of the agenda file format written with an underscore (`landelijk_thema`,
    /// `nergens_anders_belegd`): a reader of a document never sees them.
    static let snakeCaseKeys: Set<String> = {
        var keys: Set<String> = []
        func walk(_ table: TableSchema) {
            for field in table.fields {
                if field.name.contains("_") { keys.insert(field.name) }
                walk(field.type)
            }
        }
        func walk(_ type: FieldType) {
            switch type {
            case .table(let table), .tableList(let table): walk(table)
            case .list(let element): walk(element)
            default: break
            }
        }
        walk(AgendaFormat.file)
        return keys
    }()

    @Test func theFormatHasSnakeCaseKeys() {
        #expect(Self.snakeCaseKeys.contains("landelijk_thema"))
        #expect(Self.snakeCaseKeys.contains("vastgesteld_door"))
    }

    @Test func everyDocumentWasBuilt() {
        #expect(Self.built.documents.count == 36 * 5 + 3)
    }

    @Test func noFileKeyAppearsInAnyDocument() {
        for (name, text) in Self.built.documents.sorted(by: { $0.key < $1.key }) {
            for key in Self.snakeCaseKeys.sorted() {
                // Markdown may write the underscore escaped.
                let escaped = key.replacingOccurrences(of: "_", with: "\\_")
                #expect(!text.contains(key) && !text.contains(escaped), "\(name) shows the file key \(key)")
            }
        }
    }

    /// Lines of `text` that match `pattern`.
    static func lines(_ text: String, matching pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return text.split(separator: "\n").map(String.init).filter {
            regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil
        }
    }

    @Test func countsAgreeWithTheirVerb() {
        for (name, text) in Self.built.documents {
            // "2 van de 4 signalen heeft", "Alle 2 thema's", "1 van de 4 signalen hebben"
            #expect(Self.lines(text, matching: #"\b([2-9]|\d\d+) van de \d+ \S+ (heeft|voldoet|is|staat)\b"#).isEmpty, "\(name)")
            #expect(Self.lines(text, matching: #"\b1 van de \d+ \S+ (hebben|voldoen|zijn|staan)\b"#).isEmpty, "\(name)")
            #expect(Self.lines(text, matching: #"\b[Aa]lle 2\b"#).isEmpty, "\(name)")
        }
        // The shipped agendas do show the phrases these look for.
        #expect(Self.built.documents["am02-friesland/uitvoeringsdeel"]?.contains("Beide thema's voldoen aan de zes afwegingen.") == true)
        #expect(Self.built.documents["signalen"]?.contains("signalen hebben een landelijk antwoord.") == true)
    }

    @Test func titlesDoNotRepeatThePeriod() {
        for (name, text) in Self.built.documents {
            let title = text.prefix { $0 != "\n" }
            #expect(Self.lines(String(title), matching: #"(\d{4}-\d{4}).*\b\1$"#).isEmpty, "\(name): \(title)")
        }
        #expect(Self.built.documents["am05-twente/beleidsdeel"]?.hasPrefix("# Regionale Meerjarenagenda Twente 2026-2030: beleidsdeel\n") == true)
        #expect(Self.built.documents["am05-twente/uitvoeringsdeel"]?.hasPrefix("# Regionale Meerjarenagenda Twente 2026-2030: uitvoeringsdeel 2026-2027\n") == true)
    }

    @Test func thePolicyPartSpeaksOfItself() throws {
        for (name, text) in Self.built.documents where name.hasSuffix("/beleidsdeel") {
            #expect(!text.contains("Rol in dit uitvoeringsdeel"), "\(name)")
            // The summary does not repeat the ambition that follows it word for word.
            let summary = try #require(Self.section("Samenvatting", of: text))
            let ambition = try #require(Self.section("Ambitie", of: text))
            let firstLine = ambition.split(separator: "\n").first.map(String.init) ?? ""
            #expect(!firstLine.isEmpty && !summary.contains(firstLine), "\(name) repeats the ambition in its summary")
        }
        let national = try #require(Self.built.documents["lmja/beleidsdeel"])
        #expect(!national.contains("## Relatie met de landelijke agenda"))
        #expect(national.contains("## Bijdragen van de regio's"))
        #expect(Self.built.documents["am05-twente/beleidsdeel"]?.contains("## Relatie met de landelijke agenda") == true)
    }

    /// The text of the `##` section titled `title`, without its heading.
    static func section(_ title: String, of text: String) -> String? {
        guard let start = text.range(of: "\n## \(title)\n") else { return nil }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    // MARK: Point 5: a theme that falls short

    @Test func theDecisionSlideNamesTheThemeThatFallsShort() throws {
        let deck = try #require(Self.built.documents["am13-midden-utrecht/dia"])
        let decision = try #require(Self.section("Gevraagd van het Regionaal Beraad Midden-Utrecht", of: deck))
        #expect(!decision.contains("Instemmen met de thema's"))
        #expect(decision.contains("vaststellen met de 2 thema's die aan de zes afwegingen voldoen: ‘Zij-instromers voor de klas’ en ‘Samen werken met één dossier’"))
        #expect(decision.contains("Besluiten over ‘Diverse initiatieven arbeidsmarkt’, dat nog niet aan alle zes afwegingen voldoet"))
        #expect(decision.contains("de €\u{A0}60.000 voor ‘Diverse initiatieven arbeidsmarkt’ pas na dat besluit"))
        // The cover slide (before the first ##) says it too.
        let cover = try #require(deck.components(separatedBy: "\n## ").first)
        #expect(cover.contains("1 van de 3 thema's voldoet nog niet aan alle zes afwegingen: ‘Diverse initiatieven arbeidsmarkt’"))
    }

    @Test func theSummaryAndCoverSayWhatIsAsked() throws {
        for part in ["beleidsdeel", "uitvoeringsdeel"] {
            let text = try #require(Self.built.documents["am13-midden-utrecht/\(part)"])
            let cover = try #require(text.components(separatedBy: "\n## ").first)
            #expect(cover.contains("**Let op:** 1 van de 3 thema's voldoet nog niet aan alle zes afwegingen: ‘Diverse initiatieven arbeidsmarkt’."))
            let summary = try #require(Self.section("Samenvatting", of: text))
            #expect(summary.contains("Het Regionaal Beraad Midden-Utrecht wordt gevraagd de agenda vast te stellen met de 2 thema's die voldoen, en te besluiten over ‘Diverse initiatieven arbeidsmarkt’"))
        }
        // An agenda whose themes all meet asks for adoption of all, and its cover has no warning.
        let twente = try #require(Self.built.documents["am05-twente/uitvoeringsdeel"])
        #expect(!twente.contains("Let op:"))
        #expect(twente.contains("Het Regionaal Beraad Twente wordt gevraagd de agenda met haar thema's en de begroting van"))
        let twenteDeck = try #require(Self.built.documents["am05-twente/dia"])
        #expect(twenteDeck.contains("Instemmen met de thema's van het uitvoeringsdeel 2026-2027 en hun trekkers."))
    }

    /// Issue 29: a "✓" wrapped away from its word. Between a verdict mark and its word stands a
    /// no-break space, in every document.
    @Test func aMarkStaysWithItsWord() {
        for (name, text) in Self.built.documents {
            #expect(Self.lines(text, matching: "[✓✗⚠] [^|]").isEmpty, "\(name): \(Self.lines(text, matching: "[✓✗⚠] [^|]").prefix(2))")
            #expect(Self.lines(text, matching: "[✓✗⚠]$").isEmpty, "\(name)")
        }
        #expect(Self.built.documents["am13-midden-utrecht/dia"]?.contains("✗\u{A0}voldoet niet") == true)
    }

    // MARK: The signal report

    @Test func theSignalReportSaysWhereItsSignalsComeFrom() throws {
        let report = try #require(Self.built.documents["signalen"])
        #expect(!report.contains("CSV"), "no CSV file was read")
        #expect(report.hasSuffix("*De signalen komen uit de regionale agenda's.*\n"))
    }

    @Test func candidateThemesAreNotTitledAfterOnePlace() throws {
        let analysis = SignalAnalysis(collection: SignalCollection(workspace: ShippedAgendasTests.workspace))
        #expect(analysis.clustering.clusters.map(\.suggestedTitle) == [
            "Auto, werkzoekenden en ploegendiensten",
            "Starters in de zorg vertrekken uit de regio omdat er geen woning is",
            "Ouders kunnen niet meer uren werken omdat de opvang vol zit",
            "Onduidelijke regels voor belasting en sociale zekerheid schrikken grensarbeiders af",
            "Duitse diploma's worden niet erkend bij Nederlandse werkgevers",
        ])
        let report = try #require(Self.built.documents["signalen"])
        #expect(!report.contains("### 1\\. Bedrijventerreinen in de Achterhoek"))
    }

    @Test func theDeckCountsWhatItsTableShows() throws {
        let deck = try #require(Self.built.documents["signalen-dia"])
        let broad = try #require(Self.section("Breed gedragen onderwerpen", of: deck))
        #expect(broad.contains("23 onderwerpen zijn breed gedragen: 7 landelijke thema's, 9 sectoren en 7 doelgroepen."))
        #expect(broad.contains("De breed gedragen landelijke thema's:"))
        #expect(!broad.contains("Per landelijk thema:"))
        let rows = broad.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Landelijk thema") && !$0.hasPrefix("| -") }
        #expect(rows.count == 7)
    }
}
