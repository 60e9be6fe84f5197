/// Why what someone typed into a form field cannot be written into the agenda as it stands: a
/// located Dutch message for that field, never a guess. Codes MJA320-MJA339 belong to the forms.
public struct FieldProblem: Error, Sendable, Equatable {
    /// The stable code (`MJA321`).
    public var code: String
    /// What is wrong and how to write it, in Dutch, addressing the person as "u".
    public var message: String

    /// A problem with `code` and `message`.
    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    /// MJA320: not an amount in euros.
    public static func unreadableAmount(_ text: String) -> FieldProblem {
        FieldProblem("MJA320", "'\(text)' is geen bedrag in euro's. Schrijf het bedrag zoals 1.500.000 of 1.500.000,50 (punten tussen de duizendtallen, een komma voor de centen).")
    }

    /// MJA321: an amount that reads two ways (`1,500`: fifteen hundred as English writes it, or one
    /// and a half with the Dutch decimal comma).
    public static func ambiguousAmount(_ text: String, thousands: String, decimal: String) -> FieldProblem {
        let grouped = Euro(parsing: thousands).map { String($0.dutchNotation.dropFirst(2)) } ?? thousands
        return FieldProblem("MJA321", "'\(text)' kan \(grouped) euro betekenen (met een komma tussen de duizendtallen, zoals in het Engels) of \(decimal) euro (met een decimaalkomma); mja gokt niet. Schrijf \(grouped) of \(decimal).")
    }

    /// MJA322: not a date.
    public static func unreadableDate(_ text: String) -> FieldProblem {
        FieldProblem("MJA322", "'\(text)' is geen datum. Kies de datum in het datumveld, of schrijf hem als 31-12-2027 (dag-maand-jaar) of 2027-12-31.")
    }

    /// MJA323: not a year.
    public static func unreadableYear(_ text: String) -> FieldProblem {
        FieldProblem("MJA323", "'\(text)' is geen jaartal. Schrijf het jaar in vier cijfers, zoals 2026.")
    }

    /// MJA324: an id that cannot be used.
    public static func unusableID(_ text: String) -> FieldProblem {
        FieldProblem("MJA324", "'\(text)' kan geen id zijn. Gebruik kleine letters, cijfers en streepjes, zoals 'leerwerkbanen-techniek'.")
    }

    /// MJA325: an id that is already used.
    public static func idInUse(_ text: String, kind: String) -> FieldProblem {
        FieldProblem("MJA325", "Er is al een \(kind) met id '\(text)'. Kies een andere korte naam.")
    }

    /// MJA326: a field that must be filled in.
    public static func required(_ label: String) -> FieldProblem {
        FieldProblem("MJA326", "Vul \(label) in; zonder kan het niet in de agenda.")
    }
}
