import Documents

/// Options and arguments that `build` and `signalen` share, declared once so their help and
/// defaults stay the same.
extension Option {
    /// `--formaat md,html,dia`: the output formats, and `dia` for the slide decks.
    static let outputFormats = Option.list(
        "formaat", aliases: ["format"], placeholder: "FORMATEN", allowed: OutputFormat.allCases.map(\.rawValue) + [Invocation.deckFormat],
        summary: LocalizedText("Welke formaten (standaard md,html; dia voor dia's)", "Which formats (default md,html; dia for slide decks)"))

    /// `--uit MAP`: where the output goes.
    static let outputFolder = Option.value(
        "uit", aliases: ["out"], short: "o", placeholder: "MAP", default: "out",
        summary: LocalizedText("Waar de documenten komen", "Where the documents go"))

    /// `--sjablonen MAP`: the template folder.
    static let templateFolder = Option.value(
        "sjablonen", aliases: ["templates"], placeholder: "MAP", default: "templates",
        summary: LocalizedText("De map met sjablonen", "The template folder"))
}

extension Positional {
    /// `[PAD ...]`: agenda files or folders, `regions` when none is given.
    static let agendaPaths = Positional(
        "PAD", summary: LocalizedText("Agendabestanden of mappen (standaard regions)", "Agenda files or folders (default regions)"),
        repeating: true)
}

extension Invocation {
    /// The `--formaat` value that asks for the slide decks (HTML): `dia`.
    static let deckFormat = "dia"

    /// The document formats asked for with `--formaat`, Markdown and HTML when none is; none when
    /// only `dia` is.
    var outputFormats: [OutputFormat] {
        let values = values("formaat")
        return values.isEmpty ? [.markdown, .html] : values.compactMap(OutputFormat.init(rawValue:))
    }

    /// Whether `--formaat` asks for the slide decks.
    var wantsDecks: Bool { values("formaat").contains(Self.deckFormat) }
}
