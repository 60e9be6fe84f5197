/// Everything the Landelijk Beraad's signal report shows, computed once from a collection: the
/// counts per dimension, the clusters of new topics, the follow-up and the national picture.
public struct SignalAnalysis: Sendable {
    /// The choices of a run.
    public struct Options: Sendable, Hashable {
        /// From how many distinct regions a topic is broadly shared (`--breed`).
        public var broadThreshold: Int
        /// The date open signals are counted to (`--peildatum`); nil: the latest signal date.
        public var referenceDate: CalendarDate?
        /// The knobs of the clustering.
        public var clustering: SignalClustering.Options

        /// Creates the options.
        public init(broadThreshold: Int = 5, referenceDate: CalendarDate? = nil, clustering: SignalClustering.Options = .init()) {
            self.broadThreshold = broadThreshold
            self.referenceDate = referenceDate
            self.clustering = clustering
        }
    }

    /// The signals analysed.
    public var collection: SignalCollection
    /// The choices of the run.
    public var options: Options
    /// The counts per dimension.
    public var aggregation: SignalAggregation
    /// The clusters of signals without a national theme.
    public var clustering: SignalClustering
    /// The handling status and the days open.
    public var followUp: SignalFollowUp
    /// The regional contributions to the national themes.
    public var nationalPicture: NationalPicture

    /// Analyses `collection`.
    public init(collection: SignalCollection, options: Options = Options()) {
        self.collection = collection
        self.options = options
        let signals = collection.signals
        aggregation = SignalAggregation(signals: signals, broadThreshold: options.broadThreshold)
        clustering = SignalClustering(signals: signals, broadThreshold: options.broadThreshold, options: options.clustering)
        followUp = SignalFollowUp(signals: signals, referenceDate: options.referenceDate)
        nationalPicture = NationalPicture(workspace: collection.workspace)
    }

    /// The names a reader understands for the ids in the signals.
    public var names: SignalNames { SignalNames(workspace: collection.workspace) }
}

/// Turns the ids signals refer to into names: regions, sectors, target groups, national themes.
public struct SignalNames: Sendable {
    private let regions: [String: String]
    private let sectors: [String: String]
    private let targetGroups: [String: String]
    private let nationalThemes: [String: String]

    /// Reads the picture from the agendas of `workspace`.
    public init(workspace: Workspace) {
        let registry = workspace.registry
        regions = Dictionary(registry.regions.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        sectors = Dictionary(registry.sectors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        targetGroups = Dictionary(registry.targetGroups.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        nationalThemes = Dictionary((workspace.nationalAgenda?.themes ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// `Twente`; the code when unknown.
    public func region(_ code: String) -> String { regions[code] ?? code }
    /// `Twente (AM05)`.
    public func regionWithCode(_ code: String) -> String { regions[code].map { "\($0) (\(code))" } ?? code }
    /// The sector's name; the id when unknown.
    public func sector(_ id: String) -> String { sectors[id] ?? id }
    /// The target group's name; the id when unknown.
    public func targetGroup(_ id: String) -> String { targetGroups[id] ?? id }
    /// The national theme's title; the id when no national agenda was read.
    public func nationalTheme(_ id: String) -> String { nationalThemes[id] ?? id }

    /// The name of a group of a dimension; "" is the signals without a value.
    public func name(of key: String, in dimension: SignalAggregation.Dimension) -> String {
        if key.isEmpty {
            return switch dimension {
            case .nationalTheme: "(geen landelijk thema)"
            case .task: "(geen opgave)"
            case .sector: "(geen sector)"
            case .targetGroup: "(geen doelgroep)"
            case .kind, .urgency: "—"
            }
        }
        return switch dimension {
        case .nationalTheme: nationalTheme(key)
        case .task: AgendaTask(rawValue: key)?.dutchName ?? key
        case .sector: sector(key)
        case .targetGroup: targetGroup(key)
        case .kind, .urgency: key
        }
    }
}
