/// A growable run of records that one owner writes in place: the inline records of a document,
/// which the inline parser appends and relinks thousands of times per document, and its
/// delimiter stack.
///
/// Why not an array: every write to an element of an array held in a struct checks that the
/// array's storage is not shared (`swift_isUniquelyReferenced`) before it writes, and appending
/// checks that and the capacity. For the inline records those checks were about a tenth of
/// parsing. The arena cannot be copied, so its memory has one owner and is never shared: a write
/// is a store. Indexes are still checked against the count.
struct RecordArena<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    /// The number of records.
    private(set) var count = 0
    private var capacity: Int

    /// An empty arena with room for `capacity` records.
    init(capacity: Int = 0) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The record at `index`.
    @inline(__always) subscript(index: Int) -> Element {
        get {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "record index out of range")
            return base[index]
        }
        set {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "record index out of range")
            base[index] = newValue
        }
    }

    /// Appends `element`.
    @inline(__always) mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Whether there are no records.
    var isEmpty: Bool { count == 0 }

    /// Removes every record, keeping the memory for the next ones.
    mutating func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }

    /// Makes room for `minimumCapacity` records in all.
    mutating func reserveCapacity(_ minimumCapacity: Int) {
        if minimumCapacity > capacity { resize(to: minimumCapacity) }
    }

    private mutating func grow() {
        resize(to: capacity * 2)
    }

    private mutating func resize(to newCapacity: Int) {
        let memory = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        memory.moveInitialize(from: base, count: count)
        base.deallocate()
        base = memory
        capacity = newCapacity
    }

    /// The records, valid while the arena is neither changed nor gone.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// The records as they are, leaving this arena empty.
    mutating func take() -> RecordArena<Element> {
        var taken = RecordArena(capacity: 0)
        swap(&self, &taken)
        return taken
    }
}
