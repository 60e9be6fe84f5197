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

    /// Three threads of their own (not tasks: a task that blocks holds one of the few threads of
    /// the cooperative pool) wait; one broadcast wakes them all long before their deadline.
    @Test func broadcastWakesEveryWaiter() {
        let condition = Condition()
        let state = Shared()
        for _ in 0..<3 {
            DetachedThread.start {
                condition.withLock {
                    state.waiting += 1
                    condition.broadcast()
                    while !state.released && condition.wait(until: Date(timeIntervalSinceNow: 30)) {}
                    if state.released { state.woken += 1 }
                    state.finished += 1
                    condition.broadcast()
                }
            }
        }
        condition.withLock {
            while state.waiting < 3 { condition.wait() }
            state.released = true
            condition.broadcast()
            while state.finished < 3 { condition.wait() }
        }
        #expect(state.woken == 3)
    }
}

private final class Shared: @unchecked Sendable {
    var waiting = 0
    var released = false
    var woken = 0
    var finished = 0
}
