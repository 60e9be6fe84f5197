/// The literal text of an ``Inline/text(_:)``: UTF-8 bytes, with the API a writer needs (its
/// bytes, its `String`, its length).
///
/// Why not `String`: a parsed document has a text for every piece of prose between two marks,
/// and a `String` each (made, copied out of the source and freed again) was the largest cost of
/// the Markdown parser's tree. The texts the parser makes are ranges of one byte buffer shared by
/// the whole document instead (see ``init(_:range:)``); texts made in code own their bytes. Which
/// one a text is never shows: equality compares the bytes, and ``string`` is the same `String`
/// either way. Writers read the bytes (``withUTF8(_:)``) without making a `String`.
public struct InlineText: Sendable, Equatable, CustomStringConvertible {
    /// The buffer this text is a range of.
    private let base: [UInt8]
    /// The text's range in `base`. Int32 keeps ``Inline`` as small as with a `String` payload.
    private let start: Int32
    private let end: Int32

    /// A text of its own holding `string`'s UTF-8.
    public init(_ string: String) {
        base = Array(string.utf8)
        start = 0
        end = Int32(base.count)
    }

    /// The text `base[range]`, sharing `base`'s storage with the other texts made from it. The
    /// bytes must be valid UTF-8 and the range must not cut a character's bytes.
    public init(_ base: [UInt8], range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= base.count && base.count <= Int(Int32.max))
        self.base = base
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
    }

    /// The text as a `String` (made anew on each call: writers that can should read the bytes).
    public var string: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// The text, for printing and test failures.
    public var description: String { string }

    /// The number of UTF-8 bytes.
    public var utf8Count: Int { Int(end &- start) }

    /// Whether the text is empty.
    public var isEmpty: Bool { end == start }

    /// Calls `body` with the text's UTF-8 bytes, valid only inside `body`.
    @inline(__always)
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try base.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)]))
        }
    }

    /// Whether both texts hold the same bytes, wherever they are stored.
    public static func == (lhs: InlineText, rhs: InlineText) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    /// Where the buffer this text is a range of keeps its bytes: tests check with it that the
    /// parser's texts share one buffer.
    var bufferAddress: UnsafeRawPointer? {
        base.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
}

extension Inline {
    /// Literal text made in code (the parser shares one buffer among its texts instead).
    public static func text(_ string: String) -> Inline {
        .text(InlineText(string))
    }
}
