/// The proleptic Gregorian calendar, the one place its rule lives: a year is a leap year when it
/// is divisible by 4, except a century year, which is one only when divisible by 400 (1900 was
/// not, 2000 was). Month lengths, whether a date exists and the days between two dates all follow
/// from it; every module that checks or counts dates asks here.
public enum GregorianCalendar {
    /// Whether `year` has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` (1-12) of `year`; 0 for a month that does not exist.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    /// Whether `year`-`month`-`day` is a day of the calendar (no 31 April, no 29 February 2026).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// The days from 1970-01-01 to the date (negative before it), for any valid date.
    ///
    /// Howard Hinnant's `days_from_civil`: counting years from 1 March, the leap day falls at the
    /// end of a year, and a 400-year era has 146 097 days. The divisions by 4, 100 and 400 count
    /// the leap days of ``isLeapYear(_:)``; the tests hold the two to each other.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01 (Hinnant's `civil_from_days`).
    public static func date(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The days from the first date to the second (negative when the second is earlier).
    public static func days(
        from start: (year: Int, month: Int, day: Int), to end: (year: Int, month: Int, day: Int)
    ) -> Int {
        dayNumber(year: end.year, month: end.month, day: end.day) - dayNumber(year: start.year, month: start.month, day: start.day)
    }
}
