import Foundation
import TestSupport
import Testing

/// The preview answers while it rebuilds: the rebuild runs beside the thread that accepts
/// connections, not on it (before, a page waited for the whole rebuild: 2.7 s with 2,000 themes).
@Suite(.timed, .endToEnd) struct PreviewResponsivenessTests {
    @Test func pagesAreServedWhileEveryAgendaIsRebuilt() throws {
        let scratch = try PreviewTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let preview = try PreviewLaunch([], in: scratch)
        let agenda = scratch + "/regions/am05-twente.toml"
        let original = try String(contentsOfFile: agenda, encoding: .utf8)

        // Saves the agenda again and again, so that the preview rebuilds every agenda all the time.
        let saving = Saving()
        let saver = Thread {
            var round = 0
            while !saving.done {
                round += 1
                try? original.replacingOccurrences(of: "titel = \"Regionale Meerjarenagenda Twente 2026-2030\"", with: "titel = \"Twente \(round)\"")
                    .write(toFile: agenda, atomically: true, encoding: .utf8)
                usleep(30_000)
            }
        }
        saver.start()
        defer { saving.done = true }
        // Wait until rebuilds are under way, then time twenty requests among them.
        let started = Date()
        var seen = Set<String>()
        while seen.count < 3 && Date().timeIntervalSince(started) < 60 {
            let text = try PreviewTests.get("/am05-twente/beleidsdeel.html", port: preview.port).text
            if let range = text.range(of: "Twente [0-9]+", options: .regularExpression) { seen.insert(String(text[range])) }
        }
        #expect(seen.count >= 3, "the preview rebuilt while the agenda was saved")
        var times: [Double] = []
        for _ in 0..<20 {
            let asked = Date()
            #expect(try PreviewTests.get("/__mja/voorbeeld.js", port: preview.port).status == 200)
            times.append(Date().timeIntervalSince(asked) * 1000)
            usleep(20_000)
        }
        times.sort()
        #expect(times[10] < 100, "median \(times[10]) ms, slowest \(times[19]) ms while rebuilding")
        saving.done = true
        #expect(preview.stop())
    }

    final class Saving: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var done: Bool {
            get { lock.withLock { value } }
            set { lock.withLock { value = newValue } }
        }
    }
}
