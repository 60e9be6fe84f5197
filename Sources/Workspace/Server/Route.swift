import Accounts

/// What a request asks for. Paths are matched against this fixed list of shapes; an agenda id is
/// looked up in the workspace's own list of agendas, so no path ever names a file on disk.
enum Route: Equatable, Sendable {
    case signInPage, signIn, signOut
    case overview
    case signals, signalsWorkbook
    /// `/signalen/antwoorden`: every region's signals with the way to answer each (for `beraad`).
    case signalAnswers
    case agenda(String)
    case document(String, String)
    case download(String, String)
    case editPage(String), save(String)
    /// The check as you type: the text posted, the findings answered, nothing saved.
    case check(String)
    /// The edit page's one script (a file: the pages allow no inline script).
    case script
    /// The forms' one script: the search over a form's list of organisations.
    case formsScript
    case history(String), compare(String), restore(String)
    /// A form of agenda ID (`/agenda/ID/formulier/...`): shown with GET, submitted with POST.
    case form(String, FormRoute, post: Bool)
    /// `/signalen/invoer`: upload a signal workbook (GET the form, POST to preview or apply).
    case signalImport(post: Bool)
    /// `/voortgang/invoer`: upload a progress workbook (GET the form, POST to preview or apply).
    case progressImport(post: Bool)
    case accounts, addAccount
    case account(String), changeRole(String), setPassword(String), removeAccountPage(String), removeAccount(String)
    case notFound
    case badRequest
    case methodNotAllowed(allow: String)

    /// The route of `method` on `target` (the query is dropped here; the pages read it themselves).
    init(method: String, target: String) {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard let decoded = FormData.percentDecoded(path, plusIsSpace: false), !decoded.contains("\0") else {
            self = .badRequest
            return
        }
        // Segments are matched exactly; "..", ".", backslashes and empty segments fit no shape.
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let get = method == "GET" || method == "HEAD"
        let post = method == "POST"
        func only(_ allowed: Bool, _ route: Route, allow: String = "GET, HEAD") -> Route {
            allowed ? route : .methodNotAllowed(allow: allow)
        }
        switch segments {
        case [""]: self = only(get, .overview)
        case ["aanmelden"]: self = get ? .signInPage : post ? .signIn : .methodNotAllowed(allow: "GET, HEAD, POST")
        case ["afmelden"]: self = only(post, .signOut, allow: "POST")
        case ["signalen"]: self = only(get, .signals)
        case ["signalen.xlsx"]: self = only(get, .signalsWorkbook)
        case ["signalen", "antwoorden"]: self = only(get, .signalAnswers)
        case ["signalen", "invoer"]: self = get || post ? .signalImport(post: post) : .methodNotAllowed(allow: "GET, HEAD, POST")
        case ["voortgang", "invoer"]: self = get || post ? .progressImport(post: post) : .methodNotAllowed(allow: "GET, HEAD, POST")
        case ["werkruimte.js"]: self = only(get, .script)
        case ["formulieren.js"]: self = only(get, .formsScript)
        case ["gebruikers"]: self = get ? .accounts : post ? .addAccount : .methodNotAllowed(allow: "GET, HEAD, POST")
        case let parts where parts.count >= 2 && parts[0] == "gebruikers":
            // An account name is looked up among the accounts; it never names a file.
            guard AccountRules.isValidName(parts[1]) else {
                self = .notFound
                return
            }
            let name = parts[1]
            switch parts.dropFirst(2).first {
            case nil where parts.count == 2: self = only(get, .account(name))
            case "rol" where parts.count == 3: self = only(post, .changeRole(name), allow: "POST")
            case "wachtwoord" where parts.count == 3: self = only(post, .setPassword(name), allow: "POST")
            case "verwijderen" where parts.count == 3:
                self = get ? .removeAccountPage(name) : post ? .removeAccount(name) : .methodNotAllowed(allow: "GET, HEAD, POST")
            default: self = .notFound
            }
        default:
            guard segments.count >= 2, segments[0] == "agenda", Self.isName(segments[1]) else {
                self = .notFound
                return
            }
            let id = segments[1]
            let rest = Array(segments.dropFirst(2))
            if rest.count == 2, Self.isName(rest[1]), rest[0] == "document" || rest[0] == "download" {
                self = only(get, rest[0] == "document" ? .document(id, rest[1]) : .download(id, rest[1]))
                return
            }
            if rest.first == "formulier", let form = FormRoute(Array(rest.dropFirst())) {
                self = get || post ? .form(id, form, post: post) : .methodNotAllowed(allow: "GET, HEAD, POST")
                return
            }
            switch rest {
            case []: self = only(get, .agenda(id))
            case ["bewerken"]: self = get ? .editPage(id) : post ? .save(id) : .methodNotAllowed(allow: "GET, HEAD, POST")
            case ["controleren"]: self = only(post, .check(id), allow: "POST")
            case ["geschiedenis"]: self = only(get, .history(id))
            case ["verschil"]: self = only(get, .compare(id))
            case ["herstellen"]: self = only(post, .restore(id), allow: "POST")
            // The agenda's documents link the signal report as `../signalen.html` (as in `out/`).
            case ["signalen.html"]: self = only(get, .signals)
            default: self = .notFound
            }
        }
    }

    /// Lower-case letters, digits, `-` and one `.` not at the start: what agenda ids and document names are made of.
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix(".") && text.utf8.count <= 80 && text.filter({ $0 == "." }).count <= 1
            && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2E }
    }

    /// What it takes to be answered.
    enum Requirement: Equatable {
        /// Anyone, signed in or not.
        case nobody
        /// A signed-in person with this permission.
        case permission(Permission)
    }

    /// What this route requires.
    var requirement: Requirement {
        switch self {
        case .signInPage, .signIn, .script, .formsScript, .notFound, .badRequest, .methodNotAllowed: .nobody
        case .signOut, .overview, .signals, .signalsWorkbook, .agenda, .document, .download, .editPage, .history, .compare, .signalImport,
             .progressImport:
            .permission(.read)
        // The national answer is beraad's for every region's signal, and only that (not the region's own).
        case .form(_, .signalAnswer, _), .signalAnswers: .permission(.answerSignals)
        case .save(let id), .restore(let id), .check(let id), .form(let id, _, _): .permission(.edit(agenda: id))
        case .accounts, .addAccount, .account, .changeRole, .setPassword, .removeAccountPage, .removeAccount:
            .permission(.manageAccounts)
        }
    }

    /// Whether the route changes something (and so needs the CSRF token and a matching `Origin`).
    var isPost: Bool {
        switch self {
        case .signIn, .signOut, .save, .restore, .check, .addAccount, .changeRole, .setPassword, .removeAccount: true
        case .form(_, _, let post), .signalImport(let post), .progressImport(let post): post
        default: false
        }
    }
}
