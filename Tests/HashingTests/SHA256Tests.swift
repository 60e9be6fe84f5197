import Hashing
import Testing

/// SHA-256 against the published vectors: FIPS 180-4's examples (NIST CSRC) and NIST CAVP's byte
/// vectors (SHAVS, shabytetestvectors: SHA256ShortMsg.rsp and the first of SHA256LongMsg.rsp).
/// Every digest here was also checked against Python's hashlib (OpenSSL) when written down.
@Suite struct SHA256Tests {
    struct Vector: CustomTestStringConvertible, Sendable {
        var bits: Int
        var message: String
        var digest: String
        var testDescription: String { "\(bits) bits" }
    }

    /// CAVP ShortMsg: 0 and 8 bits, 16 and 24, one byte short of a block (504), one block (512);
    /// LongMsg: its first message (1304 bits, three blocks).
    static let cavp = [
        Vector(bits: 0, message: "", digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(bits: 8, message: "d3", digest: "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1"),
        Vector(bits: 16, message: "11af", digest: "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98"),
        Vector(bits: 24, message: "b4190e", digest: "dff2e73091f6c05e528896c4c831b9448653dc2ff043528f6769437bc7b975c2"),
        Vector(
            bits: 504,
            message: "e2f76e97606a872e317439f1a03fcd92e632e5bd4e7cbc4e97f1afc19a16fde92d77cbe546416b51640cddb92af996534dfd81edb17c4424cf1ac4d75aceeb",
            digest: "18041bd4665083001fba8c5411d2d748e8abbfdcdfd9218cb02b68a78e7d4c23"),
        Vector(
            bits: 512,
            message: "5a86b737eaea8ee976a0a24da63e7ed7eefad18a101c1211e2b3650c5187c2a8a650547208251f6d4237e661c7bf4c77f335390394c37fa1a9f9be836ac28509",
            digest: "42e61e174fbb3897d6dd6cef3dd2802fe67b331953b06114a65c772859dfc1aa"),
        Vector(
            bits: 1304,
            message: "451101250ec6f26652249d59dc974b7361d571a8101cdfd36aba3b5854d3ae086b5fdd4597721b66e3c0dc5d8c606d9657d0e323283a5217d1f53f2f284f57b85c8a61ac8924711f895c5ed90ef17745ed2d728abd22a5f7a13479a462d71b56c19a74a40b655c58edfe0a188ad2cf46cbf30524f65d423c837dd1ff2bf462ac4198007345bb44dbb7b1c861298cdf61982a833afc728fae1eda2f87aa2c9480858bec",
            digest: "3c593aa539fdcdae516cdf2f15000f6634185c88f505b39775fb9ab137a10aa2"),
    ]

    @Test(arguments: cavp) func cavpByteVectors(_ vector: Vector) {
        let message = Hex.bytes(vector.message)
        #expect(message.count * 8 == vector.bits)
        #expect(Hex.text(SHA256.hash(message)) == vector.digest)
    }

    /// FIPS 180-4's examples: one block, two blocks (the 448-bit message whose padding needs a second
    /// block) and the 896-bit message.
    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func fipsExamples(_ message: String, _ digest: String) {
        #expect(Hex.text(SHA256.hash(Array(message.utf8))) == digest)
    }

    /// The long-message example: one million times 'a', given as an array (hashed block by block
    /// where it lies) and as a lazy sequence (byte by byte through the buffer).
    @Test func oneMillionA() {
        let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(Hex.text(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))) == digest)
        #expect(Hex.text(SHA256.hash(repeatElement(UInt8(0x61), count: 1_000_000))) == digest)
    }

    /// Around the block and padding edges (55, 56, 63, 64, 65 bytes) the array path and the byte-by-byte
    /// path agree: a mistake in either shows as a difference.
    @Test func contiguousAndByteWiseAgree() {
        for count in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            #expect(SHA256.hash(bytes) == SHA256.hash(bytes.lazy.map { $0 }), "\(count) bytes")
        }
    }
}
