import FoundationEssentials
import FoundationGaps

/// Slows down guessing: after a few failed sign-ins for one account, or from one address, each next
/// attempt must wait, longer after each failure.
///
/// The server asks `delay` before checking a password and refuses the attempt (without checking,
/// "probeer het over N seconden opnieuw") while it is above zero; it reports the outcome with
/// `recordFailure` or `recordSuccess`. Counting per account stops a slow guess at one person's password
/// from many addresses; counting per address stops one address trying many accounts.
///
/// - The first `freeFailures` failures (3) cost nothing: people mistype.
/// - Then the wait is 1 s, 2 s, 4 s, ... up to `maximumDelay` (5 minutes): 20 guesses take an hour.
/// - A key is forgotten `forgetAfter` (1 hour) after its last failure.
/// - At most `capacity` keys (10,000) are kept: past that, the forgotten ones are dropped and then the
///   oldest, so a flood of made-up names or addresses cannot use up the memory.
///
/// A class with a lock rather than an actor: the HTTP server serves each connection on a thread of
/// its own and asks synchronously.
public final class SignInThrottle: @unchecked Sendable {
    private struct Record {
        var failures: Int
        var lastFailure: ContinuousClock.Instant
    }

    /// Failures that cost nothing.
    public let freeFailures: Int
    /// The longest wait.
    public let maximumDelay: Duration
    /// How long after its last failure a key is forgotten.
    public let forgetAfter: Duration
    /// The most keys kept.
    public let capacity: Int

    private let lock = Lock()
    private var records: [String: Record] = [:]

    /// A throttle with the limits above; tests may choose smaller ones.
    public init(
        freeFailures: Int = 3, maximumDelay: Duration = .seconds(300), forgetAfter: Duration = .seconds(3600),
        capacity: Int = 10_000
    ) {
        self.freeFailures = max(0, freeFailures)
        self.maximumDelay = maximumDelay
        self.forgetAfter = forgetAfter
        self.capacity = max(2, capacity)
    }

    /// How long the attempt must still wait: zero when it may go ahead now.
    public func delay(name: String, address: String, now: ContinuousClock.Instant) -> Duration {
        lock.withLock {
            [Self.key(name: name), Self.key(address: address)].map { key -> Duration in
                guard let record = records[key], now - record.lastFailure < forgetAfter else { return .zero }
                let ready = record.lastFailure + wait(after: record.failures)
                return ready > now ? ready - now : .zero
            }.max() ?? .zero
        }
    }

    /// Counts a failed attempt for the account and the address.
    public func recordFailure(name: String, address: String, now: ContinuousClock.Instant) {
        lock.withLock {
            for key in [Self.key(name: name), Self.key(address: address)] {
                var record = records[key] ?? Record(failures: 0, lastFailure: now)
                if now - record.lastFailure >= forgetAfter { record.failures = 0 }
                record.failures += 1
                record.lastFailure = now
                records[key] = record
            }
            if records.count > capacity { prune(now: now) }
        }
    }

    /// Forgets the failures of the account: its owner knows the password. The address keeps its
    /// count (decaying as ever), so one good account does not clear the way to guessing others.
    public func recordSuccess(name: String, address: String, now: ContinuousClock.Instant) {
        lock.withLock {
            _ = records.removeValue(forKey: Self.key(name: name))
        }
    }

    /// The number of keys kept, for tests of the memory bound.
    public var count: Int {
        lock.withLock { records.count }
    }

    /// The wait after `failures` failures: none for the free ones, then 1 s doubling to the maximum.
    func wait(after failures: Int) -> Duration {
        let counted = failures - freeFailures
        guard counted > 0 else { return .zero }
        let doubled = Duration.seconds(1) * (1 << min(counted - 1, 30))
        return min(doubled, maximumDelay)
    }

    /// Drops the forgotten keys, then the oldest, down to three quarters of the capacity, so pruning
    /// runs once per quarter of the capacity and not on every failure.
    private func prune(now: ContinuousClock.Instant) {
        records = records.filter { now - $0.value.lastFailure < forgetAfter }
        let target = capacity * 3 / 4
        guard records.count > target else { return }
        let oldest = records.sorted { $0.value.lastFailure < $1.value.lastFailure }.prefix(records.count - target)
        for (key, _) in oldest { records.removeValue(forKey: key) }
    }

    /// Names and addresses in one dictionary, apart by prefix; a name in any capitals is one account.
    private static func key(name: String) -> String { "naam:" + name.lowercased() }
    private static func key(address: String) -> String { "adres:" + address }
}
