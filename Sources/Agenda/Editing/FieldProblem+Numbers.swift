/// The forms' messages about numbers that are not amounts: an indicator's baseline, target and
/// measurements, and an action's progress in percent. Codes MJA390-MJA399.
extension FieldProblem {
    /// MJA390: not a number.
    public static func unreadableNumber(_ text: String) -> FieldProblem {
        FieldProblem("MJA390", "'\(text)' is geen getal. Schrijf het getal zoals 1.500 of 12,5 (punten tussen de duizendtallen, een komma voor de decimalen).")
    }

    /// MJA391: a number that reads two ways: `1,500` (fifteen hundred as English writes it, or one
    /// and a half with the Dutch decimal comma), or `1.500` where the unit (`%`) makes fifteen
    /// hundred implausible.
    public static func ambiguousNumber(_ text: String, thousands: String, decimal: String, unit: String? = nil) -> FieldProblem {
        let suffix = unit.map { " " + $0 } ?? ""
        return FieldProblem("MJA391", "'\(text)' kan \(thousands)\(suffix) betekenen (met een scheidingsteken tussen de duizendtallen) of \(decimal)\(suffix) (met een decimaalkomma); mja gokt niet. Schrijf \(thousands) of \(decimal).")
    }

    /// MJA392: a point used as the decimal separator (`1.5`): in Dutch the point groups thousands.
    public static func pointAsDecimal(_ text: String, suggestion: String) -> FieldProblem {
        FieldProblem("MJA392", "'\(text)' is geen Nederlands getal: de punt staat tussen de duizendtallen (1.500), de komma voor de decimalen. Bedoelt u \(suggestion)? Schrijf dat dan.")
    }

    /// MJA393: more digits than the file can hold exactly (a float keeps 15).
    public static func tooPrecise(_ text: String) -> FieldProblem {
        FieldProblem("MJA393", "'\(text)' heeft meer cijfers dan mja precies in de agenda kan schrijven: gebruik hoogstens 15 cijfers, zo nodig afgerond.")
    }

    /// MJA394: an action's progress that is not a whole percentage from 0 to 100.
    public static func unreadablePercentage(_ text: String) -> FieldProblem {
        FieldProblem("MJA394", "'\(text)' is geen voortgang in procenten. Schrijf een heel getal van 0 tot en met 100, zoals 35.")
    }
}
