/// A signal a region sends to the Landelijk Beraad: what blocks it, what works, what it needs.
public struct Signal: Sendable, Hashable, Codable {
    /// What kind of signal.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case bottleneck = "knelpunt"
        case opportunity = "kans"
        case goodPractice = "goed voorbeeld"
        case request = "verzoek"
    }

    /// What the region asks of the national level.
    public enum Ask: String, Sendable, Hashable, Codable, CaseIterable {
        case solve = "oplossen"
        case putOnAgenda = "agenderen"
        case scaleUp = "opschalen"
    }

    /// How urgent the region finds it.
    public enum Urgency: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case low = "laag"
        case medium = "middel"
        case high = "hoog"

        public static func < (lhs: Urgency, rhs: Urgency) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Where the national handling stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case new = "nieuw"
        case onAgenda = "geagendeerd"
        case inProgress = "in behandeling"
        case solved = "opgelost"
        case reportedBack = "teruggekoppeld"
    }

    public var id: String
    /// The region code (`AM05`) of the agenda the signal comes from.
    public var region: String
    public var date: CalendarDate
    public var kind: Kind
    public var title: String
    /// Markdown.
    public var description: String
    public var task: AgendaTask?
    public var sectors: [Reference]
    public var targetGroups: [Reference]
    public var nationalThemes: [Reference]
    public var urgency: Urgency
    public var ask: Ask
    public var status: Status
    /// The national answer, for the terugkoppeling.
    public var answer: String?
    public var origin: Origin

    public init(
        id: String, region: String, date: CalendarDate, kind: Kind, title: String, description: String,
        task: AgendaTask?, sectors: [Reference], targetGroups: [Reference], nationalThemes: [Reference],
        urgency: Urgency, ask: Ask, status: Status, answer: String?, origin: Origin
    ) {
        self.id = id
        self.region = region
        self.date = date
        self.kind = kind
        self.title = title
        self.description = description
        self.task = task
        self.sectors = sectors
        self.targetGroups = targetGroups
        self.nationalThemes = nationalThemes
        self.urgency = urgency
        self.ask = ask
        self.status = status
        self.answer = answer
        self.origin = origin
    }

    /// The id that names this signal from anywhere: `AM05/wachtlijst-inburgering`.
    public var qualifiedID: String { "\(region)/\(id)" }
}
