import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A lock with a condition to wait for, in place of `Foundation`'s `NSCondition` (which
/// `FoundationEssentials` lacks): `lock()`, `unlock()`, `withLock(_:)`, `wait(until:)`, `signal()`
/// and `broadcast()` as `NSCondition` has them, over `pthread_mutex_t` and `pthread_cond_t`. The
/// preview's pages wait on it for a new build, the workspace server's stop for requests in flight.
public final class Condition: @unchecked Sendable {
    /// The lock the condition is waited for under (its mutex is what `pthread_cond_wait` gives back).
    private let guarding = Lock()
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var mutex: UnsafeMutablePointer<pthread_mutex_t> { guarding.mutex }

    /// A new, unlocked condition.
    public init() {
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deinitialize(count: 1)
        condition.deallocate()
    }

    /// Waits until the lock is free and takes it.
    public func lock() { guarding.lock() }

    /// Gives the lock back.
    public func unlock() { guarding.unlock() }

    /// Runs `body` holding the lock.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        try guarding.withLock(body)
    }

    /// Gives the lock back and waits, holding it again on return, until another thread calls
    /// `signal()` or `broadcast()` (or the system wakes it for no reason: wait in a loop that checks
    /// what it waits for) or `deadline` passes. False when the deadline passed, as `NSCondition`.
    public func wait(until deadline: Date) -> Bool {
        // pthread_cond_timedwait counts on CLOCK_REALTIME, the clock `Date` is read from.
        let seconds = deadline.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        var time = timespec(tv_sec: Int(whole), tv_nsec: Int(((seconds - whole) * 1_000_000_000).rounded(.down)))
        if time.tv_sec < 0 { time = timespec(tv_sec: 0, tv_nsec: 0) }
        return pthread_cond_timedwait(condition, mutex, &time) == 0
    }

    /// Waits, without a deadline, as `wait(until:)`.
    public func wait() { pthread_cond_wait(condition, mutex) }

    /// Wakes one waiting thread.
    public func signal() { pthread_cond_signal(condition) }

    /// Wakes every waiting thread.
    public func broadcast() { pthread_cond_broadcast(condition) }
}
