#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One of the two streams a command writes to.
public enum ConsoleStream: Sendable, Hashable, CaseIterable {
    /// Standard output: the results of a command.
    case output
    /// Standard error: errors, usage problems and progress.
    case error
}

/// Where commands write their text, and whether a person is watching.
///
/// Commands never call `print` themselves: they write to the console in their context, so tests can
/// capture what was printed (`CapturingConsole`) and the real program writes to the file handles
/// (`StandardConsole`). Results go to `.output`, errors to `.error`.
public protocol Console: Sendable {
    /// Writes `text` exactly as given (no newline is added) to `stream`.
    func write(_ text: String, to stream: ConsoleStream)
    /// Whether `stream` is a terminal, which decides whether colour is used under `--kleur auto`.
    func isTerminal(_ stream: ConsoleStream) -> Bool
}

extension Console {
    /// Writes `line` followed by a newline to `stream` (standard output unless told otherwise).
    public func writeLine(_ line: String = "", to stream: ConsoleStream = .output) {
        write(line + "\n", to: stream)
    }
}

extension Console where Self == StandardConsole {
    /// The process's own standard output and standard error.
    public static var standard: StandardConsole { StandardConsole() }
}

/// The console of the running process: writes to file descriptors 1 and 2, unbuffered.
public struct StandardConsole: Console {
    /// Creates the console of the running process.
    public init() {}

    /// Writes all of `text` as UTF-8 to file descriptor 1 or 2, retrying after interruptions.
    public func write(_ text: String, to stream: ConsoleStream) {
        let descriptor = Self.descriptor(of: stream)
        let bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // A closed pipe or a full disk: there is nobody left to tell.
                }
            }
        }
    }

    /// Asks `isatty(3)` about file descriptor 1 or 2.
    public func isTerminal(_ stream: ConsoleStream) -> Bool {
        isatty(Self.descriptor(of: stream)) == 1
    }

    private static func descriptor(of stream: ConsoleStream) -> Int32 {
        switch stream {
        case .output: 1
        case .error: 2
        }
    }
}

/// `write(2)`, named apart from `Console.write(_:to:)`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    Darwin.write(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.write(descriptor, buffer, count)
    #else
    Glibc.write(descriptor, buffer, count)
    #endif
}
