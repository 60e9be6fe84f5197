/// Whether `a` and `b` hold the same bytes, in a time that depends only on their lengths, never on
/// where they first differ: comparing a stored password hash or a session token byte by byte and
/// stopping at the first difference would tell a patient attacker how many bytes they have right.
///
/// Arrays of different lengths are unequal at once; the length of a hash or token is not a secret.
public func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for index in a.indices {
        difference |= a[index] ^ b[index]
    }
    return difference == 0
}
