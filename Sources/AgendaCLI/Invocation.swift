import Diagnostics
/// What the user asked of a command: the options and positional values, parsed and checked.
///
/// Look options up by their name without dashes (an alias works too):
///
/// ```swift
/// let strict = invocation.flag("strikt")          // Bool
/// let folder = invocation.option("uit") ?? "out"  // String?: the last value, or the default
/// let formats = invocation.values("formaat")      // [String]: all values, commas split
/// let paths = invocation.positionals               // [String]
/// ```
///
/// Asking for an option the command does not declare is a programming mistake: it stops a debug
/// build (so tests find it) and answers "absent" in a release build.
public struct Invocation: Sendable {
    /// The command's name, as registered (not an alias the user may have typed).
    public let commandName: String
    /// The positional values, in order, including everything after `--`.
    public let positionals: [String]
    /// The options the command declares, followed by the global ones.
    let declaredOptions: [Option]
    /// The values given per option name; a flag that is present has an empty list.
    let givenValues: [String: [String]]

    /// Creates an invocation; used by the parser, and by tests that call `run` directly.
    public init(commandName: String, options: [Option], values: [String: [String]] = [:], positionals: [String] = []) {
        self.commandName = commandName
        self.declaredOptions = options
        self.givenValues = values
        self.positionals = positionals
    }

    /// Whether the flag `name` was given; for an option with a value: whether the user typed it.
    public func flag(_ name: String) -> Bool {
        guard let option = declared(name) else { return false }
        return givenValues[option.name] != nil
    }

    /// The value of option `name`: the last one given, else its default, else nil.
    public func option(_ name: String) -> String? {
        guard let option = declared(name) else { return nil }
        return givenValues[option.name]?.last ?? option.defaultValue
    }

    /// All values of option `name`, in the order given, with comma lists split; empty when absent.
    public func values(_ name: String) -> [String] {
        guard let option = declared(name) else { return [] }
        return givenValues[option.name] ?? option.defaultValue.map { [$0] } ?? []
    }

    /// The value of option `name` as one of an enumeration's cases, such as `DiagnosticsFormat`.
    public func option<Value: RawRepresentable>(_ name: String, as type: Value.Type) -> Value?
    where Value.RawValue == String {
        // English values (`text`, `always`) read as the Dutch words the types are declared with.
        option(name).flatMap { Value(rawValue: HelpWords.word($0, in: .dutch)) }
    }

    private func declared(_ name: String) -> Option? {
        if let option = declaredOptions.first(where: { $0.answers(to: name) }) { return option }
        assertionFailure("'mja \(commandName)' does not declare an option '\(name)'")
        return nil
    }
}
