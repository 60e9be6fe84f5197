import Accounts
import Foundation
import Hashing

/// The cost of one sign-in: PBKDF2-HMAC-SHA-256 with the 600,000 iterations of a new password, and
/// `AccountFile.signIn` with a right password, a wrong one and an unknown name (the last two must
/// cost the same, or the time would tell which names exist).
///
///     swift run -c release mja-bench pbkdf2 [--runs 5] [--iterations 600000]
enum PBKDF2Benchmark: Benchmark {
    static let name = "pbkdf2"
    static let summary = "one sign-in: PBKDF2-HMAC-SHA-256 at 600,000 iterations, and signIn with a right, wrong and unknown name [--runs N] [--iterations N]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let runs = try options.int("--runs", default: 5)
        let iterations = try options.int("--iterations", default: 600_000)
        let password = Array("correct paard batterij nietje".utf8), salt = SystemRandom.bytes(16)
        var times: [Double] = [], processorTimes: [Double] = []
        for _ in 0..<runs {
            let start = Measure.now(), processorStart = threadProcessorTime()
            _ = PBKDF2.sha256(password: password, salt: salt, iterations: iterations, length: 32)
            times.append(Measure.now() - start)
            processorTimes.append(threadProcessorTime() - processorStart)
        }
        let timings = Timings(times), processor = Timings(processorTimes)
        let perSecond = Double(iterations) * 2 / processor.median / 1e6
        print("PBKDF2-HMAC-SHA-256, \(iterations) iterations: processor time median \(Timings.milliseconds(processor.median)) (\(String(format: "%.2f", perSecond)) million compressions/s); wall time median \(Timings.milliseconds(timings.median)), best \(Timings.milliseconds(timings.best)) over \(runs) runs")

        guard iterations == 600_000 else { return }
        var file = AccountFile()
        try file.add(Account(name: "anna", displayName: "Anna", role: .reader), password: "correct paard batterij nietje")
        for (label, name, typed) in [("right password", "anna", "correct paard batterij nietje"),
                                     ("wrong password", "anna", "fout paard batterij nietje"),
                                     ("unknown name", "niemand", "correct paard batterij nietje")] {
            var signIns: [Double] = []
            for _ in 0..<runs {
                let start = threadProcessorTime()
                _ = file.signIn(name: name, password: typed)
                signIns.append(threadProcessorTime() - start)
            }
            print("signIn, \(label): processor time median \(Timings.milliseconds(Timings(signIns).median))")
        }
    }

    /// Seconds of processor time this thread has used: on a machine shared with other builds the wall
    /// time says more about the neighbours than about PBKDF2.
    static func threadProcessorTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
