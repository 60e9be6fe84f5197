import FoundationEssentials
import FoundationGaps

/// One browser's session: a random id (the cookie), the person signed in (nil before signing in:
/// the sign-in form needs a CSRF token too) and the token every form of this session carries.
public struct Session: Sendable, Equatable {
    /// 256 random bits as 64 hex digits; only ever sent in the cookie.
    public var id: String
    /// The person, nil while not signed in.
    public var person: Person?
    /// 256 random bits as hex: a form without it (or with another) is refused.
    public var csrfToken: String
}

/// The sessions the server knows, in memory: a restart signs everyone out, which is safe. A session
/// unused for `idleTimeout` is gone; at most `limit` are kept (the least recently used goes first),
/// so a flood of visitors cannot fill the memory.
public final class SessionStore: @unchecked Sendable {
    private let lock = Lock()
    private var sessions: [String: (session: Session, lastSeen: ContinuousClock.Instant)] = [:]
    private let idleTimeout: Duration
    private let limit: Int
    private let random: @Sendable (Int) -> [UInt8]
    private let clock = ContinuousClock()

    /// Sessions that end after `idleTimeout` without use; `random` gives that many bytes from the
    /// system's random source.
    public init(idleTimeout: Duration, limit: Int = 10_000, random: @escaping @Sendable (Int) -> [UInt8]) {
        self.idleTimeout = idleTimeout
        self.limit = limit
        self.random = random
    }

    /// The session with `id` if it exists and has been used within the idle timeout; using it
    /// starts the timeout again.
    public func session(_ id: String) -> Session? {
        lock.withLock {
            guard let entry = sessions[id] else { return nil }
            let now = clock.now
            guard now - entry.lastSeen < idleTimeout else {
                sessions[id] = nil
                return nil
            }
            sessions[id]?.lastSeen = now
            return entry.session
        }
    }

    /// A new session for `person` (nil: not signed in), always with a new id and token, replacing
    /// `previous` (so the id a visitor had before signing in is worth nothing after).
    public func start(for person: Person?, replacing previous: String? = nil) -> Session {
        let session = Session(id: Self.hex(random(32)), person: person, csrfToken: Self.hex(random(32)))
        lock.withLock {
            if let previous { sessions[previous] = nil }
            if sessions.count >= limit {
                let now = clock.now
                sessions = sessions.filter { now - $0.value.lastSeen < idleTimeout }
                if sessions.count >= limit, let oldest = sessions.min(by: { $0.value.lastSeen < $1.value.lastSeen }) {
                    sessions[oldest.key] = nil
                }
            }
            sessions[session.id] = (session, clock.now)
        }
        return session
    }

    /// Ends the session with `id` (signing out).
    public func end(_ id: String) {
        lock.withLock { sessions[id] = nil }
    }

    /// How many sessions are kept now.
    public var count: Int { lock.withLock { sessions.count } }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
