import Mustache

/// What the document templates see of an agenda: every value as text ready to print (euros and
/// dates in Dutch notation, ids turned into names), in Dutch keys a template author understands.
/// `templates/README.md` lists the keys. Prose (ambition, analysis, descriptions) and verdict signs
/// are handed over typed, through `embeddings`.
struct AgendaDocumentContext {
    let assessor: CriteriaAssessor
    let agenda: Agenda
    let embeddings: TemplateEmbeddings
    let names: NameLookup
    let budget: BudgetSummary

    /// The context of `agenda`, with the scorecards of `assessor`, which knows the workspace (make it
    /// once per workspace: it prepares every theme for comparison).
    init(agenda: Agenda, assessor: CriteriaAssessor, embeddings: TemplateEmbeddings) {
        self.init(
            agenda: agenda, assessor: assessor, embeddings: embeddings,
            names: NameLookup(names: assessor.names, agenda: agenda), budget: BudgetSummary(agenda: agenda))
    }

    /// The same, with the agenda's names and budget already made (``PreparedAgenda`` makes them once
    /// for the context, the public summary and the charts).
    init(agenda: Agenda, assessor: CriteriaAssessor, embeddings: TemplateEmbeddings, names: NameLookup, budget: BudgetSummary) {
        self.assessor = assessor
        self.agenda = agenda
        self.embeddings = embeddings
        self.names = names
        self.budget = budget
    }

    private var workspace: Workspace { assessor.workspace }

    /// The whole context.
    func value() -> MustacheValue { .dictionary(entries()) }

    /// The whole context, by key.
    func entries() -> [String: MustacheValue] { entries(keeping: nil) }

    /// The context by key, only the keys in `kept` (all when nil): a template that reads a few
    /// (the public summary: `agenda`, `samenvatting`) need not have every theme's signals, actions
    /// and scorecard written out (27 MB for the national agenda at 100 times the national content).
    func entries(keeping kept: Set<String>?) -> [String: MustacheValue] {
        // Each theme weighed once: the themes, the overview, the summary and the decision all show
        // the same scorecards (they were worked out three times for every document).
        let weighed = agenda.themes.filter { !$0.isContinuous }.map { ($0, assessor.scorecard(for: $0, in: agenda)) }
        var entries = [String: MustacheValue](minimumCapacity: 12)
        func add(_ key: String, _ value: @autoclosure () -> MustacheValue) {
            if kept?.contains(key) ?? true { entries[key] = value() }
        }
        add("agenda", header(names))
        add("beleidsdeel", policy(names))
        add("themas", .array(weighed.map { theme($0.0, scorecard: $0.1) }))
        add("doorlopende_themas", .array(agenda.themes.filter(\.isContinuous).map { theme($0, scorecard: nil) }))
        add("heeft_doorlopende_themas", .bool(agenda.themes.contains(where: \.isContinuous)))
        add("organisaties", PartnerRoles(agenda: agenda, names: names).value())
        add("begroting", BudgetContext(budget: budget, agenda: agenda, names: names).value())
        add("signalen", .array(agenda.signals.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { signal($0, names) }))
        add("heeft_signalen", .bool(!agenda.signals.isEmpty))
        add("scorecard_overzicht", scorecardOverview(weighed.map(\.1)))
        add("samenvatting", SummaryContext(agenda: agenda, scorecards: weighed, budget: budget, embeddings: embeddings).value())
        add("gevraagd", DecisionContext(
            agenda: agenda, verdicts: weighed.map { ($0.0, $0.1.overall) }, budget: budget, council: council(names)).value())
        return entries
    }

    private func header(_ names: NameLookup) -> MustacheValue {
        let region = agenda.scope.regionCode.flatMap(names.region)
        return [
            "titel": .string(agenda.title), "versie": .string(agenda.version), "status": .string(agenda.status.rawValue),
            "vastgesteld": .bool(agenda.status == .adopted),
            "vastgesteld_door": MustacheValue(agenda.adoptedBy), "vastgesteld_op": MustacheValue(agenda.adoptedOn?.dutchText),
            "beraad": .string(council(names)),
            "beleidsperiode": .string(agenda.policyPeriod.description),
            "uitvoeringsperiode": .string(agenda.executionPeriod.description),
            "voorbeeld": .bool(agenda.isExample), "landelijk": .bool(agenda.scope == .national),
            "soort": .string(agenda.scope == .national ? "Landelijke Meerjarenagenda" : "Regionale Meerjarenagenda"),
            "regio": region.map { ["code": .string($0.code), "naam": .string($0.name), "centrumgemeente": .string($0.centralMunicipality)] } ?? .null,
            "naam": .string(region?.name ?? "Landelijk Beraad"),
        ]
    }

    /// "het Landelijk Beraad", "het Regionaal Beraad Twente": who adopts the agenda.
    private func council(_ names: NameLookup) -> String {
        let region = agenda.scope.regionCode.flatMap(names.region)
        return agenda.scope == .national ? "het Landelijk Beraad" : "het Regionaal Beraad \(region?.name ?? "")"
    }

    private func policy(_ names: NameLookup) -> MustacheValue {
        let policy = agenda.policy
        return [
            "ambitie": embeddings.prose(policy.ambition), "analyse": embeddings.prose(policy.analysis), "synergie": embeddings.prose(policy.synergy),
            "governance": embeddings.prose(policy.governance),
            "opgaven": .array(AgendaTask.allCases.compactMap { task in
                guard let part = policy.tasks[task] else { return nil }
                return [
                    "naam": .string(task.dutchName.prefix(1).uppercased() + task.dutchName.dropFirst()),
                    "beschrijving": embeddings.prose(part.description), "doelen": MustacheValue(part.goals),
                    "sectoren": .string(part.sectors.map { names.sector($0.id) }.joined(separator: ", ")),
                    "doelgroepen": .string(part.targetGroups.map { names.targetGroup($0.id) }.joined(separator: ", ")),
                ]
            }),
        ]
    }

    /// A theme; `scorecard` is its card (nil for a continuous theme, which is not weighed).
    private func theme(_ theme: Theme, scorecard: Scorecard?) -> MustacheValue {
        let national = theme.nationalTheme.flatMap { names.nationalTheme($0.id) }
        let contributions = agenda.scope == .national ? contributingThemes(to: theme) : []
        return [
            "id": .string(theme.id), "titel": .string(theme.title), "beschrijving": embeddings.prose(theme.description),
            "opgaven": .string(theme.tasks.map(\.dutchName).joined(separator: ", ")),
            "sociaal": .bool(theme.tasks.contains(.social)), "economisch": .bool(theme.tasks.contains(.economic)),
            "ontwikkel": .bool(theme.tasks.contains(.development)),
            "landelijk_thema": national.map { ["id": .string($0.id), "titel": .string($0.title)] } ?? .null,
            "trekker": .string(theme.owner.map { names.organisation($0.id) } ?? "—"),
            "partners": .string(theme.partners.map { names.organisation($0.id) }.joined(separator: ", ")),
            "sectoren": .string(theme.sectors.map { names.sector($0.id) }.joined(separator: ", ")),
            "doelgroepen": .string(theme.targetGroups.map { names.targetGroup($0.id) }.joined(separator: ", ")),
            "signalen": .array(assessor.signals(of: theme, in: agenda).map { signal($0, names) }),
            "scorecard": .array((scorecard?.assessments ?? []).map { assessment in
                [
                    "criterium": .string(assessment.criterion.dutchName), "vraag": .string(assessment.criterion.question),
                    "oordeel": .string(assessment.verdict.rawValue), "voldoet": .bool(assessment.verdict == .meets),
                    "teken": embeddings.mark(assessment.verdict),
                    "redenen": .string(assessment.reasons.map(\.dutch).joined(separator: "; ")),
                    "onderbouwing": .string(evidence(for: assessment.criterion, in: theme)),
                ]
            }),
            "oordeel": .string(scorecard?.overall.rawValue ?? ""),
            "oordeel_teken": scorecard.map { embeddings.mark($0.overall) } ?? .string(""),
            "voldoet": .bool(scorecard.map { $0.overall == .meets } ?? true),
            "opschaalbaar_naar": .string(theme.criteria.scalesTo.map { names.scalingTarget($0.id) }.joined(separator: ", ")),
            "resultaten": .array(theme.results.map(result)),
            "heeft_resultaten": .bool(!theme.results.isEmpty),
            "acties": .array(theme.actions.map { action($0, names) }),
            "heeft_acties": .bool(!theme.actions.isEmpty),
            "begroting_totaal": .string((budget.byTheme[theme.id] ?? .zero).printedNotation),
            "bijdragen": .array(contributions),
            "heeft_bijdragen": .bool(!contributions.isEmpty),
        ]
    }

    /// The author's own argument for a criterion, as written in `[thema.afwegingen]`.
    private func evidence(for criterion: Criterion, in theme: Theme) -> String {
        let evidence = theme.criteria
        return switch criterion {
        case .signals: evidence.signals ?? ""
        case .crossOrganisational: evidence.crossOrganisational ?? ""
        case .handledNowhereElse: evidence.handledNowhereElse ?? ""
        case .concrete: evidence.concrete ?? ""
        case .novel: [evidence.novelty, evidence.continuation].compactMap { $0 }.joined(separator: " ")
        case .scalable: evidence.scaling ?? ""
        }
    }

    /// For a national theme: the regional themes that say they contribute to it.
    private func contributingThemes(to national: Theme) -> [MustacheValue] {
        workspace.regionalAgendas.flatMap { regional in
            regional.themes.filter { $0.nationalTheme?.id == national.id }.map { theme in
                let region = regional.scope.regionCode.flatMap(workspace.registry.region)
                return [
                    "regio": .string(region?.name ?? regional.scope.regionCode ?? ""), "titel": .string(theme.title),
                    "bedrag": .string(theme.budgetLines.map(\.amount).sum().printedNotation),
                ] as MustacheValue
            }
        }
    }

    private func result(_ result: Result) -> MustacheValue {
        [
            "omschrijving": .string(result.description), "indicator": MustacheValue(result.indicator),
            "eenheid": MustacheValue(result.unit), "bron": MustacheValue(result.source),
            "nulmeting": MustacheValue(result.baseline.map { DutchNumber.format($0.value) }),
            "nulmeting_jaar": MustacheValue(result.baseline?.year.map(String.init)),
            "streefwaarde": MustacheValue(result.targetValue.map(DutchNumber.format)),
            "streefdatum": MustacheValue(result.targetDate?.dutchText),
            "streefdatum_kort": MustacheValue(result.targetDate?.numericText),
        ]
    }

    private func action(_ action: Action, _ names: NameLookup) -> MustacheValue {
        [
            "id": .string(action.id), "titel": .string(action.title), "beschrijving": embeddings.prose(action.description),
            "trekker": .string(action.owner.map { names.organisation($0.id) } ?? "—"),
            "partners": .string(action.partners.map { names.organisation($0.id) }.joined(separator: ", ")),
            "start": .string(action.start?.dutchText ?? "—"), "einde": .string(action.end?.dutchText ?? "—"),
            "start_kort": .string(action.start?.numericText ?? "—"), "einde_kort": .string(action.end?.numericText ?? "—"),
            "oplevering": .string(action.deliverable ?? "—"), "status": .string(action.status.rawValue),
            "voortgang": MustacheValue(action.progress.map { "\($0)%" }),
            "begroting_totaal": .string(action.budget.map(\.amount).sum().printedNotation),
            "begroting": .array(action.budget.map { line in
                [
                    "jaar": .string(String(line.year)), "bron": .string(names.sourceName(line.source.id)),
                    "bedrag": .string(line.amount.printedNotation), "zekerheid": .string(line.certainty.rawValue),
                ]
            }),
        ]
    }

    func signal(_ signal: Signal, _ names: NameLookup) -> MustacheValue {
        [
            "id": .string(signal.id), "regio": .string(names.region(signal.region)?.name ?? signal.region),
            "datum": .string(signal.date.dutchText), "soort": .string(signal.kind.rawValue), "titel": .string(signal.title),
            "beschrijving": embeddings.prose(signal.description), "opgave": .string(signal.task?.dutchName ?? "—"),
            "urgentie": .string(signal.urgency.rawValue), "vraag": .string(signal.ask.rawValue),
            "status": .string(signal.status.rawValue), "antwoord": MustacheValue(signal.answer),
            "landelijke_themas": .string(signal.nationalThemes.map { names.nationalTheme($0.id)?.title ?? $0.id }.joined(separator: "; ")),
        ]
    }

    /// One row per theme, one column per criterion, for the "themes at a glance" table.
    /// `scorecards` are those of the agenda's themes that are weighed, in order (`CriteriaAssessor.scorecards(for:)`).
    private func scorecardOverview(_ scorecards: [Scorecard]) -> MustacheValue {
        // Titles by id, looked up once: a search of the themes per card made 10,000 themes quadratic.
        let titles = Dictionary(agenda.themes.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return .array(scorecards.map { card in
            let title = titles[card.themeID] ?? card.themeID
            var row: [String: MustacheValue] = [
                "titel": .string(title), "oordeel": .string(card.overall.rawValue), "teken": embeddings.mark(card.overall),
                "voldoet": .bool(card.overall == .meets),
                "afwegingen": .array(card.assessments.map { assessment in
                    ["oordeel": .string(assessment.verdict.rawValue), "teken": embeddings.mark(assessment.verdict),
                     "voldoet": .bool(assessment.verdict == .meets)]
                }),
            ]
            for assessment in card.assessments { row[assessment.criterion.rawValue] = .string(assessment.verdict.rawValue) }
            return .dictionary(row)
        })
    }
}
