import Agenda
import Diagnostics
import Foundation

/// Aggregates and clusters generated signals, 10 000 and then 100 000, and prints the two times
/// and their ratio (the target: at most 15 times longer for 10 times the signals).
///
///     swift run -c release mja-bench signalen [--klein 10000] [--groot 100000]
///
/// The signals are realistic Dutch texts built from topic vocabularies with variation (synonyms,
/// word order, extra words), spread over the 35 regions and a year and a half; a third carry a
/// national theme, the rest are clustered.
enum SignalsBenchmark: Benchmark {
    static let name = "signalen"
    static let summary = "aggregate and cluster 10 000 and 100 000 generated signals [--klein N] [--groot N]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let small = try options.int("--klein", default: 10_000)
        let large = try options.int("--groot", default: 100_000)
        var warmUp = SignalGenerator(seed: 7)
        _ = measure(warmUp.signals(count: 2_000))
        var smallGenerator = SignalGenerator(seed: 2026), largeGenerator = SignalGenerator(seed: 2026)
        let smallSignals = smallGenerator.signals(count: small)
        let largeSignals = largeGenerator.signals(count: large)
        let first = measure(smallSignals)
        let second = measure(largeSignals)
        for (count, result) in [(small, first), (large, second)] {
            print("\(count) signalen: aggregatie \(format(result.aggregation * 1000)) ms, clustering \(format(result.clustering * 1000)) ms, "
                + "totaal \(format(result.total * 1000)) ms; \(result.clusters) clusters, \(result.comparisons) vergelijkingen")
        }
        print("verhouding: \(format(second.total / first.total)) keer zo lang voor \(format(Double(large) / Double(small))) keer zo veel signalen (doel: hoogstens 15)")
        if let memory = Measure.peakMemoryMiB() { print("piekgeheugen (VmHWM): \(format(memory)) MiB") }
    }

    struct Timing {
        var aggregation: Double
        var clustering: Double
        var clusters: Int
        var comparisons: Int
        var total: Double { aggregation + clustering }
    }

    static func measure(_ signals: [Signal]) -> Timing {
        let start = Measure.now()
        let aggregation = SignalAggregation(signals: signals, broadThreshold: 5)
        let middle = Measure.now()
        let clustering = SignalClustering(signals: signals, broadThreshold: 5)
        let end = Measure.now()
        precondition(aggregation.signalCount == signals.count)
        return Timing(aggregation: middle - start, clustering: end - middle, clusters: clustering.clusters.count,
                      comparisons: clustering.comparisons)
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// Generates signals deterministically from topic vocabularies: each topic has subjects, problems
/// and consequences in several wordings, combined with region-specific place words and filler.
struct SignalGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private mutating func pick(_ list: [String]) -> String { list[next(list.count)] }

    static let regions = ["AM01", "AM02", "AM03", "AM05", "AM06", "AM07", "AM08", "AM09", "AM10", "AM11", "AM12", "AM13",
                          "AM14", "AM15", "AM17", "AM18", "AM19", "AM20", "AM21", "AM22", "AM23", "AM24", "AM25", "AM26",
                          "AM27", "AM28", "AM29", "AM30", "AM32", "AM33", "AM34", "AM35", "AM36", "AM37", "AM38"]
    static let places = ["in de dorpen", "in de stad", "op het platteland", "rond de haven", "in de kernen", "bij de grens",
                         "op de bedrijventerreinen", "in de wijken", "in het centrum", "op de eilanden"]
    static let fillers = ["Werkgevers merken het elke week.", "Het Werkcentrum ziet dit vaker.", "Dit speelt al langer.",
                          "Partners vragen om een landelijke aanpak.", "De gemeente kan het niet alleen oplossen.",
                          "Het Regionaal Beraad besprak het in maart.", "Ook de buurregio meldt dit.", "Cijfers van UWV bevestigen het beeld."]

    /// A topic: subjects, problems and consequences, each in several wordings.
    struct Topic {
        var subjects: [String]
        var problems: [String]
        var consequences: [String]
        var sector: String
        var details: [String] = []
    }

    static let topics: [Topic] = [
        Topic(subjects: ["Werkzoekenden zonder auto", "Mensen zonder rijbewijs", "Kandidaten zonder eigen vervoer"],
              problems: ["kunnen vroege diensten niet bereiken", "komen niet op tijd bij de ploegendienst", "missen de eerste bus naar het werk"],
              consequences: ["De buslijnen zijn uitgedund.", "Het openbaar vervoer rijdt niet in de nacht.", "Buurtbussen rijden niet naar de terreinen."],
              sector: "logistiek", details: ["Distributiecentra starten om vijf uur.", "Late diensten eindigen na de laatste bus.", "Een pendelbus naar het terrein ontbreekt."]),
        Topic(subjects: ["Jonge ouders", "Alleenstaande moeders", "Ouders met kleine kinderen"],
              problems: ["kunnen niet meer uren werken door de wachtlijst in de kinderopvang", "vinden geen opvangplek", "zeggen werk af omdat de opvang vol zit"],
              consequences: ["Pedagogisch medewerkers zijn schaars.", "De wachtlijsten duren een half jaar.", "Gastouders stoppen."],
              sector: "kinderopvang", details: ["Opvangorganisaties vinden geen personeel.", "Ouders blijven in kleine deeltijdbanen.", "Kinderopvangtoeslag helpt niet zonder plek."]),
        Topic(subjects: ["Verpleegkundigen", "Leraren", "Starters in cruciale beroepen"],
              problems: ["vinden geen betaalbare woning", "wijzen banen af door de woningnood", "vertrekken omdat de huren te hoog zijn"],
              consequences: ["Werkgevers verliezen kandidaten.", "Er is geen voorrang voor cruciale beroepen.", "Kamers zijn onbetaalbaar."],
              sector: "zorg-en-welzijn", details: ["Huurwoningen hebben wachtlijsten van jaren.", "Scholen en ziekenhuizen werven buiten de regio.", "Woningcorporaties hebben geen voorrangsregeling."]),
        Topic(subjects: ["Statushouders", "Nieuwkomers", "Anderstaligen"],
              problems: ["mogen pas werken na het taalexamen B1", "wachten maanden op een taalcursus", "verliezen een jaar door de taaleis"],
              consequences: ["Werken en taal leren tegelijk lukt niet.", "De inburgering sluit niet aan op werk.", "Werkgevers willen hen eerder aannemen."],
              sector: "techniek", details: ["Taal op de werkvloer werkt het best.", "Inburgeringsaanbieders eisen eerst het examen.", "Kleine gemeenten hebben te weinig deelnemers voor een taalgroep."]),
        Topic(subjects: ["Gemeente en UWV", "Professionals in het Werkcentrum", "Het gezamenlijke loket"],
              problems: ["mogen geen klantgegevens uitwisselen", "kunnen niet in elkaars systeem kijken", "stranden op de privacyregels"],
              consequences: ["Intakes worden dubbel gedaan.", "De AVG wordt verschillend uitgelegd.", "Werkzoekenden vullen alles twee keer in."],
              sector: "ict", details: ["Een wettelijke grondslag voor gegevensdeling ontbreekt.", "Toestemming van de klant is volgens juristen niet genoeg.", "Dossiers liggen in twee systemen."]),
        Topic(subjects: ["Mensen in de bijstand", "Bijstandsgerechtigden met een kleine baan", "Deeltijdwerkers met een uitkering"],
              problems: ["zien af van extra uren uit angst voor terugvordering", "gaan er netto op achteruit door verlies van toeslagen", "houden te weinig over van een bijbaan"],
              consequences: ["Verrekeningen komen maanden later.", "De armoedeval ontmoedigt werk.", "De vrijlating is ingewikkeld."],
              sector: "zorg-en-welzijn", details: ["Schulden door terugvorderingen maken mensen voorzichtig.", "Kwijtschelding en toeslagen vallen weg bij meer inkomen.", "Wisselende inkomsten geven onzekerheid."]),
        Topic(subjects: ["Werkenden in het mkb", "Medewerkers van kleine bedrijven", "Zij-instromers"],
              problems: ["kunnen hun omscholing niet betalen", "vinden geen budget voor scholing na STAP", "krijgen de opleiding niet vergoed"],
              consequences: ["Het O&O-fonds betaalt alleen binnen de sector.", "Kleine werkgevers hebben geen opleidingsbudget.", "Ontwikkeladviezen leiden niet tot scholing."],
              sector: "techniek", details: ["Een individueel leerbudget ontbreekt.", "Scholing voor een overstap naar een andere sector wordt niet betaald.", "Werkgevers zonder fonds betalen de cursus niet."]),
        Topic(subjects: ["Bbl-leerlingen in de zorg", "Leerlingen in leerbanen", "Nieuwe bbl-studenten"],
              problems: ["haken af door te weinig begeleiding op de werkvloer", "krijgen geen werkbegeleider", "vallen uit in het eerste jaar"],
              consequences: ["Praktijkopleiders hebben geen tijd.", "Werkbegeleiders zijn overbelast.", "Zorgorganisaties zeggen leerplekken af."],
              sector: "zorg-en-welzijn", details: ["Een op de drie bbl-leerlingen stopt.", "Begeleiding op de werkvloer kost uren die niemand heeft.", "Kleine zorglocaties hebben geen praktijkbegeleider."]),
    ]

    static let themes = ["lt1-doelgroepen", "lt2-passend-werk", "lt3-mobiliteit", "lt4-sectorale-infrastructuur", "lt6-skills"]
    static let nowhere = SourceRange(at: SourcePosition(line: 1, column: 1))

    /// `count` signals.
    mutating func signals(count: Int) -> [Signal] {
        (0..<count).map { index in
            let topic = Self.topics[next(Self.topics.count)]
            let region = pick(Self.regions)
            let title = "\(pick(topic.subjects)) \(pick(Self.places)) \(pick(topic.problems))"
            let first = next(topic.consequences.count)
            let second = (first + 1 + next(topic.consequences.count - 1)) % topic.consequences.count
            let filler = next(4) == 0 ? " " + pick(Self.fillers) : ""
            let description = "\(topic.consequences[first]) \(topic.consequences[second]) \(pick(topic.details))" + filler
            let month = 1 + next(18)
            let date = CalendarDate(year: 2025 + (month - 1) / 12, month: (month - 1) % 12 + 1, day: 1 + next(28))
            let themed = next(3) == 0
            return Signal(
                id: "signaal-\(index)", region: region, date: date, kind: Signal.Kind.allCases[next(4)], title: title,
                description: description, task: AgendaTask.allCases[next(3)],
                sectors: [Reference(topic.sector, range: Self.nowhere)], targetGroups: [],
                nationalThemes: themed ? [Reference(pick(Self.themes), range: Self.nowhere)] : [],
                urgency: Signal.Urgency.allCases[next(3)], ask: Signal.Ask.allCases[next(3)],
                status: Signal.Status.allCases[next(5)], answer: nil,
                origin: Origin(file: "bench", range: Self.nowhere))
        }
    }
}
