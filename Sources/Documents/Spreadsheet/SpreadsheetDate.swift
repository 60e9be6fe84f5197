/// Dates as spreadsheets count them: the serial number of the 1900 date system, days since
/// 1899-12-31 with Lotus 1-2-3's 29 February 1900 (serial 60) that never was. From 1 March 1900 on
/// the serial is simply the days since 1899-12-30.
public enum SpreadsheetDate {
    /// The serial number of a date (1900 system).
    public static func serial(year: Int, month: Int, day: Int) -> Int {
        let days = daysFromCivil(year, month, day) - daysFromCivil(1899, 12, 30)
        return days < 61 ? days - 1 : days
    }

    /// The date of a serial number, or nil for 60 (the 29 February 1900 that does not exist) and
    /// for serials outside 1 (1900-01-01) to 2 958 465 (9999-12-31).
    public static func date(serial: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1...2_958_465).contains(serial), serial != 60 else { return nil }
        let days = (serial < 60 ? serial + 1 : serial) + daysFromCivil(1899, 12, 30)
        return civil(fromDays: days)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
