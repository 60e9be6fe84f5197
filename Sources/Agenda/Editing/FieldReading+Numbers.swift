import FoundationEssentials
import FoundationGaps
import TOML

extension FieldReading {
    /// A number typed the Dutch way (an indicator's baseline, target or measurement): `1.500` is
    /// fifteen hundred, `1,5` one and a half, `1.500.000,25` as written; nil when empty.
    ///
    /// Never a guess: `1,500` (a comma and exactly three digits) reads as fifteen hundred the
    /// English way and as one and a half the Dutch way (MJA391); so does `1.500` when the `unit`
    /// (`%`, `cijfer`) makes fifteen hundred implausible and one and a half fits (the agenda's own
    /// reading of `1.500`, `AmbiguousNumber`). A point that cannot group thousands (`1.5`) is the
    /// English decimal point (MJA392); the message of either names the decimal so that it reads one
    /// way (`1,1250` for `1,125`, one and an eighth), which is read and written `1.1250`
    /// (``writtenNumber(_:)``). More than 15 digits is refused (MJA393): a float holds no more exactly.
    ///
    /// `current` is the value the file holds there: the same number typed back (`1,1250` for a
    /// `1.1250` in the file) is accepted even when the form could not write it anew.
    public static func number(_ typed: String, unit: String? = nil, current: TOMLValue? = nil) throws(FieldProblem) -> Decimal? {
        let text = typed.trimming(.spaces)
        guard !text.isEmpty else { return nil }
        // Spaces between groups (`1 500`, a no-break space) are read as people mean them.
        var body = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body.removeFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else { throw .unreadableNumber(text) }
        let commaParts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard commaParts.count <= 2 else { throw .unreadableNumber(text) }
        let whole = String(commaParts[0])
        let fraction = commaParts.count == 2 ? String(commaParts[1]) : nil
        if let fraction, fraction.isEmpty || fraction.contains(".") { throw .unreadableNumber(text) }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard !whole.isEmpty, groups.allSatisfy({ !$0.isEmpty }) else { throw .unreadableNumber(text) }
        if groups.count > 1 {
            let grouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            if !grouped {
                // `1.5`, `12.25`: a decimal point as English writes it.
                if groups.count == 2, fraction == nil {
                    throw .pointAsDecimal(text, suggestion: sign + groups[0] + "," + groups[1])
                }
                throw .unreadableNumber(text)
            }
        }
        let digits = groups.joined()
        if let fraction, groups.count == 1, let number = AmbiguousNumber(written: sign + digits + "." + fraction) {
            throw .ambiguousNumber(text, thousands: DutchNumber.format(Decimal(string: number.thousands) ?? 0), decimal: dutchDecimal(number))
        }
        if fraction == nil, groups.count == 2, let number = AmbiguousNumber(written: sign + whole), number.decimalIsPlausible(unit: unit),
           let limit = AmbiguousNumber.firstWord(of: unit ?? "").flatMap({ AmbiguousNumber.decimalUnits[$0] }),
           let thousands = Decimal(string: number.thousands), thousands > limit {
            throw .ambiguousNumber(text, thousands: DutchNumber.format(thousands), decimal: dutchDecimal(number), unit: unit?.trimming(.spaces))
        }
        let significant = (digits + (fraction ?? "")).drop { $0 == "0" }
        guard significant.count <= 15,
              let value = Decimal(pointNotation: sign + digits + (fraction.map { "." + $0 } ?? "")) else {
            throw .tooPrecise(text)
        }
        guard writtenNumber(value) != nil || number(of: current) == value else { throw .tooPrecise(text) }
        return value
    }

    /// The decimal reading of an ambiguous number as the form reads it back as that decimal: `1,5`
    /// for `1,500`, and `1,1250` for `1,125`, whose three decimals would read two ways again.
    static func dutchDecimal(_ number: AmbiguousNumber) -> String {
        number.decimal.replacingEvery(".", with: ",")
    }

    /// How a number is written in the file: a whole number as an integer, otherwise a float whose
    /// text reads back as exactly this decimal. A float whose shortest text the agenda would read as
    /// thousands (`1.125`, MJA022) gets a fourth decimal (`1.1250`), the writing the agenda's own
    /// hint gives; nil only when the value does not fit a float exactly (more than 15 digits).
    public static func writtenNumber(_ value: Decimal) -> TOMLEditValue? {
        if let whole = DecimalValues.wholePart(value), Decimal(whole) == value { return .integer(whole) }
        // Through the decimal's own text, not `NSDecimalNumber.doubleValue`, which can miss the
        // nearest double by one unit.
        guard let double = Double("\(value)"), double.isFinite,
              Decimal(pointNotation: double.description) == value else { return nil }
        return writtenFloat(double)
    }

    /// A float as the file should hold it: with a fourth decimal (`1.1250`) where its shortest text
    /// would read as thousands to the agenda (`1.125`, MJA022), else as it is. For a value the file
    /// already holds and that is written again (a line of a table with another key changed).
    public static func writtenFloat(_ double: Double) -> TOMLEditValue {
        AmbiguousNumber(written: double.description) != nil ? .paddedFloat(double, fractionDigits: 4) : .float(double)
    }

    /// A number as the form shows it: `1.500`, `12,5`; three decimals after a small whole part get a
    /// trailing zero (`1,1250`), so that showing a value and reading it back never reads two ways.
    public static func numberText(_ value: Decimal) -> String {
        let text = DutchNumber.format(value)
        if let comma = text.firstIndex(of: ","), text[text.index(after: comma)...].count == 3,
           AmbiguousNumber(written: text.replacingEvery(",", with: ".")) != nil {
            return text + "0"
        }
        return text
    }

    /// The number a file value holds (an integer or a float), as an exact decimal.
    public static func number(of value: TOMLValue?) -> Decimal? {
        switch value?.kind {
        case .integer(let whole)?: Decimal(whole)
        case .float(let double)? where double.isFinite: Decimal(pointNotation: double.description)
        default: nil
        }
    }

    /// An action's progress in percent: a whole number from 0 to 100, a `%` after it allowed; nil when empty.
    public static func percentage(_ typed: String) throws(FieldProblem) -> Int? {
        var text = typed.trimming(.spaces)
        guard !text.isEmpty else { return nil }
        let shown = text
        if text.hasSuffix("%") { text = text.dropLast().trimming(.spaces) }
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), (0...100).contains(value) else {
            throw .unreadablePercentage(shown)
        }
        return value
    }
}
