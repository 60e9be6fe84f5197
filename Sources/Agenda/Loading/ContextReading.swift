/// How much of an agenda is read when it is not itself asked for, only beside the requested ones
/// (`mja check regions/am05-twente.toml` reads the other 35 agendas for what Twente refers to).
public enum ContextReading: Sendable, Equatable {
    /// All of it, into the full model: what documents and the signal report need (a signal report
    /// shows which regional themes answer a signal).
    case whole
    /// What the checks of another agenda look at, and no more: a regional agenda's `[agenda]` table
    /// (its region, whether it is an example) and its signals; the national agenda whole (its themes
    /// are referred to and compared). The other tables are not parsed, so a check of one agenda
    /// parses a fifth of the rest of the workspace.
    case forChecks

    /// The tables of a regional agenda that `forChecks` reads.
    static let tablesForChecks: Set<String> = ["agenda", "signaal"]
}
