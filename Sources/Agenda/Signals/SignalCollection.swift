import Diagnostics

/// All signals the Landelijk Beraad has to weigh: those in the regional agendas of a workspace and
/// those read from CSV files and workbooks, with every problem found on the way.
///
/// A row whose region and id are already known (from an agenda or an earlier file) is the same
/// signal, matched field by field (see `SignalCollection+Reconcile`): a workbook mja wrote carries
/// the rows as written (the hidden sheet `Basis`), so an edit in the workbook is taken and listed in
/// `changes`, a change in the agenda since stands, and a field changed in both is a warning. A row
/// that repeats one earlier in the same file is a warning and left out.
public struct SignalCollection: Sendable {
    /// The agendas and registries the signals are weighed against.
    public var workspace: Workspace
    /// The signals, ordered by region, date and id.
    public internal(set) var signals: [Signal]
    /// The problems of the agendas (errors only) and of the CSV files (all), in printing order.
    public private(set) var diagnostics: [Diagnostic]
    /// The texts of the files read, for showing lines under diagnostics.
    public private(set) var sources: [String: SourceText]
    /// What reading workbooks back changed, file by file, in reading order.
    public internal(set) var changes: [SignalChange] = []

    /// The signals of the regional agendas of `workspace`.
    public init(workspace: Workspace) {
        self.workspace = workspace
        signals = []
        var seen: Set<String> = []
        diagnostics = workspace.diagnostics.filter { $0.severity == .error }
        sources = workspace.sources
        for agenda in workspace.regionalAgendas {
            for signal in agenda.signals where seen.insert(signal.qualifiedID).inserted {
                signals.append(signal)
            }
        }
        signals.sort(by: Self.order)
    }

    /// Adds the good rows of a CSV text, and reports the bad ones.
    public mutating func addCSV(_ text: String, file: String, language: Language = .dutch) {
        add(reader(language).read(text, file: file), file: file, language: language)
        sources[file] = SourceText(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// Adds the good rows of the CSV file at `path`, and reports the bad ones.
    public mutating func addCSV(file path: String, language: Language = .dutch) {
        let (output, source) = reader(language).read(file: path)
        add(output, file: path, language: language)
        if let source { sources[path] = source }
    }

    /// Adds the good rows of the Excel file at `path` (the sheet `Signalen`, or the first), and
    /// reports the bad ones by their cell.
    public mutating func addXlsx(file path: String, language: Language = .dutch) {
        add(reader(language).read(xlsxFile: path), file: path, language: language)
    }

    /// Adds the good rows of an Excel workbook's bytes; `file` names it in messages.
    public mutating func addXlsx(_ bytes: [UInt8], file: String, language: Language = .dutch) {
        add(reader(language).read(xlsx: bytes, file: file), file: file, language: language)
    }

    /// Whether any problem is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The number of distinct regions the signals come from.
    public var regionCount: Int { Set(signals.map(\.region)).count }

    private func reader(_ language: Language) -> SignalCSVReader {
        SignalCSVReader(
            registry: workspace.registry, nationalThemeIDs: workspace.nationalAgenda.map { Set($0.themes.map(\.id)) },
            language: language)
    }

    private mutating func add(_ output: SignalCSVReader.Output, file: String, language: Language) {
        var found = output.diagnostics
        reconcile(output, file: file, language: language, into: &found)
        signals.sort(by: Self.order)
        diagnostics = (diagnostics + found).sorted(by: Diagnostic.printingOrder)
    }

    /// By region, then date, then id: the order of every table.
    static func order(_ a: Signal, _ b: Signal) -> Bool {
        (a.region, a.date, a.id) < (b.region, b.date, b.id)
    }
}
