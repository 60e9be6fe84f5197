/// Which problems rendering reports that the Mustache specification lets pass silently.
///
/// By default (no strictness) rendering follows the specification: a missing value renders as
/// the empty string and a missing partial renders as nothing. A template author who wants to hear
/// about a typo renders with ``all``.
public struct Strictness: OptionSet, Sendable, Hashable {
    /// The bits of the set, one per check.
    public let rawValue: Int

    /// Creates a set of checks from its raw bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// A tag (`{{name}}`, `{{{name}}}`, `{{& name}}`, `{{#name}}`, `{{^name}}`) whose name the
    /// context stack does not have. A value that is present but `null`, `false` or empty is not
    /// missing, so a section still asks whether there is something; a context for strict
    /// rendering therefore holds every key, with `null` where there is no value.
    public static let missingValues = Strictness(rawValue: 1 << 0)
    /// `{{> name}}` or `{{< name}}` naming a template the library does not have, or a dynamic
    /// name (`{{> *name}}`) whose value is missing or not a string.
    public static let missingPartials = Strictness(rawValue: 1 << 1)
    /// Every check.
    public static let all: Strictness = [.missingValues, .missingPartials]
}
