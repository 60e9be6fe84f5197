/// One part of a load that can run beside the others: the registries, or one agenda file.
enum LoadJob: Sendable {
    case registries
    case agenda(String)

    /// What a job read: the registries, or an agenda file's model (nil when it could not be read).
    enum Reading: Sendable {
        case registry(Registry)
        case agenda(String, Agenda?)
    }
}
