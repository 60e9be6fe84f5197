import Diagnostics
import Foundation
@testable import Agenda

/// A temporary agenda folder for tests: the repository's registries plus agenda files written from
/// strings, so each test can break one thing and look for the one diagnostic it causes.
struct AgendaFixture {
    let folder: String

    /// The repository's `regions/` folder, found from this file's place.
    static let repositoryRegions: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("regions").path
    }()

    /// A folder with the registries and the given files (name -> text).
    init(_ files: [String: String], registries: Bool = true) throws {
        folder = NSTemporaryDirectory() + "mja-tests-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if registries {
            try manager.copyItem(atPath: Self.repositoryRegions + "/registers", toPath: folder + "/registers")
        }
        for (name, text) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    func path(_ name: String) -> String { folder + "/" + name }

    /// Loads the whole folder.
    func load(language: Language = .dutch) -> Workspace {
        WorkspaceLoader(language: language).load(directory: folder)
    }

    /// Loads and checks the whole folder.
    func check(options: CheckOptions = CheckOptions(), language: Language = .dutch) -> [Diagnostic] {
        AgendaChecker(options: options, language: language).check(load(language: language))
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

extension Diagnostic {
    /// `code line:column`, for compact assertions.
    var located: String { "\(code) \(range.map { "\($0.start.line):\($0.start.column)" } ?? "-")" }
}

/// A small valid regional agenda for region AM05, written line by line so tests can name lines.
enum Sample {
    static let twente = """
        [agenda]
        soort = "regionaal"
        regio = "AM05"
        titel = "Proefagenda Twente"
        versie = "1.0"
        status = "concept"
        beleidsperiode = "2026-2030"
        uitvoeringsperiode = "2026-2027"

        [beleidsdeel]
        ambitie = "Iedereen die kan werken, werkt."
        analyse = "De arbeidsmarkt is krap."

        [beleidsdeel.opgave.sociaal]
        beschrijving = "Meer mensen aan het werk."

        [beleidsdeel.opgave.economisch]
        beschrijving = "Werkgevers vinden personeel."

        [beleidsdeel.opgave.ontwikkel]
        beschrijving = "Werkenden blijven leren."

        [[organisatie]]
        id = "gemeente-enschede"
        naam = "Gemeente Enschede"
        soort = "gemeente"

        [[organisatie]]
        id = "roc-van-twente"
        naam = "ROC van Twente"
        soort = "mbo-instelling"

        [[financieringsbron]]
        id = "regiobudget"
        naam = "Regiobudget"
        plafond = { 2026 = 100000 }

        [[thema]]
        id = "zorg"
        titel = "Instroom in de zorg"
        beschrijving = "Zij-instromers beginnen via een bbl-traject in de zorg."
        opgaven = ["sociaal", "economisch"]
        trekker = "gemeente-enschede"
        partners = ["roc-van-twente"]
        signalen = ["bbl-plaatsen"]

        [thema.afwegingen]
        nergens_anders_belegd = "Geen andere tafel."
        vernieuwend = "Een jobcoach op de werkvloer."
        opschaalbaar = "Andere regio's kunnen het overnemen."
        opschaalbaar_naar = ["AM02"]

        [[thema.resultaat]]
        omschrijving = "Gestarte trajecten"
        indicator = "Aantal gestarte bbl-trajecten"
        eenheid = "personen"
        streefwaarde = 80
        streefdatum = 2027-09-01

        [[thema.actie]]
        id = "jobcoach"
        titel = "Jobcoaches"
        trekker = "gemeente-enschede"
        start = 2026-02-01
        einde = 2027-12-31
        oplevering = "Vier jobcoaches"
        begroting = [
            { jaar = 2026, bron = "regiobudget", bedrag = 60000, zekerheid = "toegezegd" },
            { jaar = 2027, bron = "gemeente", bedrag = "1.250,50" },
        ]

        [[signaal]]
        id = "bbl-plaatsen"
        datum = 2026-01-20
        soort = "knelpunt"
        titel = "Bbl-plaatsen blijven leeg"
        urgentie = "hoog"
        vraag = "agenderen"

        """

    /// The sample with `old` replaced by `new` (the text must occur).
    static func twente(replacing old: String, with new: String) -> String {
        precondition(twente.contains(old), "the sample has no '\(old)'")
        return twente.replacingOccurrences(of: old, with: new)
    }
}
