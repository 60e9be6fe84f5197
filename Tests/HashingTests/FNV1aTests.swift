import Hashing
import TestSupport
import Testing

/// The vectors of the FNV reference code's test suite (draft-eastlake-fnv, `test_fnv.c`), also checked
/// against a Python transcription of the definition when they were written down.
@Suite(.timed) struct FNV1aTests {
    @Test(arguments: [
        ("", 0xcbf2_9ce4_8422_2325 as UInt64, 0x811c_9dc5 as UInt32),
        ("a", 0xaf63_dc4c_8601_ec8c, 0xe40c_292c),
        ("foobar", 0x8594_4171_f739_67e8, 0xbf9c_f968),
        ("chongo was here!\n", 0x4681_0940_eff5_f915, 0xd499_30d5),
    ])
    func referenceVectors(text: String, expected64: UInt64, expected32: UInt32) {
        #expect(FNV1a.hash64(text.utf8) == expected64)
        #expect(FNV1a.hash32(text.utf8) == expected32)
        #expect(FNV1a.hash64(Array(text.utf8)) == expected64)
    }

    @Test func stepByStepIsTheWholeHash() {
        let bytes = Array("Twente, Zuid-Limburg".utf8)
        #expect(bytes.reduce(FNV1a.offset64, FNV1a.step) == FNV1a.hash64(bytes))
    }
}
