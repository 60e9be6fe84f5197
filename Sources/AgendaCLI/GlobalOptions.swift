import Diagnostics

/// The options every command takes: `--help`, `--version`, `--lang`, `--kleur` and `--werkruimte`.
enum GlobalOptions {
    static let help = Option.flag("help", short: "h", summary: LocalizedText("Toont de hulp", "Shows the help"))
    static let version = Option.flag(
        "version", aliases: ["versie"], summary: LocalizedText("Toont het versienummer", "Shows the version number"))
    static let language = Option.value(
        "lang", aliases: ["taal"], placeholder: "TAAL", allowed: ["nl", "en"],
        summary: LocalizedText(
            "Taal van de meldingen (standaard: nl, of en bij LANG=en)",
            "Language of the messages (default: nl, or en with LANG=en)"))
    static let color = Option.value(
        "kleur", aliases: ["color"], placeholder: "WANNEER", allowed: ColorChoice.allCases.map(\.rawValue) + ["always", "never"],
        default: ColorChoice.auto.rawValue,
        summary: LocalizedText(
            "Kleur in de uitvoer; auto: alleen op een terminal en zonder NO_COLOR",
            "Colour in the output; auto: only on a terminal and without NO_COLOR"))

    static let workspace = Option.value(
        "werkruimte", aliases: ["workspace"], placeholder: "MAP",
        summary: LocalizedText(
            "De werkruimte: de map met agenda's, registers/ en templates/",
            "The workspace: the folder with agendas, registers/ and templates/"))

    /// All global options, in the order the help lists them.
    static let all = [help, version, language, color, workspace]
    /// The global options that make sense in the help of a single command.
    static let forCommands = [help, language, color, workspace]
}

/// When to colour the output: `--kleur auto|altijd|nooit`.
public enum ColorChoice: String, Sendable, Hashable, CaseIterable {
    /// Colour only on a terminal, and not when `NO_COLOR` is set (non-empty) or `TERM=dumb`.
    case auto
    /// Always colour, even into a file or a pipe, whatever the environment says.
    case always = "altijd"
    /// Never colour.
    case never = "nooit"

    /// Whether to colour a stream that is (or is not) a terminal, in this environment.
    public func allowsColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}
