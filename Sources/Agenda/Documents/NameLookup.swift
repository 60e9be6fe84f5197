/// Turns the ids an agenda refers to into the names a reader understands: organisations, sectors,
/// target groups, funding sources, national themes, regions.
struct NameLookup {
    private let organisations: [String: Organisation]
    private let sectors: [String: String]
    private let targetGroups: [String: String]
    private let organisationKinds: [String: String]
    private let sources: [String: FundingSource]
    private let nationalThemes: [String: Theme]
    private let regions: [String: Region]

    init(workspace: Workspace, agenda: Agenda) {
        let registry = workspace.registry
        organisations = Self.index(registry.organisations + agenda.organisations, by: \.id)
        sectors = Self.index(registry.sectors, by: \.id).mapValues(\.name)
        targetGroups = Self.index(registry.targetGroups, by: \.id).mapValues(\.name)
        organisationKinds = Self.index(registry.organisationKinds, by: \.id).mapValues(\.name)
        sources = Self.index(registry.fundingSources + agenda.fundingSources, by: \.id)
        nationalThemes = Self.index(workspace.nationalAgenda?.themes ?? [], by: \.id)
        regions = Self.index(registry.regions, by: \.code)
    }

    func organisation(_ id: String) -> String { organisations[id]?.name ?? id }
    func organisationKind(of id: String) -> String {
        organisations[id].map { organisationKinds[$0.kind.id] ?? $0.kind.id } ?? ""
    }
    func kind(_ id: String) -> String { organisationKinds[id] ?? id }
    func sector(_ id: String) -> String { sectors[id] ?? id }
    func targetGroup(_ id: String) -> String { targetGroups[id] ?? id }
    func source(_ id: String) -> FundingSource? { sources[id] }
    func sourceName(_ id: String) -> String { sources[id]?.name ?? id }
    func nationalTheme(_ id: String) -> Theme? { nationalThemes[id] }
    func region(_ code: String) -> Region? { regions[code] }

    /// A scaling target: a region's name with its code, or "landelijk".
    func scalingTarget(_ id: String) -> String {
        regions[id].map { "\($0.name) (\($0.code))" } ?? id
    }

    private static func index<T, Key: Hashable>(_ items: [T], by key: KeyPath<T, Key>) -> [Key: T] {
        Dictionary(items.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { _, later in later })
    }
}
