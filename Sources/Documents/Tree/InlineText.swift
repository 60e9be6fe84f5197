/// The literal text of an ``Inline/text(_:)``: UTF-8 bytes, with the API a writer needs (its
/// bytes, its `String`, its length).
///
/// Why not `String`: a parsed document has a text for every piece of prose between two marks,
/// and a `String` each (made, copied out of the source and freed again) was the largest cost of
/// the Markdown parser's tree. The texts the parser makes are ranges of one byte buffer shared by
/// the whole document instead (see ``init(_:range:)``); texts made in code keep their `String`. Which
/// one a text is never shows: equality compares the bytes, and ``string`` is the same `String`
/// either way. Writers read the bytes (``withUTF8(_:)``) without making a `String`.
public struct InlineText: Sendable, Equatable, CustomStringConvertible {
    /// Where the bytes are. A text made in code keeps the `String` it was made from, so asking
    /// for it again (``string``, ``Inlines/plainText``) costs nothing, as when the tree held
    /// `String`s; the parser's texts are ranges of a shared buffer. Both fit in the 16 bytes of a
    /// `String`, so ``Inline`` stays as large as it was.
    @usableFromInline enum Storage: Sendable {
        case owned(String)
        case shared([UInt8], start: Int32, end: Int32)
    }

    /// Internal, and visible to inlined code: other modules read texts through ``withUTF8(_:)``
    /// (the template splicer looks for its marks in every text), which inlined there costs a
    /// switch, not a generic call with a closure.
    @usableFromInline let storage: Storage

    /// A text of its own holding `string`.
    public init(_ string: String) {
        storage = .owned(string)
    }

    /// The text `base[range]`, sharing `base`'s storage with the other texts made from it. The
    /// bytes must be valid UTF-8 and the range must not cut a character's bytes. Inlinable: the
    /// parser makes one for every text of a document.
    @inlinable public init(_ base: [UInt8], range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= base.count && base.count <= Int(Int32.max))
        storage = .shared(base, start: Int32(range.lowerBound), end: Int32(range.upperBound))
    }

    /// The text as a `String`: a text made in code gives the one it was made from, a parsed text
    /// a new one on each call (writers that can should read the bytes).
    public var string: String {
        switch storage {
        case .owned(let string): string
        case .shared: withUTF8 { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The text, for printing and test failures.
    public var description: String { string }

    /// The number of UTF-8 bytes.
    @inlinable public var utf8Count: Int {
        switch storage {
        case .owned(let string): string.utf8.count
        case .shared(_, let start, let end): Int(end &- start)
        }
    }

    /// Whether the text is empty.
    @inlinable public var isEmpty: Bool { utf8Count == 0 }

    /// Calls `body` with the text's UTF-8 bytes, valid only inside `body`.
    @inlinable @inline(__always)
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch storage {
        case .owned(var string):
            return try string.withUTF8(body)
        case .shared(let base, let start, let end):
            return try base.withUnsafeBufferPointer { buffer in
                try body(UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)]))
            }
        }
    }

    /// Whether both texts hold the same bytes, wherever they are stored.
    public static func == (lhs: InlineText, rhs: InlineText) -> Bool {
        // Lengths first: most texts compared differ in length (elementsEqual alone walked them).
        guard lhs.utf8Count == rhs.utf8Count else { return false }
        return lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    /// Where the buffer a parsed text is a range of keeps its bytes (nil for a text made in
    /// code): tests check with it that the parser's texts share their buffers.
    var bufferAddress: UnsafeRawPointer? {
        guard case .shared(let base, _, _) = storage else { return nil }
        return base.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
}

extension Inline {
    /// Literal text made in code (the parser shares its texts' buffers instead).
    public static func text(_ string: String) -> Inline {
        .text(InlineText(string))
    }
}
