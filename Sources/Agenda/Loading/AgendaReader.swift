import Diagnostics
import TOML

/// Builds an `Agenda` from a TOML file that has passed `SchemaValidator`, reporting what the schema
/// cannot see: malformed periods and a regional agenda without a region.
struct AgendaReader {
    let file: String
    private(set) var problems: [(LoadProblem, SourceRange)] = []

    init(file: String) {
        self.file = file
    }

    mutating func read(_ root: TOMLTable) -> Agenda? {
        guard let (header, headerRange) = root.table("agenda") else { return nil }
        let scope: Agenda.Scope
        if header.text("soort") == "landelijk" {
            scope = .national
        } else if let region = header.text("regio") {
            scope = .regional(region)
        } else {
            // A `regio` of the wrong type has been reported already.
            if header["regio"] == nil { problems.append((.missingRegion, headerRange)) }
            scope = .regional("")
        }
        let policyPeriod = period(header, "beleidsperiode", years: 5, at: headerRange) ?? YearRange(first: 0, last: 4)
        let executionPeriod = period(header, "uitvoeringsperiode", years: 2, at: headerRange) ?? YearRange(first: 0, last: 1)
        let (policyTable, policyRange) = root.table("beleidsdeel") ?? (TOMLTable(), headerRange)
        var agenda = Agenda(
            file: file, scope: scope, origin: origin(header, headerRange), title: header.text("titel") ?? "", version: header.text("versie") ?? "",
            status: header.text("status").flatMap(Agenda.Status.init(rawValue:)) ?? .draft,
            adoptedBy: header.text("vastgesteld_door"), adoptedOn: header.date("vastgesteld_op"),
            policyPeriod: policyPeriod, executionPeriod: executionPeriod, isExample: header.bool("voorbeeld") ?? false,
            policy: policy(policyTable, at: policyRange),
            organisations: root.tables("organisatie").map { organisation($0, at: $1) },
            fundingSources: root.tables("financieringsbron").map { fundingSource($0, at: $1) },
            themes: root.tables("thema").map { theme($0, at: $1) },
            signals: root.tables("signaal").map { signal($0, at: $1, region: scope.regionCode ?? "LMJA") },
            referenceDate: header.date("peildatum"))
        agenda.exampleFlagRange = header["voorbeeld"]?.range
        // The schema has refused any other value already.
        agenda.licence = header.text("licentie").flatMap(Agenda.Licence.init(rawValue:)) ?? .cc0
        return agenda
    }

    /// Reads `"2026-2030"`, reporting text that is not a period or not `years` long.
    private mutating func period(_ table: TOMLTable, _ key: String, years: Int, at fallback: SourceRange) -> YearRange? {
        guard let text = table.text(key) else { return nil }
        let range = table.range(of: key, default: fallback)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { String($0).trimmedOfWhitespace }
        guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]),
            (1900...2200).contains(first), first <= last
        else {
            problems.append((.invalidPeriod(key: key, value: text, years: nil), range))
            return nil
        }
        let period = YearRange(first: first, last: last)
        if period.length != years {
            problems.append((.invalidPeriod(key: key, value: text, years: years), range))
        }
        return period
    }

    private func origin(_ table: TOMLTable, _ range: SourceRange) -> Origin {
        Origin(file: file, range: range, fieldsInOrder: table.entries.map { ($0.key, $0.value.range) })
    }

    private func policy(_ table: TOMLTable, at range: SourceRange) -> PolicyPart {
        var tasks: [AgendaTask: TaskPolicy] = [:]
        if let (taskTables, _) = table.table("opgave") {
            for task in AgendaTask.allCases {
                guard let (taskTable, taskRange) = taskTables.table(task.rawValue) else { continue }
                tasks[task] = TaskPolicy(
                    description: taskTable.text("beschrijving") ?? "", goals: taskTable.texts("doelen"),
                    sectors: taskTable.references("sectoren"), targetGroups: taskTable.references("doelgroepen"),
                    origin: origin(taskTable, taskRange))
            }
        }
        return PolicyPart(
            ambition: table.text("ambitie") ?? "", analysis: table.text("analyse") ?? "", tasks: tasks,
            synergy: table.text("synergie") ?? "", governance: table.text("governance") ?? "")
    }

    func organisation(_ table: TOMLTable, at range: SourceRange) -> Organisation {
        Organisation(
            id: table.text("id") ?? "", name: table.text("naam") ?? "",
            kind: table.reference("soort") ?? Reference("", range: range),
            inNationalCouncil: table.bool("landelijk_beraad") ?? false, origin: origin(table, range))
    }

    func fundingSource(_ table: TOMLTable, at range: SourceRange) -> FundingSource {
        var envelope: [Int: Euro] = [:]
        if let (ceiling, _) = table.table("plafond") {
            for key in ceiling.keys {
                if let year = Int(key), let amount = ceiling.euro(key) { envelope[year] = amount }
            }
        }
        return FundingSource(id: table.text("id") ?? "", name: table.text("naam") ?? "", envelope: envelope, origin: origin(table, range))
    }

    private func theme(_ table: TOMLTable, at range: SourceRange) -> Theme {
        let criteriaTable = table.table("afwegingen")?.0 ?? TOMLTable()
        let criteria = CriteriaEvidence(
            signals: criteriaTable.text("signalen"), crossOrganisational: criteriaTable.text("organisatieoverstijgend"),
            handledNowhereElse: criteriaTable.text("nergens_anders_belegd"), concrete: criteriaTable.text("concreet"),
            novelty: criteriaTable.text("vernieuwend"), continuation: criteriaTable.text("voortzetting"),
            scaling: criteriaTable.text("opschaalbaar"), scalesTo: criteriaTable.references("opschaalbaar_naar"))
        return Theme(
            id: table.text("id") ?? "", title: table.text("titel") ?? "", description: table.text("beschrijving") ?? "",
            tasks: table.texts("opgaven").compactMap(AgendaTask.init(rawValue:)), nationalTheme: table.reference("landelijk_thema"),
            isContinuous: table.bool("doorlopend") ?? false, owner: table.reference("trekker"),
            partners: table.references("partners"), sectors: table.references("sectoren"),
            targetGroups: table.references("doelgroepen"), signals: table.references("signalen"), criteria: criteria,
            results: table.tables("resultaat").map { result($0, at: $1) },
            actions: table.tables("actie").map { action($0, at: $1) }, origin: origin(table, range))
    }

    private func result(_ table: TOMLTable, at range: SourceRange) -> Result {
        Result(
            description: table.text("omschrijving") ?? "", indicator: table.text("indicator"), unit: table.text("eenheid"),
            source: table.text("bron"),
            baseline: table.number("nulmeting").map { Result.Measurement(value: $0, year: table.int("nulmeting_jaar")) },
            targetValue: table.number("streefwaarde"), targetDate: table.date("streefdatum"),
            measurements: table.tables("metingen").keptCompactMap { measurement($0, at: $1) }, origin: origin(table, range))
    }

    /// A measurement; one without a date or value has been reported by the schema check.
    private func measurement(_ table: TOMLTable, at range: SourceRange) -> IndicatorMeasurement? {
        guard let date = table.date("datum"), let value = table.number("waarde") else { return nil }
        return IndicatorMeasurement(date: date, value: value, source: table.text("bron"), origin: origin(table, range))
    }

    private func action(_ table: TOMLTable, at range: SourceRange) -> Action {
        Action(
            id: table.text("id") ?? "", title: table.text("titel") ?? "", description: table.text("beschrijving") ?? "",
            owner: table.reference("trekker"), partners: table.references("partners"), start: table.date("start"),
            end: table.date("einde"), deliverable: table.text("oplevering"),
            status: table.text("status").flatMap(Action.Status.init(rawValue:)) ?? .planned, progress: table.int("voortgang"),
            budget: table.tables("begroting").keptCompactMap { budgetLine($0, at: $1) },
            realisation: table.tables("realisatie").keptCompactMap { realisedLine($0, at: $1) }, statusDate: table.date("peildatum"),
            origin: origin(table, range))
    }

    /// A line of `realisatie`; one with a missing or malformed part has been reported already.
    private func realisedLine(_ table: TOMLTable, at range: SourceRange) -> RealisedLine? {
        guard let year = table.int("jaar"), let source = table.reference("bron"), let amount = table.euro("bedrag") else {
            return nil
        }
        return RealisedLine(year: year, source: source, amount: amount, origin: origin(table, range))
    }

    private func budgetLine(_ table: TOMLTable, at range: SourceRange) -> BudgetLine? {
        guard let year = table.int("jaar"), let source = table.reference("bron"), let amount = table.euro("bedrag") else {
            return nil
        }
        return BudgetLine(
            year: year, source: source, amount: amount,
            certainty: table.text("zekerheid").flatMap(BudgetLine.Certainty.init(rawValue:)) ?? .indicative,
            origin: origin(table, range))
    }

    private func signal(_ table: TOMLTable, at range: SourceRange, region: String) -> Signal {
        Signal(
            id: table.text("id") ?? "", region: region, date: table.date("datum") ?? CalendarDate(year: 0, month: 1, day: 1),
            kind: table.text("soort").flatMap(Signal.Kind.init(rawValue:)) ?? .bottleneck, title: table.text("titel") ?? "",
            description: table.text("beschrijving") ?? "", task: table.text("opgave").flatMap(AgendaTask.init(rawValue:)),
            sectors: table.references("sectoren"), targetGroups: table.references("doelgroepen"),
            nationalThemes: table.references("landelijke_themas"),
            urgency: table.text("urgentie").flatMap(Signal.Urgency.init(rawValue:)) ?? .medium,
            ask: table.text("vraag").flatMap(Signal.Ask.init(rawValue:)) ?? .putOnAgenda,
            status: table.text("status").flatMap(Signal.Status.init(rawValue:)) ?? .new, answer: table.text("antwoord"),
            origin: origin(table, range))
    }
}

