import Diagnostics
import FoundationEssentials

/// A problem in the progress data of an agenda (realisatie, metingen, status against the
/// peildatum): the data behind a diagnostic, its text made here. Codes MJA150-MJA156.
public enum ProgressProblem: Sendable, Hashable {
    /// More realised than planned for an action in a year from a source (`planned` is zero when
    /// nothing was planned there).
    case realisedAboveBudget(action: String, year: Int, source: String, realised: Euro, planned: Euro)
    case realisedYearOutsideExecution(action: String, year: Int, period: YearRange)
    case measurementOutsideExecution(result: String, date: CalendarDate, period: YearRange)
    /// A measurement (or an action's peildatum, `what` names which) after the agenda's peildatum.
    case dateAfterReferenceDate(what: DatedThing, date: CalendarDate, referenceDate: CalendarDate)
    /// Progress 100 without status `afgerond`, or `afgerond` with less than 100.
    case progressDoesNotMatchStatus(action: String, progress: Int, status: Action.Status)
    case endPassed(action: String, end: CalendarDate, referenceDate: CalendarDate, status: Action.Status)
    /// The latest measurement lies further from the target than the one before it (or the baseline).
    case movingAwayFromTarget(result: String, previous: Decimal, latest: Decimal, target: Decimal)

    /// What carries a date that lies after the peildatum.
    public enum DatedThing: Sendable, Hashable {
        case measurement(result: String)
        case statusDate(action: String)
    }

    /// The stable code in the rule catalogue.
    public var code: String {
        switch self {
        case .realisedAboveBudget: "MJA150"
        case .realisedYearOutsideExecution: "MJA151"
        case .measurementOutsideExecution: "MJA152"
        case .dateAfterReferenceDate: "MJA153"
        case .progressDoesNotMatchStatus: "MJA154"
        case .endPassed: "MJA155"
        case .movingAwayFromTarget: "MJA156"
        }
    }

    /// The message in the reader's language.
    public func message(in l: Language) -> String {
        switch self {
        case .realisedAboveBudget(let action, let year, let source, let realised, let planned) where planned == .zero:
            return l.pick("actie '\(action)' heeft in \(year) \(realised) uitgegeven uit \(source), maar daar is in \(year) niets voor begroot",
                          "action '\(action)' spent \(realised) from \(source) in \(year), but nothing was budgeted there in \(year)")
        case .realisedAboveBudget(let action, let year, let source, let realised, let planned):
            return l.pick("actie '\(action)' heeft in \(year) \(realised) uitgegeven uit \(source), \(realised - planned) meer dan de begrote \(planned)",
                          "action '\(action)' spent \(realised) from \(source) in \(year), \(realised - planned) more than the budgeted \(planned)")
        case .realisedYearOutsideExecution(let action, let year, let period):
            return l.pick("realisatie in \(year) van actie '\(action)' valt buiten de uitvoeringsperiode \(period)",
                          "spending in \(year) of action '\(action)' is outside the execution period \(period)")
        case .measurementOutsideExecution(let result, let date, let period):
            return l.pick("meting van \(date) bij resultaat '\(result)' valt buiten de uitvoeringsperiode \(period)",
                          "measurement of \(date) of result '\(result)' is outside the execution period \(period)")
        case .dateAfterReferenceDate(.measurement(let result), let date, let reference):
            return l.pick("meting van \(date) bij resultaat '\(result)' ligt na de peildatum \(reference) van de agenda",
                          "measurement of \(date) of result '\(result)' is after the agenda's reference date \(reference)")
        case .dateAfterReferenceDate(.statusDate(let action), let date, let reference):
            return l.pick("de peildatum \(date) van actie '\(action)' ligt na de peildatum \(reference) van de agenda",
                          "the reference date \(date) of action '\(action)' is after the agenda's reference date \(reference)")
        case .progressDoesNotMatchStatus(let action, let progress, let status) where progress == 100:
            return l.pick("actie '\(action)' staat op voortgang 100 maar heeft status '\(status.rawValue)', niet 'afgerond'",
                          "action '\(action)' is at progress 100 but has status '\(status.rawValue)', not 'afgerond'")
        case .progressDoesNotMatchStatus(let action, let progress, _):
            return l.pick("actie '\(action)' is afgerond maar staat op voortgang \(progress), niet 100",
                          "action '\(action)' is finished but at progress \(progress), not 100")
        case .endPassed(let action, let end, let reference, let status):
            return l.pick("vertraagd? de einddatum \(end) van actie '\(action)' is op de peildatum \(reference) voorbij, maar de status is nog '\(status.rawValue)'",
                          "delayed? the end date \(end) of action '\(action)' has passed on the reference date \(reference), but the status is still '\(status.rawValue)'")
        case .movingAwayFromTarget(let result, let previous, let latest, let target):
            let (p, n, t) = (DutchNumber.format(previous), DutchNumber.format(latest), DutchNumber.format(target))
            return l.pick("de indicator van resultaat '\(result)' beweegt van de streefwaarde \(t) af: van \(p) naar \(n)",
                          "the indicator of result '\(result)' moves away from its target \(t): from \(p) to \(n)")
        }
    }

    /// What to do about it.
    public func hint(in l: Language) -> String? {
        switch self {
        case .realisedAboveBudget:
            return l.pick("controleer het bedrag; klopt het, verhoog dan de begroting of verklaar de overschrijding in de rapportage",
                          "check the amount; if it is right, raise the budget or explain the overspending in the report")
        case .realisedYearOutsideExecution(_, _, let period):
            return l.pick("schrijf uitgaven bij een jaar van de uitvoeringsperiode \(period)", "record spending under a year of the execution period \(period)")
        case .measurementOutsideExecution(_, _, let period):
            return l.pick("een meting hoort bij de uitvoeringsperiode \(period); een waarde van daarvoor is de nulmeting",
                          "a measurement belongs to the execution period \(period); a value from before is the baseline")
        case .dateAfterReferenceDate(_, _, let reference):
            return l.pick("schuif de peildatum van de agenda op, of corrigeer de datum (niet later dan \(reference))",
                          "move the agenda's reference date on, or correct the date (not later than \(reference))")
        case .progressDoesNotMatchStatus(_, let progress, _) where progress == 100:
            return l.pick("schrijf status = \"afgerond\", of verlaag de voortgang", "write status = \"afgerond\", or lower the progress")
        case .progressDoesNotMatchStatus:
            return l.pick("schrijf voortgang = 100, of kies een andere status", "write voortgang = 100, or choose another status")
        case .endPassed:
            return l.pick("schrijf status = \"vertraagd\" (of \"afgerond\") of verschuif de einddatum",
                          "write status = \"vertraagd\" (or \"afgerond\"), or move the end date")
        case .movingAwayFromTarget:
            return l.pick("controleer de meting; klopt ze, licht dan in de rapportage toe wat er gebeurt en wat de regio doet",
                          "check the measurement; if it is right, explain in the report what happens and what the region does")
        }
    }
}
