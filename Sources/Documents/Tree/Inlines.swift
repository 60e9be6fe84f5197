/// The inline content of a paragraph, heading, table cell, emphasis, link or image: a run of
/// ``Inline`` values with the API of an array (indexes from 0, `append`, `map`, array literals).
///
/// Why not `[Inline]`: a parsed document has an inline run for every paragraph, cell, emphasis
/// and link, and an array each was a third of the heap objects the Markdown parser made (each
/// allocated, filled and freed again). Runs the parser makes are ranges of a few arrays shared by
/// the whole document instead (see ``init(_:range:)``); runs built in code own their array, as
/// before. Which one a run is never shows: equality compares the elements, and changing a shared
/// run first copies it out.
public struct Inlines: Sendable, Equatable, RandomAccessCollection, RangeReplaceableCollection, ExpressibleByArrayLiteral {
    // Internal, and visible to inlined code, so other modules (the template splicer, the decks)
    // walk a run without a call per inline.
    /// The array this run is a range of.
    @usableFromInline var base: [Inline]
    /// The run's range in `base`. Int32 keeps ``Inline`` as small as with an array payload.
    @usableFromInline var start: Int32
    @usableFromInline var end: Int32

    /// An empty run.
    public init() {
        base = []
        start = 0
        end = 0
    }

    /// A run of its own holding `elements`.
    public init(_ elements: [Inline]) {
        base = elements
        start = 0
        end = Int32(elements.count)
    }

    /// A run holding `elements`.
    public init<S: Sequence>(_ elements: S) where S.Element == Inline {
        self.init(Array(elements))
    }

    /// The run `base[range]`, sharing `base`'s storage with the other runs made from it. `base`
    /// must not hold runs of itself: those would keep it alive forever (the parser puts the
    /// content of nested elements in another array than the elements themselves). Inlinable: the
    /// parser makes one for every paragraph, cell, emphasis and link.
    @inlinable public init(_ base: [Inline], range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= base.count && base.count <= Int(Int32.max))
        self.base = base
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
    }

    /// A run holding the literal's elements.
    public init(arrayLiteral elements: Inline...) {
        self.init(elements)
    }

    /// Always 0, as for an array.
    @inlinable public var startIndex: Int { 0 }
    /// The number of inlines.
    @inlinable public var endIndex: Int { Int(end &- start) }
    /// The number of inlines.
    @inlinable public var count: Int { Int(end &- start) }
    /// Whether the run has no inlines.
    @inlinable public var isEmpty: Bool { end == start }

    /// The inline at `position`, counted from 0.
    public subscript(position: Int) -> Inline {
        get {
            precondition(position >= 0 && position < count, "Inlines index out of range")
            return base[Int(start) &+ position]
        }
        set {
            makeOwn()
            base[position] = newValue
        }
    }

    /// Replaces the inlines at `subrange`; a shared run is copied out first.
    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C) where C.Element == Inline {
        makeOwn()
        base.replaceSubrange(subrange, with: newElements)
        end = Int32(base.count)
    }

    /// Appends `inline`; a shared run is copied out first. (The collection's own `append` went
    /// through `insert(_:at:)` and `replaceSubrange`, unspecialised across modules: a few hundred
    /// instructions for each inline the template splicer adds.)
    public mutating func append(_ inline: Inline) {
        makeOwn()
        base.append(inline)
        end = Int32(base.count)
    }

    /// Appends the inlines of `other`; a shared run is copied out first.
    public mutating func append(contentsOf other: Inlines) {
        makeOwn()
        base.append(contentsOf: other.base[Int(other.start)..<Int(other.end)])
        end = Int32(base.count)
    }

    /// Appends the inlines of `rhs` to `lhs` (as ``append(contentsOf:)``).
    public static func += (lhs: inout Inlines, rhs: Inlines) {
        lhs.append(contentsOf: rhs)
    }

    /// Makes room for `minimumCapacity` inlines; a shared run is copied out first.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        makeOwn()
        base.reserveCapacity(minimumCapacity)
    }

    /// Where the array this run is a range of keeps its elements: tests check with it that runs
    /// are shared and that no array holds a run of itself.
    var arrayAddress: UnsafeRawPointer? {
        base.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    /// Makes `base` this run alone, so changing it changes no other run.
    private mutating func makeOwn() {
        guard start != 0 || Int(end) != base.count else { return }
        base = Array(base[Int(start)..<Int(end)])
        start = 0
        end = Int32(base.count)
    }

    /// Walks the run straight over its array (writers walk every run).
    public struct Iterator: IteratorProtocol {
        @usableFromInline let base: [Inline]
        @usableFromInline var index: Int
        @usableFromInline let end: Int

        @inlinable init(base: [Inline], index: Int, end: Int) {
            self.base = base
            self.index = index
            self.end = end
        }

        /// The next inline, nil after the last.
        @inlinable public mutating func next() -> Inline? {
            guard index < end else { return nil }
            defer { index &+= 1 }
            return base[index]
        }
    }

    /// An iterator over the run.
    @inlinable public func makeIterator() -> Iterator {
        Iterator(base: base, index: Int(start), end: Int(end))
    }

    /// Whether both runs hold the same inlines, wherever they are stored.
    public static func == (lhs: Inlines, rhs: Inlines) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
