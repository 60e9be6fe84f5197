import Diagnostics
import TOML

// Building blocks for the messages in `TOMLError+Messages.swift`: the words for what was found and what
// was expected, and for the problems with numbers.

extension TOMLError {
    /// `'x'` for a visible character, `U+000C` for an invisible one.
    static func scalarName(_ value: UInt32) -> String {
        guard let scalar = Unicode.Scalar(value) else { return hex(value) }
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || scalar.properties.isWhitespace {
            return hex(value)
        }
        return "'\(Character(scalar))'"
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func foundText(_ found: Found, in l: Language) -> String {
        switch found {
        case .character(let scalar):
            let name = scalarName(scalar.value)
            return name.hasPrefix("U+") ? l.pick("het teken \(name)", "the character \(name)") : name
        case .newline: return l.pick("het einde van de regel", "the end of the line")
        case .endOfInput: return l.pick("het einde van het bestand", "the end of the file")
        }
    }

    static func unexpectedMessage(found: Found, expected: Expectation, in l: Language) -> String {
        let what = foundText(found, in: l)
        switch expected {
        case .key:
            return l.pick("hier hoort een sleutel te staan, maar er staat \(what)",
                          "expected a key, but found \(what)")
        case .equals:
            return l.pick("na de sleutel hoort '=' te staan, maar er staat \(what)",
                          "expected '=' after the key, but found \(what)")
        case .value:
            if found == .newline || found == .endOfInput {
                return l.pick("hier ontbreekt een waarde", "a value is missing here")
            }
            return l.pick("hier hoort een waarde te staan, maar er staat \(what)",
                          "expected a value, but found \(what)")
        case .endOfLine:
            return l.pick("na de waarde hoort de regel te eindigen, maar er staat \(what)",
                          "expected the end of the line after the value, but found \(what)")
        case .tableHeaderEnd:
            return l.pick("de tabelkop mist de afsluitende ']' (er staat \(what))",
                          "the table header lacks its closing ']' (found \(what))")
        case .arrayHeaderEnd:
            return l.pick("de kop mist de afsluitende ']]' (er staat \(what))",
                          "the header lacks its closing ']]' (found \(what))")
        case .arraySeparator:
            return l.pick("in een lijst hoort na een waarde ',' of ']' te staan, maar er staat \(what)",
                          "expected ',' or ']' after a value in an array, but found \(what)")
        case .inlineTableSeparator:
            return l.pick("in een tabel tussen { } hoort na een waarde ',' of '}' te staan, maar er staat \(what)",
                          "expected ',' or '}' after a value in an inline table, but found \(what)")
        }
    }

    static func unexpectedHint(found: Found, expected: Expectation, in l: Language) -> String? {
        switch expected {
        case .key:
            return l.pick("een sleutel bestaat uit letters, cijfers, _ en -; zet andere tekens tussen aanhalingstekens, zoals \"mijn sleutel\" = 1",
                          "a bare key holds letters, digits, _ and -; quote other keys, as in \"my key\" = 1")
        case .equals:
            return l.pick("schrijf sleutel = waarde; staan er spaties of andere tekens in de sleutel, zet hem dan tussen aanhalingstekens",
                          "write key = value; quote the key if it holds spaces or other characters")
        case .value:
            return l.pick("tekst staat tussen aanhalingstekens (\"...\"); getallen, true/false, datums, [lijsten] en {tabellen} zonder",
                          "strings go in quotes (\"...\"); numbers, true/false, dates, [arrays] and {tables} do not")
        case .endOfLine:
            return l.pick("zet elke sleutel = waarde op een eigen regel; commentaar begint met #",
                          "put each key = value on a line of its own; comments start with #")
        case .tableHeaderEnd, .arrayHeaderEnd:
            return l.pick("een kop ziet eruit als [naam] of [[naam]] en staat alleen op de regel",
                          "a header looks like [name] or [[name]] and stands alone on its line")
        case .arraySeparator:
            return l.pick("scheid de waarden met komma's en sluit de lijst af met ]",
                          "separate the values with commas and close the array with ]")
        case .inlineTableSeparator:
            return l.pick("scheid de paren met komma's en sluit af met }, alles op één regel",
                          "separate the pairs with commas and close with }, all on one line")
        }
    }

    static func numberMessage(_ text: String, _ problem: NumberProblem, in l: Language) -> String {
        switch problem {
        case .leadingZero:
            return l.pick("getal \(text) begint met een overbodige 0", "number \(text) has a leading zero")
        case .misplacedUnderscore:
            return l.pick("getal \(text) heeft een _ op een verkeerde plek", "number \(text) has a misplaced _")
        case .signedPrefix:
            return l.pick("getal \(text): een + of - mag niet voor 0x, 0o of 0b staan",
                          "number \(text): a sign is not allowed before 0x, 0o or 0b")
        case .uppercasePrefix:
            return l.pick("getal \(text): schrijf 0x, 0o en 0b met een kleine letter",
                          "number \(text): write 0x, 0o and 0b in lower case")
        case .invalidDigit:
            return l.pick("getal \(text) bevat een cijfer dat in dit talstelsel niet bestaat",
                          "number \(text) has a digit its base does not have")
        case .missingDigits:
            return l.pick("getal \(text) is onvolledig: er ontbreken cijfers",
                          "number \(text) is incomplete: digits are missing")
        case .malformed:
            return l.pick("'\(text)' is geen geldig getal", "'\(text)' is not a valid number")
        }
    }
}
