/// A theme of the execution part: what an agenda commits to work on for two years.
public struct Theme: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// Markdown.
    public var description: String
    /// The tasks it serves, at least one.
    public var tasks: [AgendaTask]
    /// For a regional theme: the national theme it contributes to.
    public var nationalTheme: Reference?
    /// For a national theme: a continuous theme (doorlopend thema) rather than an execution theme.
    public var isContinuous: Bool
    public var owner: Reference?
    public var partners: [Reference]
    public var sectors: [Reference]
    public var targetGroups: [Reference]
    /// The signals this theme answers: local ids, or `AM05/id` for another region's signal.
    public var signals: [Reference]
    /// The evidence for the six theme selection criteria.
    public var criteria: CriteriaEvidence
    public var results: [Result]
    public var actions: [Action]
    public var origin: Origin

    public init(
        id: String, title: String, description: String, tasks: [AgendaTask], nationalTheme: Reference?,
        isContinuous: Bool, owner: Reference?, partners: [Reference], sectors: [Reference], targetGroups: [Reference],
        signals: [Reference], criteria: CriteriaEvidence, results: [Result], actions: [Action], origin: Origin
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.tasks = tasks
        self.nationalTheme = nationalTheme
        self.isContinuous = isContinuous
        self.owner = owner
        self.partners = partners
        self.sectors = sectors
        self.targetGroups = targetGroups
        self.signals = signals
        self.criteria = criteria
        self.results = results
        self.actions = actions
        self.origin = origin
    }

    /// Every budget line of every action of the theme.
    public var budgetLines: [BudgetLine] { actions.flatMap(\.budget) }
}

/// What a theme records for the six selection criteria (afwegingen). Each text is the author's own
/// argument; the checks weigh it together with what can be computed from the rest of the agenda.
public struct CriteriaEvidence: Sendable, Hashable, Codable {
    /// Why a national (or regional) approach answers the signals.
    public var signals: String?
    /// Why several parties are needed: the "wicked problem".
    public var crossOrganisational: String?
    /// Why no other table handles it yet.
    public var handledNowhereElse: String?
    /// What concrete result the labour market gets.
    public var concrete: String?
    /// What is new about it.
    public var novelty: String?
    /// For a theme that continues earlier work: why it continues.
    public var continuation: String?
    /// How it can be extended to other regions or the national level.
    public var scaling: String?
    /// Region codes (`AM06`) or `landelijk` that the theme could extend to.
    public var scalesTo: [Reference]

    public init(
        signals: String? = nil, crossOrganisational: String? = nil, handledNowhereElse: String? = nil,
        concrete: String? = nil, novelty: String? = nil, continuation: String? = nil, scaling: String? = nil,
        scalesTo: [Reference] = []
    ) {
        self.signals = signals
        self.crossOrganisational = crossOrganisational
        self.handledNowhereElse = handledNowhereElse
        self.concrete = concrete
        self.novelty = novelty
        self.continuation = continuation
        self.scaling = scaling
        self.scalesTo = scalesTo
    }
}

/// A result a theme works towards, measured by an indicator.
public struct Result: Sendable, Hashable, Codable {
    public var description: String
    public var indicator: String?
    public var unit: String?
    /// Where the figures come from (UWV, CBS, ...).
    public var source: String?
    public var baseline: Measurement?
    public var targetValue: Decimal?
    public var targetDate: CalendarDate?
    /// The measurements during the execution (metingen), in the order written.
    public var measurements: [IndicatorMeasurement]
    public var origin: Origin

    /// A value measured in a year.
    public struct Measurement: Sendable, Hashable, Codable {
        public var value: Decimal
        public var year: Int?

        public init(value: Decimal, year: Int?) {
            self.value = value
            self.year = year
        }
    }

    public init(
        description: String, indicator: String?, unit: String?, source: String?, baseline: Measurement?,
        targetValue: Decimal?, targetDate: CalendarDate?, measurements: [IndicatorMeasurement] = [], origin: Origin
    ) {
        self.description = description
        self.indicator = indicator
        self.unit = unit
        self.source = source
        self.baseline = baseline
        self.targetValue = targetValue
        self.targetDate = targetDate
        self.measurements = measurements
        self.origin = origin
    }

    /// The measurements by date, the earliest first (stable for equal dates).
    public var measurementsByDate: [IndicatorMeasurement] {
        measurements.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}

/// One measurement of a result's indicator during the execution (a line of `metingen`).
public struct IndicatorMeasurement: Sendable, Hashable, Codable {
    public var date: CalendarDate
    public var value: Decimal
    /// Where the figure comes from, when it differs from the result's source.
    public var source: String?
    public var origin: Origin

    public init(date: CalendarDate, value: Decimal, source: String?, origin: Origin) {
        self.date = date
        self.value = value
        self.source = source
        self.origin = origin
    }
}

import FoundationEssentials
