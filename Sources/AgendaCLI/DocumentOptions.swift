import Documents

/// Options and arguments that the commands writing documents (`build`, `signalen`, `voortgang`,
/// `verschil`) share, declared once so their help and defaults stay the same.
extension Option {
    /// `--formaat md,html,dia`: the formats of the documents, offering only those that one of
    /// `kinds` is made in, so the parser refuses any other (exit 2) before anything is written and
    /// the help lists what the command really makes.
    static func outputFormats(for kinds: [DocumentKind]) -> Option {
        let formats = DocumentKind.formats(of: kinds)
        let defaults = DocumentFormat.defaults.map(\.name).joined(separator: ",")
        let deck = formats.contains(.deck)
        return Option.list(
            "formaat", aliases: ["format"], placeholder: "FORMATEN", allowed: formats.map(\.name),
            summary: LocalizedText("Welke formaten (standaard \(defaults)\(deck ? "; dia voor dia's" : ""))",
                                   "Which formats (default \(defaults)\(deck ? "; dia for slide decks" : ""))"))
    }

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
    /// The document formats asked for with `--formaat`, each once, in the order given;
    /// ``DocumentFormat/defaults`` when none is. Other words (`json` of `mja verschil`) are skipped.
    var documentFormats: [DocumentFormat] {
        var formats: [DocumentFormat] = []
        for format in values("formaat").compactMap(DocumentFormat.init(name:)) where !formats.contains(format) {
            formats.append(format)
        }
        return formats.isEmpty ? DocumentFormat.defaults : formats
    }
}
