import FoundationEssentials
/// Weighs a theme against the six selection criteria, from the evidence the theme records and from
/// what can be computed from the agendas: the signals and the regions that raised them, the kinds of
/// the organisations involved, overlap with other themes, the results, the previous version.
public struct CriteriaAssessor: Sendable {
    /// The workspace weighed, without its source texts (`sources` is empty).
    public private(set) var workspace: Workspace
    let options: CheckOptions
    /// Where each signal of `workspace` stands, by its qualified id (`AM05/id`): not a copy of the
    /// signal (at 100 times the national content 13 400 copies were 7.6 MB of the checks' memory).
    private let signalPlaces: [String: SignalPlace]
    private let organisationKinds: [String: [String: String]]
    /// The themes each theme overlaps with, found once for the whole workspace.
    private let overlapFinder: ThemeOverlapFinder
    /// The registries' names by id, indexed once for every document made with this assessor.
    private(set) var names: RegistryNames
    /// How many overlapping themes one assessment names; the rest are counted.
    static let namedOverlaps = 3

    /// An assessor for the themes of the agendas in `files` (nil: every agenda of `workspace`); the
    /// other agendas count only as evidence (their signals, their themes for overlap).
    public init(workspace: Workspace, options: CheckOptions = CheckOptions(), files: Set<String>? = nil) {
        // Without the source texts: no assessment reads them, and a build lets them go once the
        // checks have run, which this copy would otherwise prevent.
        var kept = workspace
        kept.sources = [:]
        self.workspace = kept
        self.options = options
        var kinds: [String: [String: String]] = [:]
        let national = Dictionary(workspace.registry.organisations.map { ($0.id, $0.kind.id) }, uniquingKeysWith: { a, _ in a })
        for agenda in workspace.agendas {
            guard files?.contains(agenda.file) ?? true else { continue }
            kinds[agenda.file] = national.merging(agenda.organisations.map { ($0.id, $0.kind.id) }, uniquingKeysWith: { _, b in b })
        }
        signalPlaces = Self.signalPlaces(workspace.agendas)
        organisationKinds = kinds
        overlapFinder = ThemeOverlapFinder(
            workspace: workspace, threshold: options.overlapThreshold, files: files, kept: Self.namedOverlaps)
        names = RegistryNames(workspace: workspace)
    }

    /// A signal's place in the workspace: the index of its agenda and its index there.
    private struct SignalPlace: Sendable {
        var agenda: Int32
        var signal: Int32
    }

    /// The place of every signal of `agendas` by its qualified id; of an id given twice, the last.
    private static func signalPlaces(_ agendas: [Agenda]) -> [String: SignalPlace] {
        var places: [String: SignalPlace] = [:]
        for (agendaIndex, agenda) in agendas.enumerated() {
            for (signalIndex, signal) in agenda.signals.enumerated() {
                places[signal.qualifiedID] = SignalPlace(agenda: Int32(agendaIndex), signal: Int32(signalIndex))
            }
        }
        return places
    }

    /// Lets go of the range of each value in the origins of `workspace`, the workspace this assessor
    /// weighed (with its sources), and from then on shares its agendas: a build does this once the
    /// checks have run (`Workspace.dropFieldRanges()`). The assessor lets go of its own copies first
    /// (the agendas and the national themes by id), so the agendas are changed in place, not copied
    /// (their arrays held twice while one is made). The assessments are the same: none reads a
    /// value's range, and every signal keeps its place.
    public mutating func dropFieldRanges(sharingWith workspace: inout Workspace) {
        self.workspace.agendas = []
        names = RegistryNames(workspace: self.workspace)
        workspace.dropFieldRanges()
        self.workspace.agendas = workspace.agendas
        names = RegistryNames(workspace: self.workspace)
    }

    /// An assessor for the requested files of `workspace`: what `mja check` and `mja build` weigh.
    public static func forRequested(_ workspace: Workspace, options: CheckOptions = CheckOptions()) -> CriteriaAssessor {
        CriteriaAssessor(workspace: workspace, options: options, files: Set(workspace.requestedFiles))
    }

    /// The scorecard of every execution theme of `agenda` (continuous themes are not selected by the
    /// criteria and get none).
    public func scorecards(for agenda: Agenda) -> [Scorecard] {
        agenda.themes.filter { !$0.isContinuous }.map { scorecard(for: $0, in: agenda) }
    }

    /// The scorecard of one theme.
    public func scorecard(for theme: Theme, in agenda: Agenda) -> Scorecard {
        Scorecard(themeID: theme.id, assessments: [
            signals(theme, agenda), crossOrganisational(theme, agenda), handledNowhereElse(theme, agenda),
            concrete(theme, agenda), novel(theme, agenda), scalable(theme, agenda),
        ])
    }

    /// The signals a theme refers to that exist.
    public func signals(of theme: Theme, in agenda: Agenda) -> [Signal] {
        let ownRegion = agenda.scope.regionCode ?? "LMJA"
        return theme.signals.compactMap { reference in
            // A Character, not a String: with Foundation imported, `contains("/")` is Foundation's
            // locale-aware search, some 6,000 instructions a call; this is called for every theme.
            signalPlaces[reference.id.contains("/" as Character) ? reference.id : "\(ownRegion)/\(reference.id)"].map {
                workspace.agendas[Int($0.agenda)].signals[Int($0.signal)]
            }
        }
    }

    private func signals(_ theme: Theme, _ agenda: Agenda) -> Assessment {
        let found = signals(of: theme, in: agenda)
        let regions = Set(found.map(\.region)).sorted()
        let hasText = !(theme.criteria.signals ?? "").isBlank
        guard !found.isEmpty else {
            return Assessment(criterion: .signals, verdict: hasText ? .unsubstantiated : .fails, reasons: [
                .init("het thema verwijst naar geen enkel signaal", "the theme refers to no signal"),
            ] + (hasText ? [] : [.init("er is ook geen toelichting bij deze afweging", "there is no explanation for this criterion either")]))
        }
        let counted = Assessment.Reason(
            "antwoordt op \(found.count) \(found.count == 1 ? "signaal" : "signalen") uit \(regions.count) \(regions.count == 1 ? "regio" : "regio's") (\(regionNames(regions)))",
            "answers \(found.count) signal(s) from \(regions.count) region(s) (\(regions.joined(separator: ", ")))")
        if agenda.scope == .national && regions.count < options.minimumRegionsForNationalTheme {
            return Assessment(criterion: .signals, verdict: .unsubstantiated, reasons: [counted, .init(
                "een landelijk thema vraagt signalen uit minstens \(options.minimumRegionsForNationalTheme) regio's",
                "a national theme needs signals from at least \(options.minimumRegionsForNationalTheme) regions")])
        }
        return Assessment(criterion: .signals, verdict: .meets, reasons: [counted])
    }

    private func crossOrganisational(_ theme: Theme, _ agenda: Agenda) -> Assessment {
        var organisations: [String] = []
        for id in ([theme.owner].compactMap { $0 } + theme.partners).map(\.id) where !organisations.contains(id) {
            organisations.append(id)
        }
        let kindsByID = organisationKinds[agenda.file] ?? [:]
        // Kinds by the registry's name ("Mbo-instelling"), the id where the registry lacks one.
        let kindNames = Dictionary(workspace.registry.organisationKinds.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let kinds = Set(organisations.compactMap { kindsByID[$0] }).map { kindNames[$0] ?? $0 }.sorted()
        let counted = Assessment.Reason(
            "\(organisations.count) \(organisations.count == 1 ? "organisatie" : "organisaties") (trekker en partners)",
            "\(organisations.count) organisation(s) (owner and partners)")
        if organisations.count < 2 {
            return Assessment(criterion: .crossOrganisational, verdict: .fails, reasons: [counted, .init(
                "een organisatieoverstijgend thema vraagt minstens twee organisaties", "a cross-organisational theme needs at least two organisations")])
        }
        if kinds.count == 1 {
            return Assessment(criterion: .crossOrganisational, verdict: .unsubstantiated, reasons: [counted, .init(
                "ze zijn allemaal van de soort '\(kinds[0])'", "they are all of the kind '\(kinds[0])'")])
        }
        return Assessment(criterion: .crossOrganisational, verdict: .meets, reasons: [counted, .init(
            "van \(kinds.count) soorten: \(kinds.joined(separator: ", "))", "of \(kinds.count) kinds: \(kinds.joined(separator: ", "))")])
    }

    private func handledNowhereElse(_ theme: Theme, _ agenda: Agenda) -> Assessment {
        guard !(theme.criteria.handledNowhereElse ?? "").isBlank else {
            return Assessment(criterion: .handledNowhereElse, verdict: .fails, reasons: [.init(
                "de agenda legt niet vast of dit al ergens anders belegd is", "the agenda does not record whether this is handled elsewhere")])
        }
        if let found = overlaps(of: theme, in: agenda), !found.matches.isEmpty {
            return Assessment(criterion: .handledNowhereElse, verdict: .unsubstantiated, reasons: [Self.overlapReason(found)])
        }
        return Assessment(criterion: .handledNowhereElse, verdict: .meets, reasons: [.init(
            "antwoord vastgelegd; geen overlap met andere thema's gevonden", "answer recorded; no overlap with other themes found")])
    }

    /// Other themes of the same agenda, and national themes other than the one it contributes to,
    /// that share enough content words with this one, closest first.
    func overlaps(of theme: Theme, in agenda: Agenda) -> ThemeOverlapFinder.Overlaps? {
        overlapFinder.overlaps[agenda.file]?[theme.id]
    }

    /// "overlapt in titel en inhoud met 'A', 'B', 'C' en 7 andere": the closest few by name, the rest
    /// counted, so one warning stays short however many themes look alike.
    static func overlapReason(_ found: ThemeOverlapFinder.Overlaps) -> Assessment.Reason {
        let names = found.matches.prefix(namedOverlaps).map { "'\($0.title)'" }.joined(separator: ", ")
        let rest = found.count - min(found.matches.count, namedOverlaps)
        var dutch = "overlapt in titel en inhoud met \(names)"
        var english = "overlaps in title and content with \(names)"
        switch (rest, found.isPartial) {
        case (0, false): break
        case (0, true):
            dutch += " en mogelijk meer"
            english += " and possibly more"
        case (_, false):
            dutch += " en \(rest) \(rest == 1 ? "ander thema" : "andere thema's")"
            english += " and \(rest) other \(rest == 1 ? "theme" : "themes")"
        case (_, true):
            dutch += " en minstens \(rest) andere thema's"
            english += " and at least \(rest) other themes"
        }
        return .init(dutch, english)
    }

    private func concrete(_ theme: Theme, _ agenda: Agenda) -> Assessment {
        guard !theme.results.isEmpty else {
            return Assessment(criterion: .concrete, verdict: .fails, reasons: [.init("het thema heeft geen resultaat", "the theme has no result")])
        }
        var missing: [(String, String)] = []
        for result in theme.results {
            var lacks: [(String, String)] = []
            if (result.indicator ?? "").isBlank || (result.indicator ?? "").hasPrefix("<vul in") { lacks.append(("indicator", "indicator")) }
            if result.targetValue == nil { lacks.append(("streefwaarde", "target value")) }
            // 0 is what the skeleton writes; a real target of nothing is rare enough to ask about.
            if result.targetValue == 0 { lacks.append(("een streefwaarde anders dan 0", "a target value other than 0")) }
            if (result.unit ?? "").isBlank { lacks.append(("eenheid", "unit")) }
            if let date = result.targetDate {
                if !agenda.executionPeriod.contains(date) {
                    lacks.append(("streefdatum binnen \(agenda.executionPeriod)", "target date inside \(agenda.executionPeriod)"))
                }
            } else {
                lacks.append(("streefdatum", "target date"))
            }
            if lacks.isEmpty {
                return Assessment(criterion: .concrete, verdict: .meets, reasons: [.init(
                    "resultaat '\(result.description)' met indicator, streefwaarde en datum", "result '\(result.description)' with indicator, target and date")])
            }
            if missing.isEmpty { missing = lacks }
        }
        return Assessment(criterion: .concrete, verdict: .unsubstantiated, reasons: [.init(
            "geen resultaat is volledig; het eerste mist: " + missing.map(\.0).joined(separator: ", "),
            "no result is complete; the first lacks: " + missing.map(\.1).joined(separator: ", "))])
    }

    private func novel(_ theme: Theme, _ agenda: Agenda) -> Assessment {
        let continuation = theme.criteria.continuation ?? ""
        // The same pairing as `mja verschil`: the theme with this id, else one with an alike title.
        if let previous = options.previousVersion, let earlier = VersionMatching.earlierTheme(of: theme, in: previous) {
            if continuation.isBlank {
                return Assessment(criterion: .novel, verdict: .fails, reasons: [.init(
                    "gelijk aan thema '\(earlier.title)' uit de vorige versie, zonder reden voor de voortzetting",
                    "the same as theme '\(earlier.title)' of the previous version, without a reason under 'voortzetting'")])
            }
            return Assessment(criterion: .novel, verdict: .meets, reasons: [.init(
                "voortzetting van '\(earlier.title)', met reden", "continues '\(earlier.title)', with a reason")])
        }
        if !(theme.criteria.novelty ?? "").isBlank {
            return Assessment(criterion: .novel, verdict: .meets, reasons: [.init("vernieuwing beschreven", "novelty stated")])
        }
        if !continuation.isBlank {
            return Assessment(criterion: .novel, verdict: .meets, reasons: [.init("voortzetting met reden", "continuation with a reason")])
        }
        return Assessment(criterion: .novel, verdict: .unsubstantiated, reasons: [.init(
            "geen vernieuwing en geen reden voor voortzetting vastgelegd", "neither a novelty nor a reason to continue is recorded")])
    }

    private func scalable(_ theme: Theme, _ agenda: Agenda) -> Assessment {
        let hasPath = !(theme.criteria.scaling ?? "").isBlank
        let targets = theme.criteria.scalesTo.map(\.id)
        if !hasPath {
            return Assessment(criterion: .scalable, verdict: targets.isEmpty ? .fails : .unsubstantiated, reasons: [.init(
                "geen opschalingspad beschreven", "no scaling path described")])
        }
        if agenda.scope != .national && targets.isEmpty {
            return Assessment(criterion: .scalable, verdict: .unsubstantiated, reasons: [.init(
                "niet genoemd naar welke regio's het kan worden opgeschaald", "the regions it could scale to are not named")])
        }
        let reason: Assessment.Reason = targets.isEmpty
            ? .init("opschalingspad beschreven", "scaling path described")
            : .init("opschaalbaar naar \(regionNames(targets))", "scales to \(regionNames(targets))")
        return Assessment(criterion: .scalable, verdict: .meets, reasons: [reason])
    }

    /// Region codes as their names ("Achterhoek en Zuidoost-Brabant"), "landelijk" as it is: a reason
    /// is read in the documents, where codes mean nothing to a reader.
    private func regionNames(_ codes: [String]) -> String {
        DutchList.joined(codes.map { names.regions[$0]?.name ?? $0 })
    }
}

extension String {
    /// Whether the text has nothing but white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

}
