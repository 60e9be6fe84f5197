import Dates
import Diagnostics
import TOML

// The text of every TOML error, in Dutch and English, written for people who edit the files by hand
// and do not know the TOML grammar by name. The TOML library gives the facts; the words are made
// here, in one place.

extension TOMLError {
    /// The message in the reader's language, such as "sleutel 'titel' staat al op regel 4".
    public func message(in language: Language) -> String {
        let l = language
        switch reason {
        case .invalidUTF8:
            return l.pick("ongeldige UTF-8: het bestand is niet als UTF-8 opgeslagen of is beschadigd",
                          "invalid UTF-8: the file is not saved as UTF-8 or is damaged")
        case .bareCarriageReturn:
            return l.pick("losse regelterugloop (CR) zonder regeleinde (LF)",
                          "carriage return (CR) without a line feed (LF)")
        case .controlCharacter(let value, let place):
            let name = Self.scalarName(value)
            switch place {
            case .string: return l.pick("stuurteken \(name) is niet toegestaan in tekst",
                                        "control character \(name) is not allowed in a string")
            case .comment: return l.pick("stuurteken \(name) is niet toegestaan in commentaar",
                                         "control character \(name) is not allowed in a comment")
            }
        case .unexpected(let found, let expected):
            return Self.unexpectedMessage(found: found, expected: expected, in: l)
        case .invalidValue(let text):
            return l.pick("'\(text)' is geen geldige waarde", "'\(text)' is not a valid value")
        case .unterminatedString(let style):
            switch style {
            case .basic, .literal:
                return l.pick("tekst zonder afsluitend aanhalingsteken", "string without a closing quote")
            case .multilineBasic:
                return l.pick("tekst over meerdere regels zonder afsluitende \"\"\"",
                              "multi-line string without a closing \"\"\"")
            case .multilineLiteral:
                return l.pick("tekst over meerdere regels zonder afsluitende '''",
                              "multi-line string without a closing '''")
            }
        case .invalidEscape(let text):
            return l.pick("onbekende escape '\(text)' in tekst", "unknown escape '\(text)' in a string")
        case .invalidUnicodeEscape(let text):
            return l.pick("'\(text)' is geen geldig Unicode-teken", "'\(text)' is not a valid Unicode character")
        case .invalidNumber(let text, let problem):
            return Self.numberMessage(text, problem, in: l)
        case .integerOutOfRange(let text):
            return l.pick("getal \(text) is te groot of te klein (grenzen: -9223372036854775808 tot 9223372036854775807)",
                          "integer \(text) is out of range (-9223372036854775808 to 9223372036854775807)")
        case .invalidDateTime(let text):
            return l.pick("'\(text)' is geen geldige datum of tijd", "'\(text)' is not a valid date or time")
        case .nonexistentDate(let year, let month, let day):
            let text = LocalDate(year: year, month: month, day: day).description
            return l.pick("datum \(text) bestaat niet", "date \(text) does not exist")
        case .invalidTime(let text):
            return l.pick("tijd '\(text)' bestaat niet", "time '\(text)' does not exist")
        case .nestingTooDeep(let limit):
            return l.pick("te diep genest: meer dan \(limit) niveaus van lijsten en tabellen in elkaar",
                          "nested too deeply: more than \(limit) levels of arrays and tables")
        case .newlineInInlineTable:
            return l.pick("een tabel tussen { } moet op één regel staan",
                          "an inline table { } must stay on one line")
        case .trailingCommaInInlineTable:
            return l.pick("komma voor de afsluitende } van een tabel",
                          "comma before the closing } of an inline table")
        case .duplicateKey(let key, let first):
            return l.pick("sleutel '\(key)' staat al op regel \(first.line)",
                          "key '\(key)' is already defined on line \(first.line)")
        case .duplicateTable(let name, let first):
            return l.pick("tabel [\(name)] staat al op regel \(first.line)",
                          "table [\(name)] is already defined on line \(first.line)")
        case .tableDefinedByDottedKeys(let name, let first):
            return l.pick("tabel [\(name)] is al gemaakt met sleutels met punten op regel \(first.line)",
                          "table [\(name)] was already made by dotted keys on line \(first.line)")
        case .dottedKeyExtendsTable(let name, let first):
            return l.pick("tabel '\(name)' heeft een eigen kop op regel \(first.line) en kan hier niet met een sleutel met punten worden aangevuld",
                          "table '\(name)' has its own header on line \(first.line) and cannot be extended with a dotted key here")
        case .inlineTableExtended(let name, let first):
            return l.pick("tabel '\(name)' is op regel \(first.line) tussen { } geschreven en kan daarna niet worden aangevuld",
                          "table '\(name)' is written inline on line \(first.line) and cannot be extended afterwards")
        case .staticArrayExtended(let name, let first):
            return l.pick("lijst '\(name)' is op regel \(first.line) tussen [ ] geschreven en kan niet met [[\(name)]] worden aangevuld",
                          "array '\(name)' is written as a value on line \(first.line) and cannot be extended with [[\(name)]]")
        case .notATable(let name, let first):
            return l.pick("'\(name)' heeft op regel \(first.line) al een waarde en is geen tabel",
                          "'\(name)' already has a value on line \(first.line) and is not a table")
        case .arrayOfTablesUsedAsTable(let name, let first):
            return l.pick("'\(name)' is op regel \(first.line) een lijst van tabellen ([[\(name)]]), geen gewone tabel",
                          "'\(name)' is an array of tables ([[\(name)]]) since line \(first.line), not a table")
        case .tableUsedAsArrayOfTables(let name, let first):
            return l.pick("'\(name)' is op regel \(first.line) al een gewone tabel en kan geen lijst van tabellen worden",
                          "'\(name)' is already a table since line \(first.line) and cannot become an array of tables")
        case .multilineStringRunsOn(let style, let swallowed, let line):
            let delimiter = style == .multilineLiteral ? "'''" : "\"\"\""
            return l.pick("tekst over meerdere regels zonder afsluitende \(delimiter): de tekst loopt door tot in '\(swallowed)' op regel \(line)",
                          "multi-line string without a closing \(delimiter): the text runs on into '\(swallowed)' on line \(line)")
        }
    }

    /// What to do about it, when a fix is known.
    public func hint(in language: Language) -> String? {
        let l = language
        switch reason {
        case .invalidUTF8:
            return l.pick("sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' en dan codering UTF-8)",
                          "save the file as UTF-8 (in most editors: 'Save as' and choose the UTF-8 encoding)")
        case .bareCarriageReturn:
            return l.pick("sla het bestand op met gewone regeleinden (LF of CRLF)",
                          "save the file with normal line endings (LF or CRLF)")
        case .controlCharacter(_, .string):
            return l.pick("schrijf een tab als \\t en een regeleinde als \\n, of gebruik \"\"\"tekst over meerdere regels\"\"\"",
                          "write a tab as \\t and a line break as \\n, or use a \"\"\"multi-line string\"\"\"")
        case .controlCharacter(_, .comment):
            return l.pick("verwijder het onzichtbare teken uit het commentaar",
                          "remove the invisible character from the comment")
        case .unexpected(let found, let expected):
            return Self.unexpectedHint(found: found, expected: expected, in: l)
        case .invalidValue:
            return l.pick("zet tekst tussen aanhalingstekens, bijvoorbeeld \"Hallo\"; true en false schrijft u met kleine letters",
                          "put text in quotes, for example \"Hello\"; write true and false in lower case")
        case .unterminatedString(.basic):
            return l.pick("sluit de tekst af met \" op dezelfde regel, of gebruik \"\"\" voor tekst over meerdere regels",
                          "end the string with \" on the same line, or use \"\"\" for a multi-line string")
        case .unterminatedString(.literal):
            return l.pick("sluit de tekst af met ' op dezelfde regel, of gebruik ''' voor tekst over meerdere regels",
                          "end the string with ' on the same line, or use ''' for a multi-line string")
        case .unterminatedString:
            return nil
        case .invalidEscape:
            return l.pick("schrijf een backslash als \\\\; toegestaan zijn \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX en \\UXXXXXXXX, of gebruik 'enkele aanhalingstekens' zonder escapes",
                          "write a backslash as \\\\; allowed are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX and \\UXXXXXXXX, or use 'single quotes' without escapes")
        case .invalidUnicodeEscape:
            return l.pick("een \\u-escape noemt een Unicode-teken tot en met 10FFFF, maar niet D800 tot DFFF",
                          "a \\u escape names a Unicode character up to 10FFFF, but not D800 to DFFF")
        case .invalidNumber(_, .leadingZero):
            return l.pick("laat de voorloopnullen weg, of zet de waarde tussen aanhalingstekens als het een code is (\"0612\")",
                          "drop the leading zeros, or quote the value if it is a code (\"0612\")")
        case .invalidNumber(_, .misplacedUnderscore):
            return l.pick("een _ mag alleen tussen twee cijfers staan, zoals in 1_000_000",
                          "an _ may only stand between two digits, as in 1_000_000")
        case .invalidNumber:
            return l.pick("bedragen en aantallen schrijft u als 1500 of 1500.50, zonder punt als duizendtal-teken",
                          "write amounts as 1500 or 1500.50, without thousands separators")
        case .integerOutOfRange:
            return l.pick("zet zeer grote getallen tussen aanhalingstekens", "quote very large numbers")
        case .invalidDateTime:
            return l.pick("schrijf een datum als 2026-03-01, een tijd als 09:30:00 en beide als 2026-03-01T09:30:00",
                          "write a date as 2026-03-01, a time as 09:30:00 and both as 2026-03-01T09:30:00")
        case .nonexistentDate(let year, let month, _):
            let days = LocalDate.numberOfDays(inMonth: month, year: year)
            return l.pick("maand \(month) van \(year) heeft \(days) dagen", "month \(month) of \(year) has \(days) days")
        case .invalidTime:
            return l.pick("uren gaan van 00 tot 23, minuten en seconden van 00 tot 59",
                          "hours run from 00 to 23, minutes and seconds from 00 to 59")
        case .nestingTooDeep:
            return l.pick("maak de structuur platter", "flatten the structure")
        case .newlineInInlineTable:
            return l.pick("zet de tabel op één regel, of gebruik een kop [naam] met daaronder sleutel = waarde",
                          "put the table on one line, or use a [name] header with key = value lines below it")
        case .trailingCommaInInlineTable:
            return l.pick("verwijder de laatste komma", "remove the last comma")
        case .duplicateKey:
            return l.pick("verwijder een van de twee, of geef deze een andere naam",
                          "remove one of the two, or give this one another name")
        case .duplicateTable:
            return l.pick("voeg de twee tabellen samen, of gebruik [[naam]] voor een lijst van tabellen",
                          "merge the two tables, or use [[name]] for an array of tables")
        case .tableDefinedByDottedKeys, .dottedKeyExtendsTable:
            return l.pick("schrijf alle sleutels van deze tabel op één plek: onder één kop, of allemaal met punten",
                          "write all keys of this table in one place: under one header, or all as dotted keys")
        case .inlineTableExtended:
            return l.pick("zet alle sleutels tussen de { }, of schrijf de tabel met een kop [naam]",
                          "put all keys inside the { }, or write the table with a [name] header")
        case .staticArrayExtended:
            return l.pick("gebruik alleen [[naam]]-koppen voor deze lijst, of alleen naam = [ ... ]",
                          "use only [[name]] headers for this array, or only name = [ ... ]")
        case .notATable:
            return l.pick("geef de tabel een andere naam, of verwijder de eerdere waarde",
                          "give the table another name, or remove the earlier value")
        case .arrayOfTablesUsedAsTable:
            return l.pick("gebruik [[naam]] om een nieuw element toe te voegen",
                          "use [[name]] to add another element")
        case .tableUsedAsArrayOfTables:
            return l.pick("gebruik overal [[naam]] als het een lijst van tabellen moet zijn",
                          "use [[name]] everywhere if this should be an array of tables")
        case .multilineStringRunsOn(let style, _, let line):
            let delimiter = style == .multilineLiteral ? "'''" : "\"\"\""
            return l.pick("sluit de tekst af met \(delimiter) op een eigen regel, vóór regel \(line)",
                          "close the text with \(delimiter) on a line of its own, before line \(line)")
        }
    }
}
