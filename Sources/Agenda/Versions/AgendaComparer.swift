import Diagnostics

/// Compares two versions of one agenda (``AgendaComparison``): every part paired by id
/// (``VersionMatch``), every field named as a reader knows it, the verdicts on the six criteria
/// weighed in each version's own workspace.
public struct AgendaComparer: Sendable {
    /// One version: the workspace it was read in (for names and the criteria), the agenda, and the
    /// name to show for its file.
    public struct Version: Sendable {
        public var workspace: Workspace
        public var agenda: Agenda
        /// The version as a reader knows it, for headings and documents: the file's name, and the
        /// revision for a version from git (`am29-noord-limburg.toml (HEAD~1)`), never a machine path.
        public var label: String
        /// The file as named on the command line, for the `file:line:column` of a change; the
        /// label when not given.
        public var place: String

        public init(workspace: Workspace, agenda: Agenda, label: String, place: String? = nil) {
            self.workspace = workspace
            self.agenda = agenda
            self.label = label
            self.place = place ?? label
        }

        var names: NameLookup { NameLookup(workspace: workspace, agenda: agenda) }

        func location(_ origin: Origin) -> ChangeLocation {
            ChangeLocation(file: place, line: origin.range.start.line, column: origin.range.start.column)
        }

        /// The errors and warnings the check gives this version (in its own workspace).
        func findings(language: Language) -> [Diagnostic] {
            CheckChange.relevant(AgendaChecker(language: language).check(workspace), file: agenda.file)
        }
    }

    public let old: Version
    public let new: Version
    /// The language of the check's messages in ``AgendaComparison/checks``.
    public let language: Language

    public init(old: Version, new: Version, language: Language = .dutch) {
        self.old = old
        self.new = new
        self.language = language
    }

    /// Whether two agendas are versions of one agenda: both national, or of the same region.
    public static func areVersionsOfOneAgenda(_ a: Agenda, _ b: Agenda) -> Bool {
        a.scope == b.scope
    }

    /// The comparison.
    public func comparison() -> AgendaComparison {
        let a = old.agenda, b = new.agenda
        let oldNames = old.names, newNames = new.names
        return AgendaComparison(
            old: .init(file: old.label, title: a.title, version: a.version, status: a.status.rawValue),
            new: .init(file: new.label, title: b.title, version: b.version, status: b.status.rawValue),
            agenda: agendaFields(), agendaLocation: new.location(b.origin), policy: policyFields(),
            themes: ThemeComparer(old: old, new: new).changes(), signals: signalChanges(),
            budget: BudgetComparison(old: a, new: b) { newNames.source($0)?.name ?? oldNames.sourceName($0) },
            checks: CheckChange.changes(old: old.findings(language: language), oldPlace: old.label,
                                        new: new.findings(language: language), newPlace: new.place))
    }

    private func agendaFields() -> [FieldChange] {
        let a = old.agenda, b = new.agenda
        var fields = FieldDiffer()
        fields.value("titel", a.title, b.title)
        fields.value("versie", a.version, b.version)
        fields.value("status", a.status.rawValue, b.status.rawValue)
        fields.value("vastgesteld door", a.adoptedBy, b.adoptedBy)
        fields.value("vastgesteld op", a.adoptedOn?.dutchText, b.adoptedOn?.dutchText)
        fields.value("beleidsperiode", a.policyPeriod.description, b.policyPeriod.description)
        fields.value("uitvoeringsperiode", a.executionPeriod.description, b.executionPeriod.description)
        // The agenda's own organisations and funding sources, with the ceilings per year.
        fields.list("eigen organisaties", a.organisations.map { "\($0.name) (\($0.kind.id))" }, b.organisations.map { "\($0.name) (\($0.kind.id))" })
        fields.list("eigen financieringsbronnen", a.fundingSources.map(\.name), b.fundingSources.map(\.name))
        for (x, y) in VersionMatch(old: a.fundingSources, new: b.fundingSources, id: \.id).pairs {
            for year in Set(x.envelope.keys).union(y.envelope.keys).sorted() {
                fields.amount("plafond \(year) · \(y.name)", x.envelope[year], y.envelope[year])
            }
        }
        // Each field at its own value in the new version's `[agenda]` table, or at the table.
        let keys = ["vastgesteld door": "vastgesteld_door", "vastgesteld op": "vastgesteld_op"]
        return fields.changes.map { field in
            var field = field
            let range = b.origin.range(of: keys[field.field] ?? field.field)
            field.location = ChangeLocation(file: new.place, line: range.start.line, column: range.start.column)
            return field
        }
    }

    private func policyFields() -> [FieldChange] {
        let a = old.agenda.policy, b = new.agenda.policy
        let oldNames = old.names, newNames = new.names
        var fields = FieldDiffer()
        fields.prose("ambitie", a.ambition, b.ambition)
        fields.prose("analyse", a.analysis, b.analysis)
        for task in AgendaTask.allCases {
            let x = a.tasks[task], y = b.tasks[task]
            fields.prose("\(task.dutchName): beschrijving", x?.description, y?.description)
            fields.list("\(task.dutchName): doelen", x?.goals ?? [], y?.goals ?? [])
            fields.list("\(task.dutchName): sectoren", (x?.sectors ?? []).map { oldNames.sector($0.id) },
                        (y?.sectors ?? []).map { newNames.sector($0.id) })
            fields.list("\(task.dutchName): doelgroepen", (x?.targetGroups ?? []).map { oldNames.targetGroup($0.id) },
                        (y?.targetGroups ?? []).map { newNames.targetGroup($0.id) })
        }
        fields.prose("synergie", a.synergy, b.synergy)
        fields.prose("governance", a.governance, b.governance)
        return fields.changes
    }

    private func signalChanges() -> [ItemChange] {
        let match = VersionMatch(old: old.agenda.signals, new: new.agenda.signals, id: \.id)
        var changes: [ItemChange] = []
        for (a, b) in match.pairs {
            let fields = signalFields(a, b)
            if !fields.isEmpty {
                changes.append(ItemChange(kind: .changed, item: .signal, id: b.id, title: b.title, location: new.location(b.origin), fields: fields))
            }
        }
        for b in match.added {
            changes.append(ItemChange(kind: .added, item: .signal, id: b.id, title: b.title, location: new.location(b.origin),
                                      hint: Self.hint(.signal, for: (b.title, b.description), among: match.removed.map { ($0.id, $0.title, $0.description) }, otherWas: .removed)))
        }
        for a in match.removed {
            changes.append(ItemChange(kind: .removed, item: .signal, id: a.id, title: a.title, location: old.location(a.origin),
                                      hint: Self.hint(.signal, for: (a.title, a.description), among: match.added.map { ($0.id, $0.title, $0.description) }, otherWas: .added)))
        }
        return changes
    }

    private func signalFields(_ a: Signal, _ b: Signal) -> [FieldChange] {
        let oldNames = old.names, newNames = new.names
        var fields = FieldDiffer()
        fields.value("titel", a.title, b.title)
        fields.value("datum", a.date.dutchText, b.date.dutchText)
        fields.value("soort", a.kind.rawValue, b.kind.rawValue)
        fields.prose("beschrijving", a.description, b.description)
        fields.value("opgave", a.task?.dutchName, b.task?.dutchName)
        fields.list("sectoren", a.sectors.map { oldNames.sector($0.id) }, b.sectors.map { newNames.sector($0.id) })
        fields.list("doelgroepen", a.targetGroups.map { oldNames.targetGroup($0.id) }, b.targetGroups.map { newNames.targetGroup($0.id) })
        fields.references("landelijke thema's", a.nationalThemes, b.nationalThemes,
                          oldName: { oldNames.nationalTheme($0)?.title ?? $0 }, newName: { newNames.nationalTheme($0)?.title ?? $0 })
        fields.value("urgentie", a.urgency.rawValue, b.urgency.rawValue)
        fields.value("vraag", a.ask.rawValue, b.ask.rawValue)
        fields.value("status", a.status.rawValue, b.status.rawValue)
        fields.prose("antwoord", a.answer, b.answer)
        return fields.changes
    }

    /// The hint for an added or removed item (`title`, `description`) that may be one of `others`
    /// (each `id`, `title`, `description`) under another id; nil when none is alike.
    static func hint(_ item: ItemChange.Item, for text: (title: String, description: String),
                     among others: [(id: String, title: String, description: String)], otherWas: ItemChange.Kind) -> String? {
        for other in others {
            if let reason = VersionMatching.renameReason(title: text.title, description: text.description, title: other.title, description: other.description) {
                return renamedHint(item, other: other.title, id: other.id, reason: reason, otherWas: otherWas)
            }
        }
        return nil
    }

    /// For an added item whose counterpart may be the removed `other`: "mogelijk hetzelfde thema als
    /// 'X' (id 'x'), dat verwijderd is, met een andere id: de titels lijken op elkaar; ...". For a
    /// removed item, the short form pointing at the added one.
    static func renamedHint(_ item: ItemChange.Item, other title: String, id: String, reason: String, otherWas: ItemChange.Kind) -> String {
        // "de actie" takes "dezelfde ... die", "het thema" and "het signaal" take "hetzelfde ... dat".
        let (same, which) = item == .action ? ("dezelfde", "die") : ("hetzelfde", "dat")
        guard otherWas == .removed else {
            return "mogelijk voortgezet als '\(title)' (id '\(id)'), met een andere id: \(reason)"
        }
        return "mogelijk \(same) \(item.rawValue) als '\(title)' (id '\(id)'), \(which) verwijderd is, met een andere id: \(reason); "
            + "is het hetzelfde, geef het dan de oude id terug, dan toont mja wat er veranderd is"
    }
}
