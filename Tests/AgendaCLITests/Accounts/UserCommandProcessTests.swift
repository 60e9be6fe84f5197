@_spi(Testing) import Accounts
import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `mja gebruiker` as a process: the password on a pipe (`--wachtwoord-stdin`, with the real
/// 600,000 iterations) and typed on a pseudo-terminal, where it must not be echoed.
@Suite(.timed) struct UserCommandProcessTests {
    let folder: String
    var file: String { folder + "/gebruikers.toml" }

    init() throws {
        folder = NSTemporaryDirectory() + "user-process-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func passwordOnStandardInput() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mja = try #require(EndToEndTests.executable, "the mja program was not found next to the tests")
        let process = Process()
        process.executableURL = mja
        process.arguments = ["gebruiker", "toevoegen", "anna", "--rol", "regio:AM05", "--weergavenaam", "Anna de Vries",
                             "--wachtwoord-stdin", "--gebruikers", file, "--regios", UserCommandTests.regions]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8"]
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data("correct paard batterij\nwat hierna komt telt niet\n".utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed == "Gebruiker 'anna' (Anna de Vries, regio:AM05) toegevoegd aan \(file).\n")
        #expect(errors == "")
        let mode = try #require(FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("wachtwoord = \"pbkdf2-sha256$600000$"))
        #expect(!text.contains("correct paard"))
        let accounts = try AccountFile.load(path: file)
        #expect(accounts.signIn(name: "anna", password: "correct paard batterij")?.role == .region("AM05"))
        #expect(accounts.signIn(name: "anna", password: "wat hierna komt telt niet") == nil)
    }

    /// Typed on a terminal: asked twice, never echoed, and the terminal's echo is on again afterwards.
    @Test func typedOnATerminalWithoutEcho() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mja = try #require(EndToEndTests.executable, "the mja program was not found next to the tests")
        // posix_openpt, grantpt and ptsname are not imported from Glibc: the same through /dev/ptmx.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(master >= 0, "no pseudo-terminals here")
        defer { close(master) }
        var unlock: Int32 = 0, number: UInt32 = 0
        // TIOCSPTLCK and TIOCGPTN (_IOW/_IOR macros, not imported), the same on x86-64 and arm64.
        #expect(ioctl(master, 0x4004_5431, &unlock) == 0)
        #expect(ioctl(master, 0x8004_5430, &number) == 0)
        let terminal = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        try #require(terminal >= 0)
        let handle = FileHandle(fileDescriptor: terminal, closeOnDealloc: true)

        let process = Process()
        process.executableURL = mja
        process.arguments = ["gebruiker", "toevoegen", "bert", "--rol", "lezer", "--gebruikers", file, "--regios", UserCommandTests.regions]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8"]
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        var seen = ""
        /// Reads what the program writes to the terminal until `text` shows (at most 60 s).
        func readUntil(_ text: String) {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let started = Date()
            while !seen.contains(text) && Date().timeIntervalSince(started) < 60 {
                guard poll(&descriptor, 1, 200) > 0 else { continue }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                seen += String(decoding: buffer[0..<count], as: UTF8.self)
            }
        }
        func type(_ line: String) {
            _ = line.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        }
        readUntil("Wachtwoord voor bert: ")
        type("geheim lang wachtwoord\n")
        readUntil("Nogmaals: ")
        type("geheim lang wachtwoord\n")
        readUntil("\(file).")
        // At most a minute more: a program left waiting for input is killed, and the test fails.
        let typed = Date()
        while process.isRunning && Date().timeIntervalSince(typed) < 60 { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()

        #expect(process.terminationStatus == 0)
        #expect(seen.contains("Wachtwoord voor bert: "))
        #expect(seen.contains("Nogmaals: "))
        #expect(!seen.contains("geheim"), "the password was echoed: \(seen.debugDescription)")
        #expect(seen.contains("Gebruiker 'bert' (bert, lezer) toegevoegd aan \(file)."))
        var settings = termios()
        #expect(tcgetattr(master, &settings) == 0)
        #expect(settings.c_lflag & tcflag_t(ECHO) != 0, "echo was left off")
        #expect(try AccountFile.load(path: file).signIn(name: "bert", password: "geheim lang wachtwoord")?.role == .reader)
    }
}
