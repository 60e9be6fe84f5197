#if canImport(Glibc)
import Glibc
#endif

/// Where `mja gebruiker` gets a password: the terminal without echo, or standard input for scripts.
/// A protocol so that tests of the command can give the password without a terminal.
protocol PasswordInput: Sendable {
    /// Whether standard input is a terminal (a person who can be asked).
    var isTerminal: Bool { get }
    /// Writes `prompt` to the terminal and reads one line with echo off; nil at end of input.
    func readHidden(prompt: String) -> String?
    /// Reads the first line of standard input (without its line break); nil when there is none.
    func readLine() -> String?
}

/// The process's own terminal and standard input.
struct StandardPasswordInput: PasswordInput {
    /// A password longer than this is not a password but a file piped in by mistake.
    static let maximumLength = 4096

    var isTerminal: Bool { isatty(0) == 1 }

    func readHidden(prompt: String) -> String? {
        StandardConsole().write(prompt, to: .error)
        let restore = TerminalEcho.turnOff(descriptor: 0)
        defer {
            restore()
            StandardConsole().write("\n", to: .error)  // The Enter typed was not echoed either.
        }
        return readLine()
    }

    /// Reads byte by byte up to the line break, so nothing after the line is taken from the input.
    func readLine() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count <= Self.maximumLength {
            let count = read(0, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { break }
            bytes.append(byte)
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Turning the terminal's echo off while a password is typed, and on again whatever happens: when
/// Ctrl-C or a SIGTERM comes while it is off, a handler turns it on before the program ends, so the
/// person's shell does not go on without echo.
enum TerminalEcho {
    /// The settings to put back (global: a signal handler cannot capture).
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var savedDescriptor: Int32 = -1

    /// Turns echo off on `descriptor`; returns what turns it on again (a no-op when it was not a terminal).
    static func turnOff(descriptor: Int32) -> () -> Void {
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return {} }
        saved = settings
        savedDescriptor = descriptor
        let handler: @convention(c) (Int32) -> Void = { signal in
            var original = TerminalEcho.saved
            tcsetattr(TerminalEcho.savedDescriptor, TCSAFLUSH, &original)
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        let previousInterrupt = signal(SIGINT, handler)
        let previousTerminate = signal(SIGTERM, handler)
        settings.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(descriptor, TCSAFLUSH, &settings)
        return {
            var original = saved
            tcsetattr(descriptor, TCSAFLUSH, &original)
            signal(SIGINT, previousInterrupt)
            signal(SIGTERM, previousTerminate)
        }
    }
}
