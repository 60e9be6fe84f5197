/// One of the six questions the Landelijk Beraad asks of a theme before it goes into the execution
/// part (de afwegingen).
public enum Criterion: String, Sendable, Hashable, Codable, CaseIterable {
    /// Does it answer signals from the regions?
    case signals = "signalen"
    /// Is it a "wicked problem" that needs several parties?
    case crossOrganisational = "organisatieoverstijgend"
    /// Is it handled nowhere else yet?
    case handledNowhereElse = "nergens_anders_belegd"
    /// Can it work towards a clear, usable result?
    case concrete = "concreet"
    /// Is it new, or a breakthrough on a long-running problem?
    case novel = "vernieuwend"
    /// Can it be extended to other regions?
    case scalable = "opschaalbaar"

    /// The name as the documents print it.
    public var dutchName: String {
        switch self {
        case .signals: "Signalen"
        case .crossOrganisational: "Organisatieoverstijgend"
        case .handledNowhereElse: "Nergens anders belegd"
        case .concrete: "Concreet"
        case .novel: "Vernieuwend"
        case .scalable: "Opschaalbaar"
        }
    }

    /// The question, in Dutch.
    public var question: String {
        switch self {
        case .signals: "Sluit het aan bij signalen uit de regio's?"
        case .crossOrganisational: "Zijn de kennis, kunde en invloed van meerdere partijen nodig?"
        case .handledNowhereElse: "Is er nog geen andere tafel waar dit wordt besproken?"
        case .concrete: "Werkt het toe naar een helder resultaat voor de arbeidsmarkt?"
        case .novel: "Is het nieuw, of een doorbraak op een al lang lopend probleem?"
        case .scalable: "Kan het worden uitgebreid naar andere regio's?"
        }
    }

    /// The code of the rule that reports a theme falling short on this criterion.
    public var ruleCode: String {
        switch self {
        case .signals: "MJA101"
        case .crossOrganisational: "MJA102"
        case .handledNowhereElse: "MJA103"
        case .concrete: "MJA104"
        case .novel: "MJA105"
        case .scalable: "MJA106"
        }
    }
}

/// How a theme holds up against one criterion.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case meets = "voldoet"
    case unsubstantiated = "onvoldoende onderbouwd"
    case fails = "voldoet niet"

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The verdict on one criterion with the reasons for it.
public struct Assessment: Sendable, Hashable, Codable {
    public var criterion: Criterion
    public var verdict: Verdict
    public var reasons: [Reason]

    /// Why a verdict was given, in Dutch (for the documents) and English (for `--lang en`).
    public struct Reason: Sendable, Hashable, Codable {
        public var dutch: String
        public var english: String

        public init(_ dutch: String, _ english: String) {
            self.dutch = dutch
            self.english = english
        }
    }

    public init(criterion: Criterion, verdict: Verdict, reasons: [Reason]) {
        self.criterion = criterion
        self.verdict = verdict
        self.reasons = reasons
    }
}

/// How a theme holds up against all six criteria: part of the model's output, so documents can
/// show it as a table.
public struct Scorecard: Sendable, Hashable, Codable {
    public var themeID: String
    /// One assessment per criterion, in the order of `Criterion.allCases`.
    public var assessments: [Assessment]

    public init(themeID: String, assessments: [Assessment]) {
        self.themeID = themeID
        self.assessments = assessments
    }

    /// The assessment of `criterion`.
    public subscript(criterion: Criterion) -> Assessment? {
        assessments.first { $0.criterion == criterion }
    }

    /// The worst verdict of the six.
    public var overall: Verdict { assessments.map(\.verdict).max() ?? .meets }
}
