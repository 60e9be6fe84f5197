import Documents

/// Options and arguments that `build` and `signalen` share, declared once so their help and
/// defaults stay the same.
extension Option {
    /// `--formaat md,html`: the output formats.
    static let outputFormats = Option.list(
        "formaat", aliases: ["format"], placeholder: "FORMATEN", allowed: OutputFormat.allCases.map(\.rawValue),
        summary: LocalizedText("Welke formaten (standaard md,html)", "Which formats (default md,html)"))

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
    /// The formats asked for with `--formaat`, Markdown and HTML when none is.
    var outputFormats: [OutputFormat] {
        let formats = values("formaat").compactMap(OutputFormat.init(rawValue:))
        return formats.isEmpty ? [.markdown, .html] : formats
    }
}
