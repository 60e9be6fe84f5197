import Hashing
import Testing

/// PBKDF2-HMAC-SHA-256 against the published vectors: RFC 7914 section 11 and the SHA-256 versions of
/// RFC 6070's cases (as in RFC 7914's errata and most libraries' tests). Each was also checked against
/// Python's `hashlib.pbkdf2_hmac` when written down.
@Suite struct PBKDF2Tests {
    struct Vector: CustomTestStringConvertible, Sendable {
        var password: String
        var salt: String
        var iterations: Int
        var derived: String
        var testDescription: String { "\(password.debugDescription) \(salt.debugDescription) c=\(iterations)" }
    }

    static let vectors = [
        // RFC 7914 section 11: two blocks of output (64 bytes).
        Vector(password: "passwd", salt: "salt", iterations: 1,
               derived: "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"),
        Vector(password: "Password", salt: "NaCl", iterations: 80000,
               derived: "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"),
        // RFC 6070's cases with SHA-256.
        Vector(password: "password", salt: "salt", iterations: 1, derived: "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
        Vector(password: "password", salt: "salt", iterations: 2, derived: "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
        Vector(password: "password", salt: "salt", iterations: 4096, derived: "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
        // Output of 40 bytes: a second block, cut short.
        Vector(password: "passwordPASSWORDpassword", salt: "saltSALTsaltSALTsaltSALTsaltSALTsalt", iterations: 4096,
               derived: "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"),
        // NUL bytes in the password and the salt, 16 bytes of output.
        Vector(password: "pass\0word", salt: "sa\0lt", iterations: 4096, derived: "89b69d0516f829893c696226650a8687"),
    ]

    @Test(arguments: vectors) func publishedVectors(_ vector: Vector) {
        let derived = PBKDF2.sha256(
            password: Array(vector.password.utf8), salt: Array(vector.salt.utf8), iterations: vector.iterations,
            length: vector.derived.count / 2)
        #expect(Hex.text(derived) == vector.derived)
    }

    /// A password longer than a block is hashed first (HMAC's rule), as OpenSSL does.
    @Test func passwordLongerThanABlock() {
        let password = Array(String(repeating: "lang wachtwoord ", count: 8).utf8)
        #expect(password.count > 64)
        // python3 -c 'import hashlib; print(hashlib.pbkdf2_hmac("sha256", b"lang wachtwoord "*8, b"zout", 3, 32).hex())'
        #expect(Hex.text(PBKDF2.sha256(password: password, salt: Array("zout".utf8), iterations: 3, length: 32))
            == "b7bb0f6229462566c3248618f0267341dc54ad7de27c86503badeef18f504b9e")
    }

    @Test func emptyAndOddRequests() {
        #expect(PBKDF2.sha256(password: [], salt: [], iterations: 1, length: 0) == [])
        // Iterations below 1 count as 1 (documented): the same bytes as c=1.
        #expect(PBKDF2.sha256(password: Array("password".utf8), salt: Array("salt".utf8), iterations: 0, length: 32)
            == Hex.bytes("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"))
    }
}
