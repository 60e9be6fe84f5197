import Dates

/// Dates as spreadsheets count them: the serial number of the 1900 date system, days since
/// 1899-12-31 with Lotus 1-2-3's 29 February 1900 (serial 60) that never was. From 1 March 1900 on
/// the serial is simply the days since 1899-12-30.
public enum SpreadsheetDate {
    /// The serial number of a date (1900 system).
    public static func serial(year: Int, month: Int, day: Int) -> Int {
        let days = GregorianCalendar.days(from: (1899, 12, 30), to: (year, month, day))
        return days < 61 ? days - 1 : days
    }

    /// The date of a serial number, or nil for 60 (the 29 February 1900 that does not exist) and
    /// for serials outside 1 (1900-01-01) to 2 958 465 (9999-12-31).
    public static func date(serial: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1...2_958_465).contains(serial), serial != 60 else { return nil }
        let days = (serial < 60 ? serial + 1 : serial) + GregorianCalendar.dayNumber(year: 1899, month: 12, day: 30)
        return GregorianCalendar.date(dayNumber: days)
    }
}
