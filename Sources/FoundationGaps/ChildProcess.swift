#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Runs a program and collects what it printed, in place of `Foundation`'s `Process` and `Pipe`
/// (which `FoundationEssentials` lacks): `posix_spawn` with three pipes, no shell, the arguments as
/// given. Standard input, output and error are served by one `poll(2)` loop, so a program that
/// fills one pipe while we wait on another cannot stall either side (a large diff on standard
/// output and many warnings on standard error, or a large input it answers as it reads).
public enum ChildProcess {
    /// What one run gave.
    public struct Result: Sendable, Equatable {
        /// The exit status; for a program ended by a signal the signal's number, as `Process`'s
        /// `terminationStatus` has it.
        public var status: Int32
        /// Everything written to standard output.
        public var output: [UInt8]
        /// Everything written to standard error.
        public var error: [UInt8]
    }

    /// The program could not be started (not there, not executable): the `errno` of `posix_spawn`.
    public struct SpawnError: Error, Sendable, Equatable {
        /// The `errno` value (`ENOENT`, `EACCES`, ...).
        public var code: Int32
    }

    /// Runs `executable` (a path, not looked up on `PATH`) with `arguments`, giving it `input` on
    /// standard input (then end of file; nothing gives end of file at once) and `environment` (nil:
    /// this process's own). Returns when the program has ended and both its outputs are closed.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           input: [UInt8] = []) throws(SpawnError) -> Result {
        var inputPipe: [Int32] = [-1, -1], outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard makePipe(&inputPipe) else { throw SpawnError(code: errno) }
        guard makePipe(&outputPipe) else {
            let code = errno
            closeAll(inputPipe)
            throw SpawnError(code: code)
        }
        guard makePipe(&errorPipe) else {
            let code = errno
            closeAll(inputPipe + outputPipe)
            throw SpawnError(code: code)
        }
        let pid: pid_t
        do {
            pid = try spawn(executable, arguments, environment: environment,
                            input: inputPipe[0], output: outputPipe[1], error: errorPipe[1])
        } catch {
            closeAll(inputPipe + outputPipe + errorPipe)
            throw error
        }
        close(inputPipe[0])
        close(outputPipe[1])
        close(errorPipe[1])
        var result = Result(status: 0, output: [], error: [])
        exchange(input: input, to: inputPipe[1], output: outputPipe[0], error: errorPipe[0], into: &result)
        result.status = waitForExit(pid)
        return result
    }

    private static func spawn(_ executable: String, _ arguments: [String], environment: [String: String]?,
                              input: Int32, output: Int32, error: Int32) throws(SpawnError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, error, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { $0.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer {
            argv.forEach { free($0) }
            envp?.forEach { free($0) }
        }
        var pid = pid_t()
        let status = argv.withUnsafeBufferPointer { argv in
            if let envp {
                return envp.withUnsafeBufferPointer { envp in
                    posix_spawn(&pid, executable, &actions, nil, argv.baseAddress!, envp.baseAddress!)
                }
            }
            return posix_spawn(&pid, executable, &actions, nil, argv.baseAddress!, environ)
        }
        guard status == 0 else { throw SpawnError(code: status) }
        return pid
    }

    /// Writes `input` and reads both outputs as each is ready, until both outputs are closed.
    private static func exchange(input: [UInt8], to inputEnd: Int32, output: Int32, error: Int32, into result: inout Result) {
        var written = 0
        var writeEnd: Int32 = inputEnd
        if input.isEmpty {
            close(writeEnd)
            writeEnd = -1
        } else {
            // Not blocking: a write the program does not read yet must not hold up its output.
            _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
        }
        var outputEnd = output, errorEnd = error
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while outputEnd >= 0 || errorEnd >= 0 || writeEnd >= 0 {
            // A negative descriptor is skipped by poll(2).
            var watched = [pollfd(fd: outputEnd, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: errorEnd, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: writeEnd, events: Int16(POLLOUT), revents: 0)]
            if poll(&watched, nfds_t(watched.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            if watched[0].revents != 0 { drain(&outputEnd, into: &result.output, buffer: &buffer) }
            if watched[1].revents != 0 { drain(&errorEnd, into: &result.error, buffer: &buffer) }
            if watched[2].revents != 0 {
                let count = writeWithoutSignal(writeEnd, input, from: written)
                if count > 0 { written += count }
                // All written, or the program closed its input (EPIPE: it wants no more).
                if written == input.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
                    close(writeEnd)
                    writeEnd = -1
                }
            }
        }
        for end in [outputEnd, errorEnd, writeEnd] where end >= 0 { close(end) }
    }

    /// Writes what is left of `bytes` after `offset`, with `SIGPIPE` held back on this thread: a
    /// program that closes its input early must give `EPIPE` here, not end this process.
    private static func writeWithoutSignal(_ end: Int32, _ bytes: [UInt8], from offset: Int) -> Int {
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        let count = bytes.withUnsafeBytes { Glibc.write(end, $0.baseAddress! + offset, $0.count - offset) }
        let failure = errno
        if count < 0 && failure == EPIPE {
            // Take the signal the failed write left pending, unless one was pending already.
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&previous, SIGPIPE) == 0 && sigismember(&pending, SIGPIPE) == 1 {
                var none = timespec()
                _ = sigtimedwait(&pipeSignal, nil, &none)
            }
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        errno = failure
        return count
    }

    /// Reads what `end` has into `bytes`; closes it (and sets it to -1) at end of file or on failure.
    private static func drain(_ end: inout Int32, into bytes: inout [UInt8], buffer: inout [UInt8]) {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(end, $0.baseAddress!, $0.count) }
        if count > 0 {
            bytes.append(contentsOf: buffer[0..<count])
        } else if count == 0 || errno != EINTR {
            close(end)
            end = -1
        }
    }

    private static func waitForExit(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        // WIFEXITED and WEXITSTATUS are macros Swift does not import: the low 7 bits are the
        // signal (0 when the program exited), the next 8 the exit status.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : signal
    }

    /// A pipe with close-on-exec on both ends: the child gets its three by dup2 (which clears the
    /// flag) and no other. (`pipe2`, which would set it at once, is not imported without
    /// `_GNU_SOURCE`; a program another thread starts in between may inherit an end, which only
    /// delays the end of file here until that program ends.)
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static func closeAll(_ descriptors: [Int32]) {
        for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
    }
}
