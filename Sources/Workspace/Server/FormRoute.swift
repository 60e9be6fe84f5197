/// The forms of an agenda, under `/agenda/ID/formulier/`: the opening, a theme, an action, a new
/// theme or action, and removing one after a confirmation page. Theme and action ids are matched
/// against what the file holds; they never name a file.
enum FormRoute: Equatable, Sendable {
    case opening
    case theme(String)
    case newTheme
    case action(theme: String, action: String)
    case newAction(theme: String)
    case removeTheme(String)
    case removeAction(theme: String, action: String)
    /// A signal of the region's own (`[[signaal]]`), a new one, or removing one.
    case signal(String)
    case newSignal
    case removeSignal(String)
    /// The national answer to a signal: its handling status and `antwoord`, for `beraad` only.
    case signalAnswer(String)
    /// A theme's result by its number (1 for the first `[[thema.resultaat]]`): results have no id.
    case result(theme: String, number: Int)
    case newResult(theme: String)
    case removeResult(theme: String, number: Int)
    /// An action's progress: status, percentage, peildatum, realised amounts.
    case actionProgress(theme: String, action: String)
    /// The agenda's progress: its peildatum and the way to every action's and result's form.
    case progress

    /// The form route of the segments after `formulier`, nil when they fit no form.
    init?(_ segments: [String]) {
        func isID(_ text: String) -> Bool {
            !text.isEmpty && text.utf8.count <= 80
                && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F }
        }
        switch segments.count {
        case 1 where segments[0] == "opening": self = .opening
        case 1 where segments[0] == "thema-nieuw": self = .newTheme
        case 1 where segments[0] == "signaal-nieuw": self = .newSignal
        case 2 where segments[0] == "signaal" && isID(segments[1]): self = .signal(segments[1])
        case 3 where segments[0] == "signaal" && isID(segments[1]) && segments[2] == "verwijderen": self = .removeSignal(segments[1])
        case 3 where segments[0] == "signaal" && isID(segments[1]) && segments[2] == "antwoord": self = .signalAnswer(segments[1])
        case 2 where segments[0] == "thema" && isID(segments[1]): self = .theme(segments[1])
        case 3 where segments[0] == "thema" && isID(segments[1]) && segments[2] == "verwijderen": self = .removeTheme(segments[1])
        case 3 where segments[0] == "thema" && isID(segments[1]) && segments[2] == "actie-nieuw": self = .newAction(theme: segments[1])
        case 4 where segments[0] == "thema" && isID(segments[1]) && segments[2] == "actie" && isID(segments[3]):
            self = .action(theme: segments[1], action: segments[3])
        case 5 where segments[0] == "thema" && isID(segments[1]) && segments[2] == "actie" && isID(segments[3]) && segments[4] == "verwijderen":
            self = .removeAction(theme: segments[1], action: segments[3])
        case 1 where segments[0] == "voortgang": self = .progress
        case 3 where segments[0] == "thema" && isID(segments[1]) && segments[2] == "resultaat-nieuw": self = .newResult(theme: segments[1])
        case 4 where segments[0] == "thema" && isID(segments[1]) && segments[2] == "resultaat" && Self.number(segments[3]) != nil:
            self = .result(theme: segments[1], number: Self.number(segments[3])!)
        case 5 where segments[0] == "thema" && isID(segments[1]) && segments[2] == "resultaat" && Self.number(segments[3]) != nil && segments[4] == "verwijderen":
            self = .removeResult(theme: segments[1], number: Self.number(segments[3])!)
        case 5 where segments[0] == "thema" && isID(segments[1]) && segments[2] == "actie" && isID(segments[3]) && segments[4] == "voortgang":
            self = .actionProgress(theme: segments[1], action: segments[3])
        default: return nil
        }
    }

    /// A result's number in an address: 1 to 999, digits only, no leading zero (one address per result).
    static func number(_ text: String) -> Int? {
        guard (1...3).contains(text.utf8.count), text.utf8.first != 0x30, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    /// The address of this form for agenda `id`.
    func path(_ id: String) -> String {
        let base = "/agenda/\(id)/formulier/"
        switch self {
        case .opening: return base + "opening"
        case .newTheme: return base + "thema-nieuw"
        case .theme(let theme): return base + "thema/\(theme)"
        case .removeTheme(let theme): return base + "thema/\(theme)/verwijderen"
        case .newAction(let theme): return base + "thema/\(theme)/actie-nieuw"
        case .action(let theme, let action): return base + "thema/\(theme)/actie/\(action)"
        case .removeAction(let theme, let action): return base + "thema/\(theme)/actie/\(action)/verwijderen"
        case .signal(let signal): return base + "signaal/\(signal)"
        case .newSignal: return base + "signaal-nieuw"
        case .removeSignal(let signal): return base + "signaal/\(signal)/verwijderen"
        case .signalAnswer(let signal): return base + "signaal/\(signal)/antwoord"
        case .result(let theme, let number): return base + "thema/\(theme)/resultaat/\(number)"
        case .newResult(let theme): return base + "thema/\(theme)/resultaat-nieuw"
        case .removeResult(let theme, let number): return base + "thema/\(theme)/resultaat/\(number)/verwijderen"
        case .actionProgress(let theme, let action): return base + "thema/\(theme)/actie/\(action)/voortgang"
        case .progress: return base + "voortgang"
        }
    }
}
