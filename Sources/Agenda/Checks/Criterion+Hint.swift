import Diagnostics

extension Criterion {
    /// Where the fix goes for a theme that falls short on this criterion: not always in
    /// `[thema.afwegingen]` (a result is a `[[thema.resultaat]]`, owners are keys of the theme).
    ///
    /// Made once per criterion and language and shared: every diagnostic of the criterion keeps the
    /// hint, and a new copy each was 2.1 MB of `mja check` at 100 times the national content (9 300
    /// warnings; issue 38).
    func hint(in l: Language) -> String {
        guard let hint = (l == .dutch ? Self.dutchHints : Self.englishHints)[self] else {
            preconditionFailure("both tables of hints are made of every criterion")
        }
        return hint
    }

    private static let dutchHints = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.makeHint(in: .dutch)) })
    private static let englishHints = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.makeHint(in: .english)) })

    /// The hint, made anew.
    func makeHint(in l: Language) -> String {
        let more = l.pick("; 'mja explain \(ruleCode)' legt uit wat telt", "; 'mja explain \(ruleCode)' explains what counts")
        switch self {
        case .signals:
            return l.pick("verwijs bij het thema naar signalen, signalen = [\"id\"] (van een andere regio: \"AM05/id\"), en licht ze toe in [thema.afwegingen] met signalen = \"...\"",
                          "refer to signals in the theme, signalen = [\"id\"] (another region's: \"AM05/id\"), and explain them in [thema.afwegingen] with signalen = \"...\"") + more
        case .crossOrganisational:
            return l.pick("noem bij het thema een trekker en partners = [...]: minstens twee organisaties, liefst van verschillende soorten",
                          "name a trekker and partners = [...] in the theme: at least two organisations, preferably of different kinds") + more
        case .handledNowhereElse:
            return l.pick("schrijf in [thema.afwegingen] nergens_anders_belegd = \"...\"; bij overlap: maak in titel en beschrijving duidelijk wat dit thema anders maakt",
                          "write nergens_anders_belegd = \"...\" in [thema.afwegingen]; on overlap: make clear in title and description what sets this theme apart") + more
        case .concrete:
            return l.pick("voeg een [[thema.resultaat]] toe met indicator, eenheid, streefwaarde en een streefdatum binnen de uitvoeringsperiode",
                          "add a [[thema.resultaat]] with indicator, eenheid, streefwaarde and a streefdatum inside the execution period") + more
        case .novel:
            return l.pick("schrijf in [thema.afwegingen] vernieuwend = \"...\", of voortzetting = \"...\" met de reden als het thema eerder werk voortzet",
                          "write vernieuwend = \"...\" in [thema.afwegingen], or voortzetting = \"...\" with the reason if the theme continues earlier work") + more
        case .scalable:
            return l.pick("schrijf in [thema.afwegingen] opschaalbaar = \"...\" en, in een regionale agenda, opschaalbaar_naar = [\"AM09\"] of [\"landelijk\"]",
                          "write opschaalbaar = \"...\" in [thema.afwegingen] and, in a regional agenda, opschaalbaar_naar = [\"AM09\"] or [\"landelijk\"]") + more
        }
    }
}
