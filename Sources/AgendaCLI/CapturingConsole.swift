import FoundationEssentials
import FoundationGaps

/// A console that keeps what was written, for tests of commands.
///
/// ```swift
/// let console = CapturingConsole()
/// let code = MJA.run(["--version"], environment: [:], console: console)
/// #expect(console.output == "mja 0.1.0\n")
/// ```
public final class CapturingConsole: Console, @unchecked Sendable {
    private let lock = Lock()
    private var texts: [ConsoleStream: String] = [:]
    private let terminals: Set<ConsoleStream>

    /// Creates an empty console; say which streams should pretend to be a terminal.
    public init(outputIsTerminal: Bool = false, errorIsTerminal: Bool = false) {
        var terminals: Set<ConsoleStream> = []
        if outputIsTerminal { terminals.insert(.output) }
        if errorIsTerminal { terminals.insert(.error) }
        self.terminals = terminals
    }

    /// Everything written to standard output so far.
    public var output: String { text(of: .output) }
    /// Everything written to standard error so far.
    public var error: String { text(of: .error) }

    /// Everything written to `stream` so far.
    public func text(of stream: ConsoleStream) -> String {
        lock.withLock { texts[stream, default: ""] }
    }

    /// Appends `text` to what `stream` holds.
    public func write(_ text: String, to stream: ConsoleStream) {
        lock.withLock { texts[stream, default: ""] += text }
    }

    /// Whether `stream` pretends to be a terminal, as set when the console was made.
    public func isTerminal(_ stream: ConsoleStream) -> Bool {
        terminals.contains(stream)
    }
}
