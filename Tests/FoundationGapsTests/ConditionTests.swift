import Foundation
@testable import FoundationGaps
import TestSupport
import Testing

/// `Condition` as `NSCondition`: a wait that reaches its deadline says so, a broadcast wakes the
/// waiters, and the lock guards what is kept beside it.
@Suite(.timed) struct ConditionTests {
    @Test func deadlinePassedGivesFalse() {
        let condition = Condition(), foundation = NSCondition()
        let past = Date(timeIntervalSinceNow: -1)
        condition.lock()
        foundation.lock()
        #expect(condition.wait(until: past) == foundation.wait(until: past))
        #expect(condition.wait(until: Date(timeIntervalSinceNow: 0.01)) == false)
        foundation.unlock()
        condition.unlock()
    }

    @Test func broadcastWakesEveryWaiter() async {
        let condition = Condition()
        let state = Shared()
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<3 {
                group.addTask {
                    condition.withLock {
                        state.waiting += 1
                        condition.broadcast()
                        // Woken by the broadcast below, long before the deadline.
                        while !state.released {
                            if !condition.wait(until: Date(timeIntervalSinceNow: 60)) { return false }
                        }
                        return true
                    }
                }
            }
            condition.withLock {
                while state.waiting < 3 { condition.wait() }
                state.released = true
                condition.broadcast()
            }
            var woken = 0
            for await result in group where result { woken += 1 }
            #expect(woken == 3)
        }
    }
}

private final class Shared: @unchecked Sendable {
    var waiting = 0
    var released = false
}
