/// What `mja` tells the shell when it ends.
///
/// Only three codes are used, so scripts can rely on them:
/// `0` all went well, `1` the input has errors (or could not be read), `2` `mja` was called wrongly.
public struct ExitCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The number handed to `exit(_:)`.
    public var rawValue: Int32

    /// Creates an exit code from its number.
    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// `0`: the command did what was asked and found no errors.
    public static let success = ExitCode(rawValue: 0)
    /// `1`: the input has errors (or, with `--strikt`, warnings), or could not be processed.
    public static let failure = ExitCode(rawValue: 1)
    /// `2`: the command line itself is wrong: an unknown command or option, a missing value.
    public static let usageError = ExitCode(rawValue: 2)

    /// The number, as printed by the shell.
    public var description: String { String(rawValue) }
}
