import Diagnostics

/// A problem the checks find in a well-formed agenda: the data behind a diagnostic, with its text
/// made here in the reader's language. The codes and severities are in the rule catalogue.
public enum CheckProblem: Sendable, Hashable {
    case criterion(theme: String, assessment: Assessment)
    case executionOutsidePolicy(execution: YearRange, policy: YearRange)
    case dateOutsideExecution(action: String, key: String, date: CalendarDate, period: YearRange)
    case endsBeforeStart(action: String, start: CalendarDate, end: CalendarDate)
    case budgetYearOutsideExecution(action: String, year: Int, period: YearRange)
    case resultDateOutsideExecution(result: String, theme: String, date: CalendarDate, period: YearRange)
    case themeWithoutActions(theme: String)
    case themeWithoutTasks(theme: String)
    case taskNotAddressed(task: AgendaTask)
    case actionWithoutOwner(action: String)
    case actionWithoutDeliverable(action: String)
    case themeWithoutOwner(theme: String)
    case nonPositiveAmount(action: String, amount: Euro)
    case envelopeExceeded(source: String, year: Int, planned: Euro, envelope: Euro)
    case placeholder(key: String, text: String)
    case emptyProse(key: String)
    /// A value that still stands as `mja init` guessed it, marked `# <vul in: ...>`.
    case skeletonValue(key: String, value: String)
    /// `count` checks of a part of an agenda were not run because that part has an error.
    case skippedForError(part: AgendaPart, count: Int)
    /// A problem in the progress data.
    case progress(ProgressProblem)

    /// The stable code in the rule catalogue.
    public var code: String {
        switch self {
        case .criterion(_, let assessment): assessment.criterion.ruleCode
        case .executionOutsidePolicy: "MJA110"
        case .dateOutsideExecution: "MJA111"
        case .endsBeforeStart: "MJA112"
        case .budgetYearOutsideExecution: "MJA113"
        case .resultDateOutsideExecution: "MJA122"
        case .themeWithoutActions: "MJA114"
        case .themeWithoutTasks: "MJA115"
        case .taskNotAddressed: "MJA116"
        case .actionWithoutOwner: "MJA117"
        case .actionWithoutDeliverable: "MJA118"
        case .themeWithoutOwner: "MJA119"
        case .nonPositiveAmount: "MJA120"
        case .envelopeExceeded: "MJA121"
        case .placeholder: "MJA130"
        case .emptyProse: "MJA131"
        case .skeletonValue: "MJA132"
        case .skippedForError: "MJA021"
        case .progress(let problem): problem.code
        }
    }

    /// How serious it is, from the rule catalogue.
    public var severity: Severity { RuleCatalogue.rule(code)?.severity ?? .warning }

    /// The message in the reader's language.
    public func message(in language: Language) -> String {
        let l = language
        switch self {
        case .criterion(let theme, let assessment):
            let reasons = assessment.reasons.map { l.pick($0.dutch, $0.english) }.joined(separator: "; ")
            let name = assessment.criterion.rawValue
            return assessment.verdict == .fails
                ? l.pick("thema '\(theme)' voldoet niet aan '\(name)': \(reasons)", "theme '\(theme)' does not meet '\(name)': \(reasons)")
                : l.pick("thema '\(theme)' is onvoldoende onderbouwd voor '\(name)': \(reasons)",
                         "theme '\(theme)' is not sufficiently substantiated for '\(name)': \(reasons)")
        case .executionOutsidePolicy(let execution, let policy):
            return l.pick("de uitvoeringsperiode \(execution) valt niet binnen de beleidsperiode \(policy)",
                          "the execution period \(execution) is not inside the policy period \(policy)")
        case .dateOutsideExecution(let action, let key, let date, let period):
            return l.pick("\(key) \(date) van actie '\(action)' valt buiten de uitvoeringsperiode \(period)",
                          "\(key) \(date) of action '\(action)' is outside the execution period \(period)")
        case .endsBeforeStart(let action, let start, let end):
            return l.pick("actie '\(action)' eindigt (\(end)) voordat ze begint (\(start))",
                          "action '\(action)' ends (\(end)) before it starts (\(start))")
        case .budgetYearOutsideExecution(let action, let year, let period):
            return l.pick("begrotingsjaar \(year) van actie '\(action)' valt buiten de uitvoeringsperiode \(period)",
                          "budget year \(year) of action '\(action)' is outside the execution period \(period)")
        case .resultDateOutsideExecution(let result, let theme, let date, let period):
            return l.pick("streefdatum \(date) van resultaat '\(result)' (thema '\(theme)') valt buiten de uitvoeringsperiode \(period)",
                          "target date \(date) of result '\(result)' (theme '\(theme)') is outside the execution period \(period)")
        case .themeWithoutActions(let theme):
            return l.pick("thema '\(theme)' heeft geen acties", "theme '\(theme)' has no actions")
        case .themeWithoutTasks(let theme):
            return l.pick("thema '\(theme)' dient geen enkele opgave", "theme '\(theme)' serves no task")
        case .taskNotAddressed(let task):
            return l.pick("het beleidsdeel zegt niets over de \(task.dutchName)", "the policy part says nothing about the \(task.dutchName)")
        case .actionWithoutOwner(let action):
            return l.pick("actie '\(action)' heeft geen trekker", "action '\(action)' has no owner")
        case .actionWithoutDeliverable(let action):
            return l.pick("actie '\(action)' noemt geen oplevering", "action '\(action)' names no deliverable")
        case .themeWithoutOwner(let theme):
            return l.pick("thema '\(theme)' heeft geen trekker", "theme '\(theme)' has no owner")
        case .nonPositiveAmount(let action, let amount):
            return l.pick("begrotingsregel van actie '\(action)' heeft bedrag \(amount); een bedrag moet groter dan nul zijn",
                          "a budget line of action '\(action)' has amount \(amount); an amount must be more than zero")
        case .envelopeExceeded(let source, let year, let planned, let envelope):
            return l.pick("voor \(source) is in \(year) \(planned) gepland, meer dan het plafond van \(envelope)",
                          "\(planned) is planned on \(source) in \(year), more than its ceiling of \(envelope)")
        case .placeholder(let key, let text):
            return l.pick("'\(key)' bevat nog invultekst: \"\(text)\"", "'\(key)' still holds placeholder text: \"\(text)\"")
        case .emptyProse(let key):
            return l.pick("'\(key)' is leeg", "'\(key)' is empty")
        case .skeletonValue(let key, let value):
            return l.pick("'\(key) = \(value)' staat nog zoals het skelet het invulde (de opmerking '# <vul in: ...>' staat erachter)",
                          "'\(key) = \(value)' still stands as the skeleton wrote it (the comment '# <vul in: ...>' follows it)")
        case .skippedForError(.file, _):
            return l.pick("de controles van dit bestand zijn niet uitgevoerd: het is geen geldige TOML",
                          "the checks of this file did not run: it is not valid TOML")
        case .skippedForError(let part, let count):
            let checks = count == 1 ? l.pick("1 controle", "1 check") : l.pick("\(count) controles", "\(count) checks")
            return l.pick("\(checks) van \(part.name(in: l)) niet uitgevoerd: daar staat een fout, zodat ze niet te beoordelen zijn",
                          "\(checks) of \(part.name(in: l)) not run: there is an error there, so they cannot be judged")
        case .progress(let problem):
            return problem.message(in: l)
        }
    }

    /// What to do about it.
    public func hint(in language: Language) -> String? {
        let l = language
        switch self {
        case .criterion(_, let assessment):
            return assessment.criterion.hint(in: l)
        case .executionOutsidePolicy(_, let policy):
            let fix = "\"\(policy.first)-\(policy.first + 1)\""
            return l.pick("kies twee jaren binnen de beleidsperiode, zoals uitvoeringsperiode = \(fix)",
                          "choose two years inside the policy period, such as uitvoeringsperiode = \(fix)")
        case .dateOutsideExecution, .budgetYearOutsideExecution:
            return l.pick("plan binnen de uitvoeringsperiode, of pas de periode aan", "plan inside the execution period, or change the period")
        case .resultDateOutsideExecution(_, _, _, let period):
            return l.pick("kies een streefdatum in \(period); een doel voor later hoort bij de doelen van het beleidsdeel",
                          "choose a target date in \(period); a goal for later belongs with the goals of the policy part")
        case .endsBeforeStart(_, let start, let end):
            return l.pick("verwissel start en einde: start = \(end) en einde = \(start)", "swap start and end: start = \(end) and einde = \(start)")
        case .themeWithoutActions:
            return l.pick("voeg een [[thema.actie]] toe", "add a [[thema.actie]]")
        case .themeWithoutTasks:
            return l.pick("schrijf bijvoorbeeld: opgaven = [\"sociaal\"]", "for example: opgaven = [\"sociaal\"]")
        case .taskNotAddressed(let task):
            return l.pick("voeg [beleidsdeel.opgave.\(task.rawValue)] toe met een beschrijving", "add [beleidsdeel.opgave.\(task.rawValue)] with a description")
        case .actionWithoutOwner, .themeWithoutOwner:
            return l.pick("schrijf bijvoorbeeld: trekker = \"gemeente-enschede\"", "for example: trekker = \"gemeente-enschede\"")
        case .actionWithoutDeliverable:
            return l.pick("schrijf bijvoorbeeld: oplevering = \"100 leerwerkbanen\"", "for example: oplevering = \"100 leerwerkbanen\"")
        case .nonPositiveAmount:
            return l.pick("laat de regel weg of vul het geplande bedrag in", "remove the line or fill in the planned amount")
        case .envelopeExceeded:
            return l.pick("verlaag de bedragen, verschuif naar een ander jaar of een andere bron", "lower the amounts, or move them to another year or source")
        case .placeholder(let key, _), .emptyProse(let key):
            switch AgendaFormat.omission(of: key) {
            case .needed:
                return l.pick("vul de tekst in; weglaten kan niet, want '\(key)' is verplicht of telt mee in de controle",
                              "fill in the text; leaving it out does not help, as '\(key)' is required or counts in the checks")
            case .optional:
                return l.pick("vul de tekst in, of laat de sleutel '\(key)' weg", "fill in the text, or remove the key '\(key)'")
            case .depends:
                return l.pick("vul de tekst in", "fill in the text")
            }
        case .skeletonValue(let key, _):
            return l.pick("vul de echte waarde van '\(key)' in en haal de opmerking '# <vul in: ...>' weg; klopt de waarde al, haal dan alleen de opmerking weg",
                          "fill in the real value of '\(key)' and remove the comment '# <vul in: ...>'; if the value is right, remove just the comment")
        case .skippedForError:
            return l.pick("los de fout op en controleer opnieuw", "fix the error and check again")
        case .progress(let problem):
            return problem.hint(in: l)
        }
    }
}
