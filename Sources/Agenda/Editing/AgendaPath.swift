import Diagnostics
import TOML

/// Where each part of an agenda lives in its file, as key paths for `TOMLEditor`. The forms of
/// `mja server` write through these, so the layout of the agenda format (regions/README.md,
/// `AgendaFormat`) is named in one place: `[agenda]` for the opening, `[beleidsdeel.opgave.X]`
/// for a task, `[[thema]]` with `[thema.afwegingen]`, `[[thema.resultaat]]` and `[[thema.actie]]`,
/// an action's `begroting` and `realisatie` as arrays of inline tables, `[[signaal]]`.
public enum AgendaPath {
    /// The keys of the opening (`[agenda]`) a form edits, in the order the form shows them.
    public static let openingKeys = ["titel", "versie", "status", "vastgesteld_door", "vastgesteld_op", "beleidsperiode", "uitvoeringsperiode"]
    /// The theme keys a theme form edits (`afwegingen` apart).
    public static let themeKeys = ["titel", "beschrijving", "opgaven", "landelijk_thema", "trekker", "partners"]
    /// The answers the six criteria read, in `[thema.afwegingen]`.
    public static let criteriaKeys = ["signalen", "organisatieoverstijgend", "nergens_anders_belegd", "concreet", "vernieuwend", "opschaalbaar", "opschaalbaar_naar"]
    /// The action keys an action form edits (`begroting` apart).
    public static let actionKeys = ["titel", "beschrijving", "trekker", "partners", "start", "einde", "oplevering", "status"]
    /// The keys of one budget line, in the order the shipped agendas write them.
    public static let budgetLineKeys = ["jaar", "bron", "bedrag", "zekerheid"]

    /// `[agenda].key`.
    public static func opening(_ key: String) -> [TOMLPathComponent] { [.key("agenda"), .key(key)] }
    /// The description of a task: `[beleidsdeel.opgave.sociaal].beschrijving`.
    public static func task(_ task: AgendaTask) -> [TOMLPathComponent] {
        [.key("beleidsdeel"), .key("opgave"), .key(task.rawValue), .key("beschrijving")]
    }
    /// The array of themes.
    public static let themes: [TOMLPathComponent] = [.key("thema")]
    /// Theme `theme` (its position among the `[[thema]]` blocks, from 0).
    public static func theme(_ theme: Int) -> [TOMLPathComponent] { [.key("thema"), .index(theme)] }
    /// A key of a theme.
    public static func theme(_ theme: Int, _ key: String) -> [TOMLPathComponent] { Self.theme(theme) + [.key(key)] }
    /// A criterion's answer: `[thema.afwegingen].key`.
    public static func criterion(_ theme: Int, _ key: String) -> [TOMLPathComponent] { Self.theme(theme) + [.key("afwegingen"), .key(key)] }
    /// The array of a theme's results.
    public static func results(_ theme: Int) -> [TOMLPathComponent] { Self.theme(theme) + [.key("resultaat")] }
    /// A key of result `result` of a theme (indicator, target, `metingen`).
    public static func result(_ theme: Int, _ result: Int, _ key: String) -> [TOMLPathComponent] { results(theme) + [.index(result), .key(key)] }
    /// The array of a theme's actions.
    public static func actions(_ theme: Int) -> [TOMLPathComponent] { Self.theme(theme) + [.key("actie")] }
    /// Action `action` of theme `theme`.
    public static func action(_ theme: Int, _ action: Int) -> [TOMLPathComponent] { actions(theme) + [.index(action)] }
    /// A key of an action (`voortgang`, `peildatum` and `realisatie` are its progress).
    public static func action(_ theme: Int, _ action: Int, _ key: String) -> [TOMLPathComponent] { Self.action(theme, action) + [.key(key)] }
    /// An action's budget lines (an array of inline tables).
    public static func budget(_ theme: Int, _ action: Int) -> [TOMLPathComponent] { Self.action(theme, action, "begroting") }
    /// One budget line.
    public static func budgetLine(_ theme: Int, _ action: Int, _ line: Int) -> [TOMLPathComponent] { budget(theme, action) + [.index(line)] }
    /// The array of signals.
    public static let signals: [TOMLPathComponent] = [.key("signaal")]
    /// A key of signal `signal` (`status` and `antwoord` are the national answer).
    public static func signal(_ signal: Int, _ key: String) -> [TOMLPathComponent] { [.key("signaal"), .index(signal), .key(key)] }
    /// Signal `signal` (its position among the `[[signaal]]` blocks, from 0).
    public static func signal(_ signal: Int) -> [TOMLPathComponent] { [.key("signaal"), .index(signal)] }
    /// The keys of a signal the region writes in its signal form, in the order of the format
    /// (regions/README.md); `id` apart, and `status` and `antwoord` are the national answer's.
    public static let signalKeys = ["datum", "soort", "titel", "beschrijving", "opgave", "sectoren", "doelgroepen", "landelijke_themas", "urgentie", "vraag"]
    /// The keys of a signal that hold the national answer: the only ones `beraad` writes in a region's file.
    public static let signalAnswerKeys = ["status", "antwoord"]

    /// The position of the `[[signaal]]` with `id` in `root`, nil when there is none.
    public static func signalIndex(of id: String, in root: TOMLTable) -> Int? {
        tables(at: "signaal", in: root).firstIndex { $0["id"].flatMap(\.stringValue) == id }
    }

    /// The position of the `[[thema]]` with `id` in `root`, nil when there is none.
    public static func themeIndex(of id: String, in root: TOMLTable) -> Int? {
        tables(at: "thema", in: root).firstIndex { $0["id"].flatMap(\.stringValue) == id }
    }

    /// The position of action `id` of theme `theme` in `root`.
    public static func actionIndex(of id: String, theme: Int, in root: TOMLTable) -> Int? {
        let themes = tables(at: "thema", in: root)
        guard themes.indices.contains(theme) else { return nil }
        return tables(at: "actie", in: themes[theme]).firstIndex { $0["id"].flatMap(\.stringValue) == id }
    }

    /// The tables of the array of tables `key` of `table` (empty when there is none).
    public static func tables(at key: String, in table: TOMLTable) -> [TOMLTable] {
        guard case .array(let elements)? = table[key]?.kind else { return [] }
        return elements.compactMap { if case .table(let inner) = $0.kind { inner } else { nil } }
    }

    /// The value at `path` in `root`, nil when the path leads nowhere.
    public static func value(at path: [TOMLPathComponent], in root: TOMLTable) -> TOMLValue? {
        var current = TOMLValue(.table(root), range: SourceRange(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0)))
        for component in path {
            switch (component, current.kind) {
            case (.key(let key), .table(let table)):
                guard let next = table[key] else { return nil }
                current = next
            case (.index(let index), .array(let elements)):
                guard elements.indices.contains(index) else { return nil }
                current = elements[index]
            default: return nil
            }
        }
        return current
    }
}

extension TOMLValue {
    /// The string, when the value is one.
    public var stringValue: String? { if case .string(let text) = kind { text } else { nil } }
}

