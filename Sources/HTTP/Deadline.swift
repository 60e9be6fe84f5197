#if canImport(Glibc)
import Glibc
#endif

/// A moment on the monotonic clock (which a change of the wall clock does not move), by which
/// something must have happened.
struct Deadline {
    private let nanoseconds: UInt64

    /// `duration` from now.
    init(after duration: Duration) {
        let (seconds, attoseconds) = duration.components
        nanoseconds = Self.now() &+ UInt64(max(0, seconds)) * 1_000_000_000 &+ UInt64(max(0, attoseconds / 1_000_000_000))
    }

    /// The milliseconds left, rounded up; 0 once it has passed.
    var remainingMilliseconds: Int32 {
        let now = Self.now()
        guard nanoseconds > now else { return 0 }
        return Int32(clamping: (nanoseconds - now + 999_999) / 1_000_000)
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
