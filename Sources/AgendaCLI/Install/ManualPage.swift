import FoundationGaps

/// The manual page `mja.1` (roff, `man 1 mja`), in Dutch, made from the commands' own descriptions
/// so it lists exactly what the program does.
struct ManualPage {
    let registry: CommandRegistry

    /// The page's roff source.
    func roff() -> String {
        var lines = [
            ".TH MJA 1 \"\" \"mja \(MJA.version)\" \"Meerjarenagenda's\"",
            ".SH NAAM",
            "mja \\- \(Self.escaped(MJA.tagline.dutch))",
            ".SH OVERZICHT",
            ".B mja",
            ".I commando",
            "[\\fIopties\\fR] [\\fIPAD\\fR ...]",
            ".SH BESCHRIJVING",
            Self.escaped("mja controleert meerjarenagenda's voor de arbeidsmarkt (tekstbestanden in TOML), maakt er documenten van (Markdown, HTML, Word, PDF, dia's), schrijft voortgangsrapportages en de verschillen tussen twee versies, en bundelt de signalen van de regio's."),
            ".SH WERKRUIMTE",
            Self.escaped("De sjablonen en registers zitten in het programma. mja zoekt de werkruimte zo: met --werkruimte MAP de map die u noemt; anders vanaf de map van de agenda omhoog (elke map en haar regions/) naar registers/, de andere agenda's en templates/; dan regions/ in de huidige map; en voor elk register of sjabloon dat de werkruimte niet heeft, het ingebouwde. 'mja check -v' zegt welke zijn gebruikt."),
            ".SH COMMANDO'S",
        ]
        for command in registry.commands {
            lines.append(".TP")
            lines.append(".B mja \(command.name)" + (command.aliases.isEmpty ? "" : " \\fR(ook: \(command.aliases.joined(separator: ", ")))"))
            lines.append(Self.escaped(command.summary.dutch + "."))
            for option in command.options {
                lines.append(".br")
                lines.append("\\fB--\(option.name)\\fR" + (option.kind == .flag ? "" : " \\fI\(option.placeholder)\\fR") + ": "
                    + Self.escaped(option.summary.dutch))
            }
        }
        lines.append(".SH ALGEMENE OPTIES")
        for option in GlobalOptions.all {
            lines.append(".TP")
            lines.append("\\fB--\(option.name)\\fR" + (option.kind == .flag ? "" : " \\fI\(option.placeholder)\\fR"))
            lines.append(Self.escaped(option.summary.dutch))
        }
        lines += [
            ".SH AFSLUITCODE",
            "0: in orde; 1: de invoer heeft fouten; 2: verkeerd gebruik.",
            ".SH OMGEVING",
            Self.escaped("LANG=en* geeft Engelse meldingen; NO_COLOR zet kleur uit."),
            ".SH ZIE OOK",
            Self.escaped("mja help COMMANDO; mja explain CODE; regions/README.md en templates/README.md in de repository."),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in roff: a backslash doubled, a leading dot or quote kept from being a request,
    /// a hyphen written as a minus so options copy as typed.
    static func escaped(_ text: String) -> String {
        var text = text.replacingEvery("\\", with: "\\e").replacingEvery("-", with: "\\-")
        if text.hasPrefix(".") || text.hasPrefix("'") { text = "\\&" + text }
        return text
    }
}
