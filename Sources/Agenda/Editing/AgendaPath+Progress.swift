import TOML

/// Where the results and the progress data live: `[[thema.resultaat]]` with its `metingen`, an
/// action's `voortgang`, `peildatum` and `realisatie`, the agenda's `peildatum`.
extension AgendaPath {
    /// The keys of a result a result form edits (`metingen` apart), in the order of the format.
    public static let resultKeys = ["omschrijving", "indicator", "eenheid", "bron", "nulmeting", "nulmeting_jaar", "streefwaarde", "streefdatum"]
    /// The keys of one measurement, in the order the shipped agendas write them.
    public static let measurementKeys = ["datum", "waarde", "bron"]
    /// The keys of an action's progress a progress form edits (`realisatie` apart).
    public static let progressKeys = ["status", "voortgang", "peildatum"]
    /// The keys of one realisation line.
    public static let realisedLineKeys = ["jaar", "bron", "bedrag"]

    /// Result `result` of theme `theme`.
    public static func result(_ theme: Int, _ result: Int) -> [TOMLPathComponent] { results(theme) + [.index(result)] }
    /// A result's measurements (an array of inline tables).
    public static func measurements(_ theme: Int, _ result: Int) -> [TOMLPathComponent] { Self.result(theme, result, "metingen") }
    /// An action's realised amounts (an array of inline tables).
    public static func realisation(_ theme: Int, _ action: Int) -> [TOMLPathComponent] { Self.action(theme, action, "realisatie") }
    /// The agenda's reference date: `[agenda].peildatum`.
    public static let referenceDate: [TOMLPathComponent] = opening("peildatum")

    /// The results of theme `theme` in `root` (empty when there is none).
    public static func resultTables(theme: Int, in root: TOMLTable) -> [TOMLTable] {
        let themes = tables(at: "thema", in: root)
        guard themes.indices.contains(theme) else { return [] }
        return tables(at: "resultaat", in: themes[theme])
    }
}
