/// An error that ends a command because nothing sensible can continue, such as a folder that
/// cannot be created. Its message is printed to standard error after `fout: `.
public struct CommandError: Error, Sendable, Hashable {
    /// What went wrong, in both languages.
    public var message: LocalizedText
    /// The exit code; `.failure` unless the command says otherwise.
    public var exitCode: ExitCode

    /// Creates an error with a message in both languages.
    public init(_ message: LocalizedText, exitCode: ExitCode = .failure) {
        self.message = message
        self.exitCode = exitCode
    }
}
