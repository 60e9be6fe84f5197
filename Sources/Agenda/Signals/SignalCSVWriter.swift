import Documents
import FoundationEssentials
import FoundationGaps

/// Writes signals as a CSV file Excel opens directly (see `SignalCSVFormat`): UTF-8 with a
/// byte-order mark, `;` between cells, `\r\n` after each row, cells holding `;`, `"` or a line break
/// in double quotes (a `"` doubled), and a `'` in front of any cell that Excel would run as a formula.
public struct SignalCSVWriter: Sendable {
    /// Creates the default.
    public init() {}

    /// The whole file, byte-order mark first.
    public func write(_ signals: [Signal]) -> String {
        var output = "\u{FEFF}"
        output += SignalCSVFormat.columns.map(Self.cell).joined(separator: ";") + "\r\n"
        for signal in signals {
            output += row(signal).map(Self.cell).joined(separator: ";") + "\r\n"
        }
        return output
    }

    /// The cells of one signal, in the order of `SignalCSVFormat.columns`.
    public func row(_ signal: Signal) -> [String] {
        [
            signal.region, signal.id, signal.date.description, signal.kind.rawValue, signal.title, signal.description,
            signal.task?.rawValue ?? "", signal.sectors.map(\.id).joined(separator: SignalCSVFormat.listSeparator),
            signal.targetGroups.map(\.id).joined(separator: SignalCSVFormat.listSeparator),
            signal.nationalThemes.map(\.id).joined(separator: SignalCSVFormat.listSeparator),
            signal.urgency.rawValue, signal.ask.rawValue, signal.status.rawValue, signal.answer ?? "",
        ]
    }

    /// One cell: cleaned of invisible controls (``TextCleaning``: NUL, the other C0 controls but
    /// tab and line breaks, DEL, C1, bidirectional overrides), then neutralised against formulas
    /// (after the cleaning, so a control cannot hide a leading `=`), then quoted when it must be.
    static func cell(_ text: String) -> String {
        let safe = SignalCSVFormat.neutralised(TextCleaning.cleaned(text))
        guard safe.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "," }) else {
            return safe
        }
        return "\"" + safe.replacingEvery("\"", with: "\"\"") + "\""
    }
}
