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
        default: return nil
        }
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
        }
    }
}
