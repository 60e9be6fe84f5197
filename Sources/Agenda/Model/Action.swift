/// An action under a theme: who does what, when, with which money, delivering what.
public struct Action: Sendable, Hashable, Codable {
    /// Where an action stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case planned = "gepland"
        case running = "lopend"
        case finished = "afgerond"
        case delayed = "vertraagd"
        case stopped = "gestopt"
    }

    public var id: String
    public var title: String
    /// Markdown.
    public var description: String
    public var owner: Reference?
    public var partners: [Reference]
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// What the action delivers (oplevering).
    public var deliverable: String?
    public var status: Status
    /// Progress in percent, 0-100.
    public var progress: Int?
    public var budget: [BudgetLine]
    /// The money actually spent (realisatie), per year and source.
    public var realisation: [RealisedLine]
    /// The date on which `status` and `progress` were last established (peildatum).
    public var statusDate: CalendarDate?
    public var origin: Origin

    public init(
        id: String, title: String, description: String, owner: Reference?, partners: [Reference],
        start: CalendarDate?, end: CalendarDate?, deliverable: String?, status: Status, progress: Int?,
        budget: [BudgetLine], realisation: [RealisedLine] = [], statusDate: CalendarDate? = nil, origin: Origin
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.owner = owner
        self.partners = partners
        self.start = start
        self.end = end
        self.deliverable = deliverable
        self.status = status
        self.progress = progress
        self.budget = budget
        self.realisation = realisation
        self.statusDate = statusDate
        self.origin = origin
    }

    /// The planned total over every budget line.
    public var plannedTotal: Euro { budget.map(\.amount).sum() }

    /// The realised total over every realisation line.
    public var realisedTotal: Euro { realisation.map(\.amount).sum() }
}

/// Money spent on an action in one year from one source (a line of `realisatie`).
public struct RealisedLine: Sendable, Hashable, Codable {
    public var year: Int
    public var source: Reference
    public var amount: Euro
    public var origin: Origin

    public init(year: Int, source: Reference, amount: Euro, origin: Origin) {
        self.year = year
        self.source = source
        self.amount = amount
        self.origin = origin
    }
}

/// Money planned for an action in one year from one source.
public struct BudgetLine: Sendable, Hashable, Codable {
    /// How firm the money is.
    public enum Certainty: String, Sendable, Hashable, Codable, CaseIterable {
        case committed = "toegezegd"
        case requested = "aangevraagd"
        case indicative = "indicatief"
    }

    public var year: Int
    public var source: Reference
    public var amount: Euro
    public var certainty: Certainty
    public var origin: Origin

    public init(year: Int, source: Reference, amount: Euro, certainty: Certainty, origin: Origin) {
        self.year = year
        self.source = source
        self.amount = amount
        self.certainty = certainty
        self.origin = origin
    }
}
