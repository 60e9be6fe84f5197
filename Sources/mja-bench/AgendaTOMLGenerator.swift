/// Writes deterministic agenda-like TOML: a header, then themes with their selection criteria, actions,
/// budgets and results, in every TOML form an agenda uses (strings with Dutch accents, multi-line text,
/// integers, floats, booleans, dates and date-times, arrays, inline tables, arrays of tables, dotted
/// keys and comments). The same seed always gives the same bytes.
struct AgendaTOMLGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    static let sectors = ["Zorg en Welzijn", "Kinderopvang", "Onderwijs", "Veiligheid", "Groen", "Techniek",
                          "Bouw en Energie", "ICT"]
    static let organisations = ["gemeente-enschede", "gemeente-hengelo", "uwv", "sbb", "vno-ncw", "mkb-nederland",
                                "fnv", "cnv", "roc-van-twente", "saxion", "werkcentrum-twente", "divosa"]
    static let tasks = ["sociaal", "economisch", "ontwikkel"]
    static let words = ["arbeidsmarkt", "één", "coördinatie", "financiële", "ondersteuning", "werkzoekenden",
                        "café", "samenwerking", "regio", "vaardigheden", "begeleiding", "privé", "idee", "werkgevers",
                        "scholing", "doelgroepen", "anderstaligen", "jongeren", "matchen", "ontwikkelpaden"]

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private mutating func pick(_ list: [String]) -> String { list[next(list.count)] }

    private mutating func sentence(_ count: Int) -> String {
        var words: [String] = []
        for _ in 0..<count { words.append(pick(Self.words)) }
        return words.joined(separator: " ").capitalizedFirst + "."
    }

    private mutating func date() -> String {
        let month = 1 + next(12)
        return "20\(26 + next(5))-\(month < 10 ? "0" : "")\(month)-\(10 + next(18))"
    }

    /// A document of about `bytes` bytes (a little more: it ends after a whole theme).
    mutating func document(bytes: Int) -> String {
        var output = """
            # Regionale Meerjarenagenda — gegenereerd voor de benchmark
            titel = "Regionale Meerjarenagenda Twente"
            regio = "twente"
            periode = { start = 2026-01-01, eind = 2030-12-31 }
            vastgesteld = 2025-11-14T10:30:00+01:00
            versie = 3


            """
        var theme = 0
        while output.utf8.count < bytes {
            theme += 1
            appendTheme(theme, to: &output)
        }
        return output
    }

    private mutating func appendTheme(_ number: Int, to output: inout String) {
        let id = "thema-\(number)"
        output += """
            [[thema]]
            id = "\(id)"
            naam = "\(sentence(4 + next(4)))"
            beschrijving = \"\"\"
            \(sentence(12 + next(10)))
            \(sentence(8 + next(10)))\"\"\"
            opgaven = ["\(pick(Self.tasks))", "\(pick(Self.tasks))"]
            sectoren = ["\(pick(Self.sectors))", "\(pick(Self.sectors))", "\(pick(Self.sectors))"]
            prioriteit = \(1 + next(5))
            budget_eur = \(10_000 * (1 + next(90)))
            gewicht = 0.\(next(100))
            actief = \(next(4) != 0)
            vervolg_van = '\(id)-2021'  # vorige agenda

            [thema.afwegingen]
            signalen = ["sig-\(next(500))", "sig-\(next(500))"]
            organisatieoverstijgend = true
            nergens_anders_belegd = "\(sentence(6))"
            concreet.indicator = "aantal \(pick(Self.words))"
            concreet.doel = \(50 * (1 + next(20)))
            concreet.datum = \(date())
            opschaalbaar.regios = ["twente", "achterhoek", "midden-gelderland"]


            """
        for action in 1...(3 + next(4)) {
            output += """
                [[thema.actie]]
                id = "\(id)-actie-\(action)"
                titel = "\(sentence(5 + next(5)))"
                trekker = "\(pick(Self.organisations))"
                partners = ["\(pick(Self.organisations))", "\(pick(Self.organisations))"]
                start = \(date())
                eind = \(date())
                budget = { bedrag = \(1_000 * (1 + next(200))), bron = "regionaal", cofinanciering = 0.\(next(100)) }
                resultaten = [
                  { indicator = "\(pick(Self.words))", doel = \(next(300)), datum = \(date()) },
                  { indicator = "\(pick(Self.words))", doel = \(next(300)), datum = \(date()) },
                ]
                bijgewerkt = \(date())T\(10 + next(10)):\(10 + next(50)):00Z
                # \(sentence(6))


                """
        }
    }
}

extension String {
    /// The string with its first character in capitals.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
