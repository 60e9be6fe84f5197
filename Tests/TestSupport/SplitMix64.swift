/// SplitMix64 (Steele, Lea and Flood, 2014): a small deterministic generator, so a test's random
/// inputs are the same on every run and a failure can be found again. One for every suite that
/// holds a fast path to the slow one over random texts or bytes.
public struct SplitMix64: RandomNumberGenerator {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public init(seed: UInt64) { self.state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` bytes, the low byte of one value each.
    public mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}

extension SplitMix64 {
    /// `count` texts, each of zero to `maximumLength` pieces drawn from `pieces` and joined: the
    /// random input of the suites that hold a fast path over text to the slow way it replaced. The
    /// pieces are where the two ways could part (ASCII and beyond, joiners, CR LF, ...), each suite
    /// naming its own.
    public mutating func texts(_ count: Int, of pieces: [String], maximumLength: Int) -> [String] {
        (0..<count).map { _ in
            (0..<Int.random(in: 0...maximumLength, using: &self)).map { _ in pieces.randomElement(using: &self)! }.joined()
        }
    }
}
