import Dates
import Diagnostics
import TOML

// The words for the habits of `SyntaxHabit`: what was written, why TOML reads it otherwise, and
// the fix with the reader's own value and key.

extension SyntaxHabit {
    /// What was written, and why TOML reads it otherwise.
    func message(in l: Language) -> String {
        switch self {
        case .dayMonthYearDate(let written, _):
            return l.pick("'\(written)' is een datum als dag-maand-jaar; een datum staat hier als jaar-maand-dag",
                          "'\(written)' is a date as day-month-year; dates are written year-month-day here")
        case .decimalComma(let written, _):
            return l.pick("'\(written)' heeft een komma als decimaalteken; hier is dat een punt",
                          "'\(written)' has a decimal comma; a decimal point is used here")
        case .groupedNumber(let written, _, _):
            return l.pick("'\(written)' is een getal zoals Word en Excel het tonen (met € of euro, punten voor de duizendtallen, een komma of ,-); zo kan het alleen als tekst",
                          "'\(written)' is a number as Word and Excel show it (with € or euro, thousands points, a comma or ,-); written like that it can only be text")
        case .curlyQuotes(let written, _):
            return l.pick("\(written) staat tussen gekrulde aanhalingstekens, zoals Word ze zet; tekst staat tussen rechte aanhalingstekens (\")",
                          "\(written) is between curly quotes, as Word types them; text goes between straight quotes (\")")
        case .quoteInsideString(let written, _, _):
            return l.pick("de tekst \(written) bevat zelf een aanhalingsteken, en dat sluit de tekst al af",
                          "the text \(written) holds a quote itself, and that quote already ends the text")
        case .unquotedText(let written, _):
            return l.pick("'\(written)' staat niet tussen aanhalingstekens; tekst hoort tussen \"...\"",
                          "'\(written)' is not in quotes; text goes between \"...\"")
        case .yesNoWord(let written, let fixed):
            return l.pick("'\(written)' is geen ja/nee-waarde; ja en nee schrijft u als true en false (hier: \(fixed))",
                          "'\(written)' is not a yes/no value; write yes and no as true and false (here: \(fixed))")
        case .singleBrackets(let name, let arrayLine):
            return l.pick("[\(name)] staat tussen enkele haken, maar [[\(name)]] op regel \(arrayLine) maakt er een lijst van; elk element begint met dubbele haken",
                          "[\(name)] is in single brackets, but [[\(name)]] on line \(arrayLine) makes it a list; every element starts with double brackets")
        case .nonexistentDayMonthYear(let written, let year, let month, let day, _):
            let days = LocalDate.numberOfDays(inMonth: month, year: year)
            return l.pick("'\(written)' is een datum als dag-maand-jaar, en die dag bestaat niet: \(monthName(month, l)) \(year) heeft \(days) dagen, geen \(day)",
                          "'\(written)' is a date as day-month-year, and that day does not exist: \(monthName(month, l)) \(year) has \(days) days, not \(day)")
        case .unclosedHeader(let written, let fixed):
            let missing = String(fixed.dropFirst(written.count))
            return l.pick("de kop \(written) mist de afsluitende '\(missing)'", "the header \(written) lacks its closing '\(missing)'")
        case .percentSign(let written, _):
            return l.pick("'\(written)' heeft een procentteken; een getal staat hier zonder %",
                          "'\(written)' has a percent sign; a number is written here without %")
        case .listWithoutBrackets(let written, _):
            return l.pick("\(written) zijn meer teksten na één =; een lijst staat tussen [ en ]",
                          "\(written) are several texts after one =; a list goes between [ and ]")
        }
    }

    /// The fix, with the value written the right way after its key (when it has one).
    func hint(key: String?, in l: Language) -> String {
        func write(_ value: String) -> String { key.map { "\($0) = \(value)" } ?? value }
        switch self {
        case .dayMonthYearDate(_, let fixed):
            return l.pick("schrijf: \(write(fixed)) (jaar-maand-dag, zonder aanhalingstekens)",
                          "write: \(write(fixed)) (year-month-day, without quotes)")
        case .decimalComma(_, let fixed):
            return l.pick("schrijf: \(write(fixed))", "write: \(write(fixed))")
        case .groupedNumber(_, let number, let text):
            return l.pick("schrijf het getal zonder die tekens: \(write(number)); of, voor een bedrag, als tekst: \(write(text))",
                          "write the number without those characters: \(write(number)); or, for an amount, as text: \(write(text))")
        case .curlyQuotes(_, let fixed):
            return l.pick("schrijf: \(write(fixed)) (zet in uw editor 'slimme aanhalingstekens' uit)",
                          "write: \(write(fixed)) (turn off 'smart quotes' in your editor)")
        case .quoteInsideString(_, let fixed, let literal?):
            return l.pick("zet een \\ voor elk aanhalingsteken in de tekst: \(write(fixed)); of gebruik enkele aanhalingstekens eromheen: \(write(literal))",
                          "put a \\ before each quote inside the text: \(write(fixed)); or use single quotes around it: \(write(literal))")
        case .quoteInsideString(_, let fixed, nil):
            return l.pick("zet een \\ voor elk aanhalingsteken in de tekst: \(write(fixed))",
                          "put a \\ before each quote inside the text: \(write(fixed))")
        case .unquotedText(_, let fixed):
            return l.pick("schrijf: \(write(fixed))", "write: \(write(fixed))")
        case .yesNoWord(_, let fixed):
            return l.pick("schrijf: \(write(fixed))", "write: \(write(fixed))")
        case .singleBrackets(let name, _):
            return l.pick("schrijf: [[\(name)]]", "write: [[\(name)]]")
        case .nonexistentDayMonthYear(_, _, _, _, let lastDay):
            return l.pick("schrijf een dag die bestaat, als jaar-maand-dag, bijvoorbeeld de laatste van die maand: \(write(lastDay))",
                          "write a day that exists, as year-month-day, for example the last of that month: \(write(lastDay))")
        case .unclosedHeader(_, let fixed):
            return l.pick("schrijf: \(fixed)", "write: \(fixed)")
        case .percentSign(_, let number):
            return l.pick("schrijf: \(write(number)) (zonder %)", "write: \(write(number)) (without %)")
        case .listWithoutBrackets(_, let fixed):
            return l.pick("schrijf: \(write(fixed))", "write: \(write(fixed))")
        }
    }
}

/// The name of month `month` (1-12) in the reader's language.
private func monthName(_ month: Int, _ l: Language) -> String {
    let dutch = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    guard (1...12).contains(month) else { return "\(month)" }
    return l.pick(dutch[month - 1], english[month - 1])
}
