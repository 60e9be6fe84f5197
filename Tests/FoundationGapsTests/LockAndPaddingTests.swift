import Foundation
import FoundationGaps
import TestSupport
import Testing

@Suite(.timed) struct LockAndPaddingTests {
    /// Two threads adding under the lock lose no addition.
    @Test func lockKeepsEveryAddition() async {
        final class Counter: @unchecked Sendable { var value = 0 }
        let lock = Lock()
        let counter = Counter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask { for _ in 0..<10_000 { lock.withLock { counter.value += 1 } } }
            }
        }
        #expect(counter.value == 40_000)
    }

    @Test func paddingAsFoundation() {
        let texts = ["", "a", "fout", "waarschuwing", "é", "e\u{301}", "€ 12", "opmerking!"]
        for text in texts {
            for length in 0...14 {
                #expect(text.padded(toLength: length) == text.padding(toLength: length, withPad: " ", startingAt: 0),
                        "\(text) \(length)")
            }
        }
    }
}
