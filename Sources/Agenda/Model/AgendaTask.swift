/// One of the three tasks (opgaven) every agenda addresses. They overlap on purpose ("synergie").
public enum AgendaTask: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Improve the labour-market position of jobseekers and workers.
    case social = "sociaal"
    /// Match supply and demand, with a focus on the maatschappelijk cruciale sectoren.
    case economic = "economisch"
    /// Lifelong development (LLO).
    case development = "ontwikkel"

    /// The name as the documents print it.
    public var dutchName: String {
        switch self {
        case .social: "sociale opgave"
        case .economic: "economische opgave"
        case .development: "ontwikkelopgave"
        }
    }

    public static func < (lhs: AgendaTask, rhs: AgendaTask) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
