import FoundationEssentials
import Hashing

/// A stored password: `pbkdf2-sha256$ITERATIONS$SALT$HASH`, salt and hash in base64 (RFC 4648 with
/// padding), the form Django and passlib also use for PBKDF2-HMAC-SHA-256.
struct PasswordHash: Sendable, Hashable {
    /// The iterations of new passwords: OWASP's advice for PBKDF2-HMAC-SHA-256 (2023 and later).
    static let recommendedIterations = 600_000
    /// More than this is refused when reading a file: a sign-in would take minutes, and a typo in a
    /// hand-edited file should not hang the server.
    static let maximumIterations = 100_000_000
    /// The salt of a new password, in bytes (NIST SP 800-132 asks at least 16).
    static let saltSize = 16
    /// The word before the first `$`.
    static let scheme = "pbkdf2-sha256"

    var iterations: Int
    var salt: [UInt8]
    var hash: [UInt8]

    /// Hashes a new password with a fresh salt.
    init(password: String, iterations: Int) {
        self.iterations = iterations
        self.salt = SystemRandom.bytes(Self.saltSize)
        self.hash = PBKDF2.sha256(password: Array(password.utf8), salt: salt, iterations: iterations, length: SHA256.digestSize)
    }

    init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    /// A hash no password matches (a random salt and a random "hash"), costing `iterations` to test:
    /// what a sign-in with an unknown name is checked against, so it takes as long as a wrong password.
    static func decoy(iterations: Int) -> PasswordHash {
        PasswordHash(iterations: iterations, salt: SystemRandom.bytes(saltSize), hash: SystemRandom.bytes(SHA256.digestSize))
    }

    /// Whether `password` is the one hashed; the comparison takes the same time wherever the bytes differ.
    func matches(_ password: String) -> Bool {
        let candidate = PBKDF2.sha256(password: Array(password.utf8), salt: salt, iterations: iterations, length: hash.count)
        return constantTimeEqual(candidate, hash)
    }

    /// The text in the accounts file.
    var text: String {
        "\(Self.scheme)$\(iterations)$\(Data(salt).base64EncodedString())$\(Data(hash).base64EncodedString())"
    }

    /// Reads `pbkdf2-sha256$600000$SALT$HASH`.
    static func parse(_ text: String) -> Result<PasswordHash, AccountFileError.PasswordHashProblem> {
        let parts = text.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == scheme else { return .failure(.notPBKDF2) }
        guard parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let iterations = Int(parts[1]),
              (1...maximumIterations).contains(iterations)
        else { return .failure(.iterations(String(parts[1]))) }
        guard let salt = Data(base64Encoded: String(parts[2])), (16...64).contains(salt.count) else { return .failure(.salt) }
        guard let hash = Data(base64Encoded: String(parts[3])), hash.count == SHA256.digestSize else { return .failure(.hash) }
        return .success(PasswordHash(iterations: iterations, salt: Array(salt), hash: Array(hash)))
    }
}
