import FoundationEssentials
import FoundationGaps
/// The reference data every agenda relies on, read from `regions/registers/`.
public struct Registry: Sendable, Hashable, Codable {
    /// The 35 arbeidsmarktregio's, in code order. Codes have gaps: look them up, never count.
    public var regions: [Region]
    /// Sectors; the maatschappelijk cruciale sectoren are marked.
    public var sectors: [Entry]
    public var targetGroups: [Entry]
    public var organisationKinds: [Entry]
    public var fundingSources: [FundingSource]
    /// National organisations, the members of the Landelijk Beraad among them.
    public var organisations: [Organisation]
    /// Abbreviations the documents explain where they use them (bbl, LLO, STAP, ...).
    public var abbreviations: [Abbreviation] = []

    /// An abbreviation and what it stands for.
    public struct Abbreviation: Sendable, Hashable, Codable {
        public var term: String
        public var meaning: String

        public init(term: String, meaning: String) {
            self.term = term
            self.meaning = meaning
        }
    }

    public init(
        regions: [Region] = [], sectors: [Entry] = [], targetGroups: [Entry] = [], organisationKinds: [Entry] = [],
        fundingSources: [FundingSource] = [], organisations: [Organisation] = []
    ) {
        self.regions = regions
        self.sectors = sectors
        self.targetGroups = targetGroups
        self.organisationKinds = organisationKinds
        self.fundingSources = fundingSources
        self.organisations = organisations
    }

    /// The region with `code`, or nil.
    public func region(_ code: String) -> Region? { regions.first { $0.code == code } }

    /// The region with this code or CBS name, ignoring case: `AM24`, `am24` and `Zeeland` alike.
    public func lookUpRegion(_ text: String) -> Region? {
        let key = text.trimming(.spaces).lowercased()
        return regions.first { $0.code.lowercased() == key || $0.name.lowercased() == key }
    }

    /// For a code of the form `AM31` that no region has: the regions with the nearest numbers below
    /// and above it (the CBS codes have gaps, so a missing number is no typing mistake to correct).
    /// Empty for text that is not such a code, a code that exists, or one outside the numbering.
    public func neighbours(ofCode text: String) -> [Region] {
        let code = text.trimming(.spaces).uppercased()
        guard code.count == 4, code.hasPrefix("AM"), let number = Int(code.dropFirst(2)), region(code) == nil else { return [] }
        let numbered = regions.compactMap { region in Int(region.code.dropFirst(2)).map { ($0, region) } }
        let below = numbered.filter { $0.0 < number }.max { $0.0 < $1.0 }?.1
        let above = numbered.filter { $0.0 > number }.min { $0.0 < $1.0 }?.1
        guard let below, let above else { return [] }
        return [below, above]
    }

    /// A named entry of a simple list (a sector, a target group, an organisation kind).
    public struct Entry: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        /// For sectors: whether it is one of the cabinet's maatschappelijk cruciale sectoren.
        public var isCrucial: Bool
        /// Other words people use for it (`ook`), lower case, for "bedoelde u ...?".
        public var otherNames: [String]
        public var origin: Origin

        public init(id: String, name: String, isCrucial: Bool = false, otherNames: [String] = [], origin: Origin) {
            self.id = id
            self.name = name
            self.isCrucial = isCrucial
            self.otherNames = otherNames
            self.origin = origin
        }
    }
}

/// An arbeidsmarktregio.
public struct Region: Sendable, Hashable, Codable {
    /// The CBS code, as in `AM05`.
    public var code: String
    /// CBS's 2025 name.
    public var name: String
    /// The gemeente that runs the regional process.
    public var centralMunicipality: String
    public var origin: Origin

    public init(code: String, name: String, centralMunicipality: String, origin: Origin) {
        self.code = code
        self.name = name
        self.centralMunicipality = centralMunicipality
        self.origin = origin
    }
}
