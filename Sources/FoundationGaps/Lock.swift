#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutual exclusion lock over `pthread_mutex_t`, in place of `Foundation`'s `NSLock` (which
/// `FoundationEssentials` lacks): `lock()`, `unlock()` and `withLock(_:)` as `NSLock` has them, so
/// code that guards state kept beside the lock stays as it is. `Mutex` from `Synchronization` owns its
/// state instead, which would reshape every user.
public final class Lock: @unchecked Sendable {
    /// The mutex; `Condition` waits on it.
    let mutex: UnsafeMutablePointer<pthread_mutex_t>

    /// A new, unlocked lock.
    public init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Waits until the lock is free and takes it.
    public func lock() { pthread_mutex_lock(mutex) }

    /// Gives the lock back.
    public func unlock() { pthread_mutex_unlock(mutex) }

    /// Runs `body` holding the lock.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock()
        defer { unlock() }
        return try body()
    }
}
