import Foundation
import Testing

/// The real `mja voorbeeld` started in a folder of its own, with what it prints gathered and the
/// port it printed; killed when the test is done with it (`stop` or `kill`).
final class PreviewLaunch {
    let process = Process()
    let printed = PreviewTests.Printed()
    private let output = Pipe()
    private(set) var port: UInt16 = 0

    /// Starts `mja voorbeeld ARGUMENTS --poort 0` in `folder` and waits (at most a minute) for its address.
    init(_ arguments: [String], in folder: String) throws {
        let program = try #require(EndToEndTests.executable, "the mja program was not found next to the tests")
        process.executableURL = program
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.arguments = ["voorbeeld"] + arguments + ["--poort", "0"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8"]
        let printed = printed
        output.fileHandleForReading.readabilityHandler = { printed.append($0.availableData) }
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let started = Date()
        while Date().timeIntervalSince(started) < 60 && process.isRunning {
            if let range = printed.text.range(of: "http://127.0.0.1:"), let port = UInt16(printed.text[range.upperBound...].prefix { $0.isNumber }) {
                self.port = port
                return
            }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        Issue.record("the preview printed no address: \(printed.text)")
        throw CancellationError()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        output.fileHandleForReading.readabilityHandler = nil
    }

    /// Sends `signal` and waits at most 20 seconds for the program to end; whether it ended.
    func stop(with signal: Int32 = SIGINT) -> Bool {
        kill(process.processIdentifier, signal)
        let signalled = Date()
        while process.isRunning && Date().timeIntervalSince(signalled) < 20 { usleep(20_000) }
        guard !process.isRunning else { return false }
        process.waitUntilExit()
        return true
    }
}
