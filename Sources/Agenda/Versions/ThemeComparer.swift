/// The themes of two versions, paired by id, with their actions (paired by id), results (paired by
/// description, then by indicator) and verdicts on the six criteria.
struct ThemeComparer {
    let old: AgendaComparer.Version
    let new: AgendaComparer.Version

    func changes() -> [ItemChange] {
        let match = VersionMatch(old: old.agenda.themes, new: new.agenda.themes, id: \.id)
        let oldAssessor = CriteriaAssessor(workspace: old.workspace), newAssessor = CriteriaAssessor(workspace: new.workspace)
        // Where an action id that left one theme turned up: in another theme, it moved.
        var actionHome: [String: String] = [:]
        for theme in new.agenda.themes { for action in theme.actions where actionHome[action.id] == nil { actionHome[action.id] = theme.title } }
        var oldActionHome: [String: String] = [:]
        for theme in old.agenda.themes { for action in theme.actions where oldActionHome[action.id] == nil { oldActionHome[action.id] = theme.title } }

        var changes: [ItemChange] = []
        for (a, b) in match.pairs {
            let fields = themeFields(a, b)
            let children = resultChanges(a, b) + actionChanges(a, b, movedTo: actionHome, movedFrom: oldActionHome)
            var verdicts: [VerdictChange] = []
            if !a.isContinuous && !b.isContinuous {
                let before = oldAssessor.scorecard(for: a, in: old.agenda), after = newAssessor.scorecard(for: b, in: new.agenda)
                for criterion in Criterion.allCases {
                    if let x = before[criterion]?.verdict, let y = after[criterion]?.verdict, x != y {
                        verdicts.append(VerdictChange(themeID: b.id, criterion: criterion, old: x, new: y))
                    }
                }
            }
            guard !fields.isEmpty || !children.isEmpty || !verdicts.isEmpty else { continue }
            var change = ItemChange(kind: .changed, item: .theme, id: b.id, title: b.title, location: new.location(b.origin),
                                    fields: fields, children: children)
            change.verdicts = verdicts
            changes.append(change)
        }
        for b in match.added {
            changes.append(ItemChange(kind: .added, item: .theme, id: b.id, title: b.title, location: new.location(b.origin),
                                      hint: hint(for: b, among: match.removed, otherWas: .removed)))
        }
        for a in match.removed {
            changes.append(ItemChange(kind: .removed, item: .theme, id: a.id, title: a.title, location: old.location(a.origin),
                                      hint: hint(for: a, among: match.added, otherWas: .added)))
        }
        return changes
    }

    private func hint(for theme: Theme, among others: [Theme], otherWas: ItemChange.Kind) -> String? {
        AgendaComparer.hint(.theme, for: (theme.title, theme.description), among: others.map { ($0.id, $0.title, $0.description) }, otherWas: otherWas)
    }

    private func themeFields(_ a: Theme, _ b: Theme) -> [FieldChange] {
        let x = old.names, y = new.names
        var fields = FieldDiffer()
        fields.value("titel", a.title, b.title)
        fields.prose("beschrijving", a.description, b.description)
        fields.list("opgaven", a.tasks.map(\.dutchName), b.tasks.map(\.dutchName))
        fields.references("landelijk thema", [a.nationalTheme].compactMap { $0 }, [b.nationalTheme].compactMap { $0 },
                          oldName: { x.nationalTheme($0)?.title ?? $0 }, newName: { y.nationalTheme($0)?.title ?? $0 })
        fields.value("doorlopend", a.isContinuous ? "ja" : "nee", b.isContinuous ? "ja" : "nee")
        fields.references("trekker", [a.owner].compactMap { $0 }, [b.owner].compactMap { $0 }, oldName: x.organisation, newName: y.organisation)
        fields.references("partners", a.partners, b.partners, oldName: x.organisation, newName: y.organisation)
        fields.list("sectoren", a.sectors.map { x.sector($0.id) }, b.sectors.map { y.sector($0.id) })
        fields.list("doelgroepen", a.targetGroups.map { x.targetGroup($0.id) }, b.targetGroups.map { y.targetGroup($0.id) })
        fields.list("signalen", a.signals.map(\.id), b.signals.map(\.id))
        let (c, d) = (a.criteria, b.criteria)
        fields.prose("afweging signalen", c.signals, d.signals)
        fields.prose("afweging organisatieoverstijgend", c.crossOrganisational, d.crossOrganisational)
        fields.prose("afweging nergens anders belegd", c.handledNowhereElse, d.handledNowhereElse)
        fields.prose("afweging concreet", c.concrete, d.concrete)
        fields.prose("afweging vernieuwend", c.novelty, d.novelty)
        fields.prose("afweging voortzetting", c.continuation, d.continuation)
        fields.prose("afweging opschaalbaar", c.scaling, d.scaling)
        fields.list("opschaalbaar naar", c.scalesTo.map { x.scalingTarget($0.id) }, d.scalesTo.map { y.scalingTarget($0.id) })
        fields.amount("begroting", a.budgetLines.map(\.amount).sum(), b.budgetLines.map(\.amount).sum())
        return fields.changes
    }

    private func actionChanges(_ a: Theme, _ b: Theme, movedTo: [String: String], movedFrom: [String: String]) -> [ItemChange] {
        let match = VersionMatch(old: a.actions, new: b.actions, id: \.id)
        var changes: [ItemChange] = []
        for (x, y) in match.pairs {
            let fields = actionFields(x, y)
            if !fields.isEmpty {
                changes.append(ItemChange(kind: .changed, item: .action, id: y.id, title: y.title, location: new.location(y.origin), fields: fields))
            }
        }
        for y in match.added {
            var hint = actionHint(y, among: match.removed, otherWas: .removed)
            if hint == nil, let home = movedFrom[y.id], home != a.title, !a.actions.contains(where: { $0.id == y.id }) {
                hint = "deze actie stond in de vorige versie onder thema '\(home)'"
            }
            changes.append(ItemChange(kind: .added, item: .action, id: y.id, title: y.title, location: new.location(y.origin), hint: hint))
        }
        for x in match.removed {
            var hint = actionHint(x, among: match.added, otherWas: .added)
            if hint == nil, let home = movedTo[x.id], home != b.title {
                hint = "een actie met deze id staat nu onder thema '\(home)'"
            }
            changes.append(ItemChange(kind: .removed, item: .action, id: x.id, title: x.title, location: old.location(x.origin), hint: hint))
        }
        return changes
    }

    private func actionHint(_ action: Action, among others: [Action], otherWas: ItemChange.Kind) -> String? {
        AgendaComparer.hint(.action, for: (action.title, action.description), among: others.map { ($0.id, $0.title, $0.description) }, otherWas: otherWas)
    }

    private func actionFields(_ a: Action, _ b: Action) -> [FieldChange] {
        let x = old.names, y = new.names
        var fields = FieldDiffer()
        fields.value("titel", a.title, b.title)
        fields.prose("beschrijving", a.description, b.description)
        fields.references("trekker", [a.owner].compactMap { $0 }, [b.owner].compactMap { $0 }, oldName: x.organisation, newName: y.organisation)
        fields.references("partners", a.partners, b.partners, oldName: x.organisation, newName: y.organisation)
        fields.value("start", a.start?.dutchText, b.start?.dutchText)
        fields.value("einde", a.end?.dutchText, b.end?.dutchText)
        fields.value("oplevering", a.deliverable, b.deliverable)
        fields.value("status", a.status.rawValue, b.status.rawValue)
        fields.value("voortgang", a.progress.map { "\($0)%" }, b.progress.map { "\($0)%" })
        let before = Self.budget(a), after = Self.budget(b)
        for key in Set(before.keys).union(after.keys).sorted(by: { ($0.year, $0.source) < ($1.year, $1.source) }) {
            let label = "begroting \(key.year) · \(y.source(key.source)?.name ?? x.sourceName(key.source))"
            fields.amount(label, before[key]?.amount, after[key]?.amount)
            if let p = before[key], let q = after[key] { fields.value("zekerheid \(key.year) · \(y.source(key.source)?.name ?? key.source)", p.certainty, q.certainty) }
        }
        return fields.changes
    }

    private struct BudgetKey: Hashable {
        var year: Int
        var source: String
    }

    /// An action's money per year and source, with the certainties written there.
    private static func budget(_ action: Action) -> [BudgetKey: (amount: Euro, certainty: String)] {
        var lines: [BudgetKey: (amount: Euro, certainties: Set<String>)] = [:]
        for line in action.budget {
            let key = BudgetKey(year: line.year, source: line.source.id)
            var entry = lines[key] ?? (.zero, [])
            entry.amount = entry.amount + line.amount
            entry.certainties.insert(line.certainty.rawValue)
            lines[key] = entry
        }
        return lines.mapValues { ($0.amount, $0.certainties.sorted().joined(separator: ", ")) }
    }

    /// Results have no id: paired by their description, then by their indicator.
    private func resultChanges(_ a: Theme, _ b: Theme) -> [ItemChange] {
        var oldLeft = a.results, pairs: [(Result, Result)] = [], added: [Result] = []
        var newLeft: [Result] = []
        for result in b.results {
            if let index = oldLeft.firstIndex(where: { $0.description == result.description }) {
                pairs.append((oldLeft.remove(at: index), result))
            } else {
                newLeft.append(result)
            }
        }
        for result in newLeft {
            if let indicator = result.indicator, !indicator.isBlank, let index = oldLeft.firstIndex(where: { $0.indicator == indicator }) {
                pairs.append((oldLeft.remove(at: index), result))
            } else {
                added.append(result)
            }
        }
        var changes: [ItemChange] = []
        for (x, y) in pairs {
            let fields = resultFields(x, y)
            if !fields.isEmpty {
                changes.append(ItemChange(kind: .changed, item: .result, id: nil, title: y.description, location: new.location(y.origin), fields: fields))
            }
        }
        changes += added.map { ItemChange(kind: .added, item: .result, id: nil, title: $0.description, location: new.location($0.origin)) }
        changes += oldLeft.map { ItemChange(kind: .removed, item: .result, id: nil, title: $0.description, location: old.location($0.origin)) }
        // Results come first in a theme's file, and stay in file order among themselves.
        return changes
    }

    private func resultFields(_ a: Result, _ b: Result) -> [FieldChange] {
        var fields = FieldDiffer()
        fields.value("omschrijving", a.description, b.description)
        fields.value("indicator", a.indicator, b.indicator)
        fields.value("eenheid", a.unit, b.unit)
        fields.value("bron", a.source, b.source)
        fields.value("nulmeting", a.baseline.map(Self.measurement), b.baseline.map(Self.measurement))
        fields.value("streefwaarde", a.targetValue.map(DutchNumber.format), b.targetValue.map(DutchNumber.format))
        fields.value("streefdatum", a.targetDate?.dutchText, b.targetDate?.dutchText)
        return fields.changes
    }

    private static func measurement(_ value: Result.Measurement) -> String {
        DutchNumber.format(value.value) + (value.year.map { " (\($0))" } ?? "")
    }
}
