/// What a writer needs of an ``Inline`` that it only reads, without a copy of it: the bytes of a
/// parsed text and the elements of an emphasis as pointers, everything else as "read the inline".
///
/// Why: a writer that walks the tree (`for inline in content`, then `switch`) copies each inline
/// out of its array, and a copy of a text or of an emphasis retains the buffer it shares with the
/// document's other texts or runs, released again after the inline is written: for a parsed
/// document as much work as writing most of its texts. Reading the inline's fields in place and
/// handing the writer pointers takes no reference at all. The pointers stay valid while the run
/// they came from is alive and unchanged, which a writer that holds the tree while it writes
/// ensures (the parser's texts and runs are ranges of buffers nothing changes once made).
enum BorrowedInline {
    /// A parsed text's UTF-8 bytes (a text made in code is ``other``).
    case text(UnsafeBufferPointer<UInt8>)
    /// The content of an emphasis or strong emphasis.
    case emphasis(UnsafeBufferPointer<Inline>)
    case strong(UnsafeBufferPointer<Inline>)
    case softBreak
    /// Any other inline (code, link, image, hard break, a text made in code): read it as it is.
    case other
}

extension Inline {
    /// The inline in place, as ``BorrowedInline``. Only trivial values leave the `switch`, so
    /// reading it copies nothing (a `switch` that binds a text or a run copies it).
    @inline(__always) var borrowed: BorrowedInline {
        switch self {
        case .text(let text):
            if case .shared(let base, let start, let end) = text.storage {
                return .text(base.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)]) })
            }
            return .other
        case .emphasis(let content): return .emphasis(content.borrowedElements)
        case .strong(let content): return .strong(content.borrowedElements)
        case .softBreak: return .softBreak
        case .code, .link, .image, .hardBreak: return .other
        }
    }
}

extension Inlines {
    /// The run's inlines in place, valid while the run's array is alive and unchanged (see
    /// ``BorrowedInline``).
    @inline(__always) var borrowedElements: UnsafeBufferPointer<Inline> {
        base.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)]) }
    }
}
