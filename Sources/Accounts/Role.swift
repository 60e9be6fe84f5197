/// What an account may do in the workspace, as written in the accounts file and on the command line.
public enum Role: Hashable, Sendable {
    /// `regio:AM05`: edits that region's agenda (and its signals), reads everything. The code is the
    /// CBS code in capitals, as in `regions/registers/regios.toml`.
    case region(String)
    /// `beraad`: the Landelijk Beraad's secretariat; edits the national agenda and answers the
    /// regions' signals (the national answer and the handling status), reads everything.
    case nationalBoard
    /// `lezer`: reads everything, edits nothing.
    case reader
    /// `beheer`: manages the accounts (also in the browser) and reads everything.
    case administrator

    /// Reads `regio:AM05`, `beraad`, `lezer` or `beheer`; nil for anything else.
    ///
    /// The region code must be `AM` and two digits (`regio:am05` is read as `AM05`: the code is
    /// the same, only the letters' case differs). Whether the code names one of the 35 regions
    /// (there is no AM04) is for the caller to check against the region registry.
    public init?(parsing text: String) {
        switch text {
        case "beraad": self = .nationalBoard
        case "lezer": self = .reader
        case "beheer": self = .administrator
        default:
            guard text.hasPrefix("regio:") else { return nil }
            let code = text.dropFirst("regio:".count).uppercased()
            guard code.count == 4, code.hasPrefix("AM"), code.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return nil
            }
            self = .region(code)
        }
    }

    /// The role as written: `regio:AM05`, `beraad`, `lezer`, `beheer`.
    public var text: String {
        switch self {
        case .region(let code): "regio:\(code)"
        case .nationalBoard: "beraad"
        case .reader: "lezer"
        case .administrator: "beheer"
        }
    }

    /// The roles as a person types them, for help texts and error messages.
    public static let writtenForms = ["regio:AMxx", "beraad", "lezer", "beheer"]
}
