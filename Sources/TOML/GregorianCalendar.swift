/// The proleptic Gregorian calendar, as far as the parser needs it.
enum GregorianCalendar {
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1-12) of `year`; 0 for a month that does not exist.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }
}

extension LocalDate {
    /// The number of days in `month` (1-12) of `year` in the proleptic Gregorian calendar, the one
    /// TOML's dates use; 0 for a month that does not exist. For messages that name the last day.
    public static func numberOfDays(inMonth month: Int, year: Int) -> Int {
        GregorianCalendar.daysIn(month: month, year: year)
    }
}
