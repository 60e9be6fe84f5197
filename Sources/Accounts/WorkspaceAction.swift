/// Something a signed-in person asks of the workspace, which their role allows or not.
public enum WorkspaceAction: Hashable, Sendable {
    /// Read any agenda, document, report or history. Every role may.
    case read
    /// Save the agenda whose file stem is given: `lmja` for the national agenda, `am05` or
    /// `am05-twente` for a region's (the stem of `regions/am05-twente.toml`).
    case editAgenda(String)
    /// Record the national answer and the handling status of the regions' signals.
    case answerSignals
    /// Add, change or remove accounts.
    case manageAccounts
}

/// Whose agenda a file is: the national agenda's or one region's.
public enum AgendaScope: Hashable, Sendable {
    /// The Landelijke Meerjarenagenda.
    case national
    /// A region's agenda, by its CBS code in capitals (`AM05`).
    case region(String)

    /// The scope a file stem names by the workspace's naming: `lmja` is national; `am05` and
    /// `am05-twente` are AM05's. Any other stem is nil: nobody may save an agenda whose owner cannot
    /// be told from its name (the server can pass its own lookup to `isAllowed(_:_:scope:)`).
    public init?(fileStem stem: String) {
        let lower = stem.lowercased()
        if lower == "lmja" {
            self = .national
            return
        }
        let code = lower.prefix(4)
        let rest = lower.dropFirst(4)
        guard code.count == 4, code.hasPrefix("am"), code.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber }),
              rest.isEmpty || rest.hasPrefix("-")
        else { return nil }
        self = .region(code.uppercased())
    }
}

/// Whether `role` may do `action`, with the agenda's owner told by its file stem
/// (`AgendaScope(fileStem:)`).
///
/// | role          | read | edit lmja | edit its region's agenda | edit another region's | answer signals | manage accounts |
/// |---------------|------|-----------|--------------------------|-----------------------|----------------|-----------------|
/// | regio:AMxx    | yes  | no        | yes                      | no                    | no             | no              |
/// | beraad        | yes  | yes       | no                       | no                    | yes            | no              |
/// | lezer         | yes  | no        | no                       | no                    | no             | no              |
/// | beheer        | yes  | no        | no                       | no                    | no             | yes             |
public func isAllowed(_ role: Role, _ action: WorkspaceAction) -> Bool {
    isAllowed(role, action, scope: AgendaScope.init(fileStem:))
}

/// Whether `role` may do `action`, with the agenda's owner told by `scope` (for a server that reads
/// the region from the agenda itself). A stem `scope` does not know (nil) may be saved by nobody.
public func isAllowed(_ role: Role, _ action: WorkspaceAction, scope: (String) -> AgendaScope?) -> Bool {
    switch (role, action) {
    case (_, .read):
        return true
    case (.region(let code), .editAgenda(let stem)):
        return scope(stem) == .region(code)
    case (.nationalBoard, .editAgenda(let stem)):
        return scope(stem) == .national
    case (.nationalBoard, .answerSignals):
        return true
    case (.administrator, .manageAccounts):
        return true
    default:
        return false
    }
}
