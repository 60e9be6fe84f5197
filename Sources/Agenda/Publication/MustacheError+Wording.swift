import Diagnostics
import Mustache

// The one place where the text of template errors is made, in Dutch and English, with the rule
// codes of the toolkit: the Mustache module gives typed errors only.

extension MustacheError {
    /// The stable diagnostic code: `MJA070` for syntax errors, `MJA071` for names that refer to
    /// nothing (a value or a template), `MJA072` for problems loading template files.
    public var code: String {
        switch reason {
        case .unclosedTag, .unclosedSection, .unexpectedClose, .mismatchedClose, .emptyTagName, .invalidName,
            .invalidDelimiters:
            "MJA070"
        case .missingPartial, .missingValue, .recursionTooDeep: "MJA071"
        case .unreadableFile, .notAFolder, .duplicateTemplate: "MJA072"
        }
    }

    /// The problem as a ``Diagnostic`` in `language`, located in its file or else the template name.
    public func diagnostic(in language: Language = .dutch) -> Diagnostic {
        Diagnostic(
            severity: .error, code: code, message: message(in: language), file: file ?? templateName, range: range,
            hint: hint(in: language))
    }

    /// The message for a person, in `language` (Dutch by default).
    public func message(in language: Language = .dutch) -> String {
        switch reason {
        case .unclosedTag(let opening, let closing):
            language.pick(
                "tag '\(opening)' wordt niet gesloten met '\(closing)'",
                "tag '\(opening)' is not closed with '\(closing)'")
        case .unclosedSection(let name):
            language.pick(
                "sectie '\(name)' wordt nergens gesloten met '{{/\(name)}}'",
                "section '\(name)' is never closed with '{{/\(name)}}'")
        case .unexpectedClose(let name):
            language.pick(
                "'{{/\(name)}}' sluit geen geopende sectie",
                "'{{/\(name)}}' closes no open section")
        case .mismatchedClose(let found, let open, let openLine):
            language.pick(
                "'{{/\(found)}}' sluit sectie '\(open)' van regel \(openLine)",
                "'{{/\(found)}}' closes section '\(open)' opened on line \(openLine)")
        case .emptyTagName:
            language.pick("tag zonder naam", "tag without a name")
        case .invalidName(let name):
            language.pick("ongeldige naam '\(name)' in tag", "invalid name '\(name)' in tag")
        case .invalidDelimiters(let content):
            language.pick(
                "ongeldige scheidingstekens '\(content)'",
                "invalid delimiters '\(content)'")
        case .missingPartial(let name):
            language.pick("sjabloon '\(name)' bestaat niet", "template '\(name)' does not exist")
        case .missingValue(let name):
            language.pick("geen waarde voor '\(name)'", "no value for '\(name)'")
        case .recursionTooDeep(let name, let limit):
            language.pick(
                "sjabloon '\(name)' is meer dan \(limit) niveaus diep in zichzelf opgenomen",
                "template '\(name)' includes itself more than \(limit) levels deep")
        case .unreadableFile(let reason):
            language.pick("kan sjabloon niet lezen: \(reason)", "cannot read template: \(reason)")
        case .notAFolder:
            language.pick("'\(templateName)' is geen map", "'\(templateName)' is not a folder")
        case .duplicateTemplate(let name, let otherFile):
            language.pick(
                "sjabloon '\(name)' bestaat ook als '\(otherFile)'",
                "template '\(name)' also exists as '\(otherFile)'")
        }
    }

    /// What to do about it, in `language`, when a fix is known.
    public func hint(in language: Language = .dutch) -> String? {
        switch reason {
        case .unclosedTag(_, let closing):
            language.pick("voeg '\(closing)' toe aan het eind van de tag", "add '\(closing)' at the end of the tag")
        case .unclosedSection(let name):
            language.pick("voeg '{{/\(name)}}' toe waar de sectie eindigt", "add '{{/\(name)}}' where the section ends")
        case .unexpectedClose:
            language.pick(
                "verwijder de tag, of open de sectie eerder met '{{#...}}'",
                "remove the tag, or open the section earlier with '{{#...}}'")
        case .mismatchedClose(_, let open, _):
            language.pick(
                "sluit eerst '\(open)' met '{{/\(open)}}'; secties sluiten in omgekeerde volgorde",
                "close '\(open)' first with '{{/\(open)}}'; sections close in reverse order")
        case .emptyTagName:
            language.pick("zet een naam in de tag, zoals '{{titel}}'", "put a name in the tag, such as '{{title}}'")
        case .invalidName:
            language.pick(
                "namen hebben geen spaties; delen worden gescheiden door één punt, zoals 'regio.naam'",
                "names have no spaces; parts are separated by one dot, as in 'region.name'")
        case .invalidDelimiters:
            language.pick(
                "schrijf het als '{{=<% %>=}}': twee scheidingstekens zonder '=' of spaties",
                "write it as '{{=<% %>=}}': two delimiters without '=' or spaces")
        case .missingPartial:
            suggestion.map { language.pick("bedoelde u '\($0)'?", "did you mean '\($0)'?") }
                ?? language.pick("controleer de naam van het sjabloon", "check the name of the template")
        case .missingValue:
            suggestion.map { language.pick("bedoelde u '\($0)'?", "did you mean '\($0)'?") }
                ?? language.pick("controleer de spelling van de naam", "check the spelling of the name")
        case .recursionTooDeep:
            language.pick(
                "zet de opname van het sjabloon in een sectie die ergens stopt",
                "put the inclusion inside a section that stops somewhere")
        case .duplicateTemplate:
            language.pick("hernoem of verwijder een van de twee bestanden", "rename or remove one of the two files")
        case .notAFolder:
            language.pick("geef met --sjablonen de map met de sjablonen", "give the template folder with --sjablonen")
        case .unreadableFile:
            nil
        }
    }
}
