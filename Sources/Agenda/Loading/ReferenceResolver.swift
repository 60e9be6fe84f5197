import Diagnostics
import FoundationEssentials
import FoundationGaps

/// Checks what no single table can: ids that are defined twice, and references that point at
/// nothing (an organisation, a funding source, a sector, a national theme, a signal of another
/// region). Each problem points at the place where the id or reference is written.
struct ReferenceResolver {
    let registry: Registry
    let agendas: [Agenda]
    var session: LoadSession
    /// The agenda files whose references are checked; nil for all. The others are read only for
    /// what the checked ones refer to (their signals, their region), and their problems are not reported.
    let checking: Set<String>?
    /// The agenda files that say `voorbeeld = true` but are no longer the shipped example: they count
    /// as real agendas, so an example's references to their signals are warning MJA020.
    var editedExamples: Set<String> = []
    /// The first use of every organisation and funding source id in the registries, found once.
    private var registryFirstUses: (organisations: [String: Origin], funding: [String: Origin])?
    /// Per region with an agenda in the workspace: whether all its agendas are examples.
    private var regionIsExample: [String: Bool] = [:]
    /// The regions by code, built once: a workspace may hold many regions and many references to them.
    private let regionsByCode: [String: Region]
    /// The ids of the registries, built once for all agendas.
    private let registryIDs: (organisations: IDs, funding: IDs, sectors: IDs, groups: IDs, scaling: IDs, kinds: IDs)
    /// Every signal of the workspace by `REGION/id`, sorted: the candidates of a "bedoelde u ...?".
    private var sortedSignals: [String] = []
    /// The words people use for registry entries (registry key `ook`), per kind of reference.
    private var wordsByKind: [ReferenceKind: (words: [(String, String)], byWord: [String: String])] = [:]

    init(registry: Registry, agendas: [Agenda], session: LoadSession, checking: Set<String>? = nil) {
        self.registry = registry
        self.agendas = agendas
        self.session = session
        self.checking = checking
        regionsByCode = Dictionary(registry.regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        registryIDs = (IDs(registry.organisations.map(\.id)), IDs(registry.fundingSources.map(\.id)), IDs(registry.sectors.map(\.id)),
                       IDs(registry.targetGroups.map(\.id)),
                       IDs(registry.regions.isEmpty ? [] : registry.regions.map(\.code) + ["landelijk"]),
                       IDs(registry.organisationKinds.map(\.id)))
    }

    mutating func resolve() {
        checkRegistryIDs()
        for organisation in registry.organisations {
            check(organisation.kind, .organisationKind, registryIDs.kinds, in: organisation.origin.file)
        }
        let nationalThemes = (agendas.first { $0.scope == .national }?.themes.map(\.id)).map(IDs.init)
        var signalsByQualifiedID: Set<String> = []
        for agenda in agendas {
            for signal in agenda.signals { signalsByQualifiedID.insert(signal.qualifiedID) }
        }
        for agenda in agendas {
            if case .regional(let code) = agenda.scope { regionIsExample[code] = (regionIsExample[code] ?? true) && agenda.isExample && !editedExamples.contains(agenda.file) }
        }
        sortedSignals = signalsByQualifiedID.sorted()
        for agenda in agendas where checking?.contains(agenda.file) ?? true {
            checkScope(agenda)
            checkIDs(agenda)
            resolveReferences(agenda, nationalThemes: nationalThemes, signals: signalsByQualifiedID)
        }
        // An agenda whose region is unknown or does not fit its file name has its error (MJA017);
        // the conflict such a code makes with the region's own agenda is the same mistake, not a second.
        let known = agendas.filter { agenda in
            guard let code = agenda.scope.regionCode else { return false }
            return (registry.regions.isEmpty || regionsByCode[code] != nil) && Self.fileName(of: agenda, fits: code)
        }
        for conflict in RegionConflict.find(in: known) { session.append(conflict.diagnostic(in: language)) }
    }

    // MARK: Duplicate ids

    private mutating func checkRegistryIDs() {
        unique(registry.regions.map { ($0.code, $0.origin) }, kind: language.pick("regio", "region"))
        unique(registry.sectors.map { ($0.id, $0.origin) }, kind: "sector")
        unique(registry.targetGroups.map { ($0.id, $0.origin) }, kind: language.pick("doelgroep", "target group"))
        unique(registry.organisationKinds.map { ($0.id, $0.origin) }, kind: language.pick("organisatiesoort", "organisation kind"))
        unique(registry.fundingSources.map { ($0.id, $0.origin) }, kind: language.pick("financieringsbron", "funding source"))
        unique(registry.organisations.map { ($0.id, $0.origin) }, kind: language.pick("organisatie", "organisation"))
    }

    private mutating func checkIDs(_ agenda: Agenda) {
        // The registries' first uses are found once; an agenda's own ids are compared with them.
        if registryFirstUses == nil {
            registryFirstUses = (Self.firstUses(registry.organisations.map { ($0.id, $0.origin) }),
                                 Self.firstUses(registry.fundingSources.map { ($0.id, $0.origin) }))
        }
        unique(agenda.organisations.map { ($0.id, $0.origin) }, kind: language.pick("organisatie", "organisation"),
               reportOnlyIn: agenda.file, after: registryFirstUses!.organisations)
        unique(agenda.fundingSources.map { ($0.id, $0.origin) }, kind: language.pick("financieringsbron", "funding source"),
               reportOnlyIn: agenda.file, after: registryFirstUses!.funding)
        unique(agenda.themes.map { ($0.id, $0.origin) }, kind: language.pick("thema", "theme"))
        unique(agenda.actions.map { ($0.id, $0.origin) }, kind: language.pick("actie", "action"))
        unique(agenda.signals.map { ($0.id, $0.origin) }, kind: language.pick("signaal", "signal"))
    }

    /// Where each id is used first.
    private static func firstUses(_ items: [(id: String, origin: Origin)]) -> [String: Origin] {
        var first: [String: Origin] = [:]
        for item in items where !item.id.isEmpty && first[item.id] == nil { first[item.id] = item.origin }
        return first
    }

    /// Reports every id after its first use, with a note pointing at the first; `earlier` holds the
    /// first uses of ids that come before `items` (those of the registries).
    private mutating func unique(_ items: [(id: String, origin: Origin)], kind: String, reportOnlyIn file: String? = nil,
                                 after earlier: [String: Origin] = [:]) {
        var first = earlier
        for item in items where !item.id.isEmpty {
            if let earlier = first[item.id] {
                guard file == nil || item.origin.file == file else { continue }
                let note = Diagnostic.Note(message: language.pick("eerste keer hier", "first used here"),
                                           file: earlier.file, range: earlier.range)
                session.report(.duplicateID(id: item.id, kind: kind), file: item.origin.file, range: item.origin.range, notes: [note])
            } else {
                first[item.id] = item.origin
            }
        }
    }

    // MARK: Region

    private mutating func checkScope(_ agenda: Agenda) {
        guard case .regional(let code) = agenda.scope, !code.isEmpty else { return }
        let range: SourceRange? = agenda.origin.range(of: "regio")
        if regionsByCode[code] == nil, !registry.regions.isEmpty {
            // A region's name (as `init` takes it), a code in a gap of the numbering, or a typing mistake.
            if let named = registry.lookUpRegion(code) {
                session.report(.unknownRegion(code: code, suggestion: nil, named: named.code), file: agenda.file, range: range)
                return
            }
            let neighbours = registry.neighbours(ofCode: code).map { "\($0.code) (\($0.name))" }
            let suggestion = neighbours.isEmpty ? Suggestion.closest(to: code, among: registry.regions.map(\.code)) : nil
            session.report(.unknownRegion(code: code, suggestion: suggestion, neighbours: neighbours), file: agenda.file, range: range)
            return
        }
        if !Self.fileName(of: agenda, fits: code) {
            session.report(.regionDoesNotMatchFile(code: code, file: FilePath.lastComponent(of: agenda.file)),
                           file: agenda.file, range: range)
        }
    }

    /// Whether the agenda's file name starts with its region code (`am05-twente.toml` for AM05).
    private static func fileName(of agenda: Agenda, fits code: String) -> Bool {
        let name = FilePath.deletingExtension(of: FilePath.lastComponent(of: agenda.file)).lowercased()
        return name == code.lowercased() || name.hasPrefix(code.lowercased() + "-")
    }

    // MARK: References

    private mutating func resolveReferences(_ agenda: Agenda, nationalThemes: IDs?, signals: Set<String>) {
        // Without the registry an id may well exist there: an empty list of ids skips the check
        // (MJA019 has said the registries are missing).
        let organisations = registry.organisations.isEmpty ? IDs([]) : registryIDs.organisations.adding(agenda.organisations.map(\.id))
        let funding = registry.fundingSources.isEmpty ? IDs([]) : registryIDs.funding.adding(agenda.fundingSources.map(\.id))
        let (sectors, groups, scaling) = (registryIDs.sectors, registryIDs.groups, registryIDs.scaling)
        let ownRegion = agenda.scope.regionCode ?? "LMJA"
        let localSignals = Set(agenda.signals.map(\.id))

        checkAll(agenda.organisations.map(\.kind), .organisationKind, registryIDs.kinds, in: agenda.file)
        for policy in agenda.policy.tasks.values {
            checkAll(policy.sectors, .sector, sectors, in: agenda.file)
            checkAll(policy.targetGroups, .targetGroup, groups, in: agenda.file)
        }
        for theme in agenda.themes {
            if let national = theme.nationalTheme, let nationalThemes { check(national, .nationalTheme, nationalThemes, in: agenda.file) }
            if let owner = theme.owner { check(owner, .organisation, organisations, in: agenda.file) }
            checkAll(theme.partners, .organisation, organisations, in: agenda.file)
            checkAll(theme.sectors, .sector, sectors, in: agenda.file)
            checkAll(theme.targetGroups, .targetGroup, groups, in: agenda.file)
            checkAll(theme.criteria.scalesTo, .scalingTarget, scaling, in: agenda.file)
            for reference in theme.signals {
                let qualified = reference.id.contains("/" as Character) ? reference.id : "\(ownRegion)/\(reference.id)"
                if !signals.contains(qualified) && !localSignals.contains(reference.id) {
                    if agenda.isExample, let region = replacedExampleRegion(of: qualified, from: ownRegion) {
                        session.report(.signalOfReplacedExample(id: reference.id, region: region.code, regionName: region.name,
                                                                absent: regionIsExample[region.code] == nil),
                                       file: agenda.file, range: reference.range)
                        continue
                    }
                    if let region = absentRegion(of: qualified, from: ownRegion) {
                        session.report(.signalOfAbsentRegion(id: reference.id, region: region.code, regionName: region.name),
                                       file: agenda.file, range: reference.range)
                        continue
                    }
                    if let slash = reference.id.firstIndex(of: "/") {
                        // Another region's signal: that region's own signals are the choice, listed in full.
                        let prefix = reference.id[...slash].uppercased()
                        let ofRegion = sortedSignals.filter { $0.uppercased().hasPrefix(prefix) }
                        report(reference, .signal, candidates: ofRegion.isEmpty ? sortedSignals : ofRegion, choices: ofRegion, in: agenda.file)
                    } else {
                        report(reference, .signal, candidates: localSignals.sorted(), in: agenda.file)
                    }
                }
            }
            for action in theme.actions {
                if let owner = action.owner { check(owner, .organisation, organisations, in: agenda.file) }
                checkAll(action.partners, .organisation, organisations, in: agenda.file)
                for line in action.budget { check(line.source, .fundingSource, funding, in: agenda.file) }
                for line in action.realisation { check(line.source, .fundingSource, funding, in: agenda.file) }
            }
        }
        for signal in agenda.signals {
            checkAll(signal.sectors, .sector, sectors, in: agenda.file)
            checkAll(signal.targetGroups, .targetGroup, groups, in: agenda.file)
            if let nationalThemes { checkAll(signal.nationalThemes, .nationalTheme, nationalThemes, in: agenda.file) }
        }
    }

    /// The region of a signal of another region whose example agenda is gone: the region has no
    /// agenda in the workspace, or only a real one (no `voorbeeld = true`). An example agenda's
    /// references to such signals illustrate what an example agenda held; they no longer can.
    private func replacedExampleRegion(of qualified: String, from ownRegion: String) -> Region? {
        guard let slash = qualified.firstIndex(of: "/") else { return nil }
        let code = String(qualified[..<slash])
        guard code != ownRegion, let region = regionsByCode[code], regionIsExample[code] != true else { return nil }
        return region
    }

    /// The region of a signal of another (known) region that has no agenda in the workspace: the
    /// signal cannot be looked up, which says nothing about whether it exists.
    private func absentRegion(of qualified: String, from ownRegion: String) -> Region? {
        guard let slash = qualified.firstIndex(of: "/") else { return nil }
        let code = String(qualified[..<slash])
        guard code != ownRegion, let region = regionsByCode[code], regionIsExample[code] == nil else { return nil }
        return region
    }

    private mutating func checkAll(_ references: [Reference], _ kind: ReferenceKind, _ ids: IDs, in file: String) {
        for reference in references { check(reference, kind, ids, in: file) }
    }

    private mutating func check(_ reference: Reference, _ kind: ReferenceKind, _ ids: IDs, in file: String) {
        // A registry that was not found cannot be checked against; an empty id was reported already.
        guard !ids.isEmpty, !reference.id.isEmpty, !ids.contains(reference.id) else { return }
        report(reference, kind, candidates: ids.list, in: file)
    }

    private mutating func report(_ reference: Reference, _ kind: ReferenceKind, candidates: [String], choices: [String]? = nil, in file: String) {
        let entries: [Registry.Entry] = switch kind {
        case .sector: registry.sectors
        case .targetGroup: registry.targetGroups
        case .organisationKind: registry.organisationKinds
        default: []
        }
        // A word people use for it (registry key `ook`), else the closest id.
        if wordsByKind[kind] == nil {
            let words = entries.flatMap { entry in ([entry.name.lowercased()] + entry.otherNames).map { ($0, entry.id) } }
            wordsByKind[kind] = (words, Dictionary(words, uniquingKeysWith: { first, _ in first }))
        }
        let (words, byWord) = wordsByKind[kind]!
        let suggestion = byWord[reference.id.lowercased()]
            ?? Suggestion.closest(to: reference.id, among: candidates)
            ?? Suggestion.closest(to: reference.id.lowercased(), among: words.map(\.0)).flatMap { byWord[$0] }
        // The short registries are listed in full, so the choice is in the message.
        session.report(.unresolvedReference(id: reference.id, kind: kind, suggestion: suggestion, choices: choices ?? entries.map(\.id)),
                       file: file, range: reference.range)
    }

    private var language: Language { session.language }
}

/// The ids a reference may name: as listed (the candidates of a suggestion, in their order) and as
/// a set, so a reference is looked up in constant time. The ids of the registries are made once; an
/// agenda adds its own (`adding`) without copying them.
private struct IDs {
    private let base: [String]
    private let baseSet: Set<String>
    private var own: [String] = []
    private var ownSet: Set<String> = []

    init(_ list: [String]) {
        base = list
        baseSet = Set(list)
    }

    /// These ids and `extra`.
    func adding(_ extra: [String]) -> IDs {
        var ids = self
        ids.own = extra
        ids.ownSet = Set(extra)
        return ids
    }

    /// Every id in order: the candidates of a "bedoelde u ...?".
    var list: [String] { base + own }
    var isEmpty: Bool { base.isEmpty && own.isEmpty }
    func contains(_ id: String) -> Bool { baseSet.contains(id) || ownSet.contains(id) }
}
