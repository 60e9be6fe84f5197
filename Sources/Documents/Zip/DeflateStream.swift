#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// DEFLATE of input that comes in pieces, with the same bytes as ``Deflate/compress(_:)`` of the
/// whole input: a large part (the Word body of the signal report, 38 MB at 100 times the national
/// content) is compressed as it is written, so it is never held whole.
///
/// The same bytes, because every decision is made as with the whole input: the matcher's
/// settings from the first 256 bytes, a position only once the 266 bytes that decide it are here
/// (``DeflateMatcher/parse(_:from:until:into:)``), a block ended only when it is full or the
/// input ends. What is held is the window behind the position reached, the open block's bytes (the
/// writer takes its literals from the input) and the bytes not yet decided: a few hundred KiB
/// besides the compressed bytes, and the last piece appended.
final class DeflateStream {
    /// The most bytes a stream takes: its positions are stored in 32 bits past the tables' base.
    static let maximumCount = 1 << 30
    /// Bytes past a position that decide it: the longest match and the eight bytes loaded past it.
    static let lookahead = 258 + 8
    /// Bytes that decide the matcher's settings (``DeflateMatcher/Settings/isBinary(_:)``).
    static let sample = 256

    private var matcher: DeflateMatcher
    private var block: DeflateBlock
    private var bits = BitWriter(capacity: 1 << 16)
    /// The input from stream position `heldStart` on, `heldCount` bytes, in `malloc`'s memory.
    private var held: UnsafeMutablePointer<UInt8>
    private var heldCapacity = 1 << 16
    private var heldStart = 0
    private var heldCount = 0
    /// Where the open block starts and how far the matcher has gone, as stream positions.
    private var blockStart = 0
    private var position = 0
    private var settled = false
    private var finished = false

    /// Bytes appended so far.
    var count: Int { heldStart + heldCount }

    /// A stream with nothing in it yet.
    init() {
        matcher = DeflateMatcher(count: Self.maximumCount, settings: .text)
        block = DeflateBlock(tables: matcher.tables)
        guard let memory = malloc(heldCapacity) else { fatalError("out of memory for \(heldCapacity) bytes") }
        held = memory.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(held) }

    /// Adds `bytes` to the input and compresses what they decide.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(!finished, "nothing is appended to a finished stream")
        precondition(count + bytes.count <= Self.maximumCount, "a DEFLATE stream of more than \(Self.maximumCount) bytes")
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        makeRoom(for: bytes.count)
        (held + heldCount).initialize(from: source, count: bytes.count)
        heldCount += bytes.count
        if !settled {
            guard count >= Self.sample else { return }
            settle()
        }
        let limit = count - Self.lookahead
        while position < limit {
            position = heldStart + matcher.parse(input, from: position - heldStart, until: limit - heldStart, into: &block)
            // Full before the input's end: the block is not the last one.
            guard block.count == block.capacity else { break }
            writeBlock(final: false)
        }
    }

    /// The DEFLATE stream of everything appended: the rest compressed, the last block final.
    func finish() -> [UInt8] {
        precondition(!finished, "a stream is finished once")
        finished = true
        if !settled { settle() }
        // As ``Deflate/compress(_:)`` goes on from the open block: at least one block, the last final.
        repeat {
            position = heldStart + matcher.parse(input, from: position - heldStart, until: heldCount, into: &block)
            writeBlock(final: position == count)
        } while position < count
        return bits.finish()
    }

    /// The bytes held, counted from `heldStart`.
    private var input: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: held, count: heldCount) }

    /// The matcher's settings, from the first bytes as ``Deflate/compress(_:)`` takes them.
    private func settle() {
        matcher.settings = DeflateMatcher.Settings.isBinary(UnsafeBufferPointer(start: held, count: min(heldCount, Self.sample))) ? .binary : .text
        settled = true
    }

    /// Writes the open block, which covers the input from `blockStart` to `position`.
    private func writeBlock(final: Bool) {
        let covered = UnsafeBufferPointer(start: held + (blockStart - heldStart), count: position - blockStart)
        block.write(to: &bits, input: covered, final: final)
        block.reset()
        blockStart = position
    }

    /// Room for `extra` more bytes: the bytes no longer needed (before the open block and the
    /// window behind the position) let go first, in whole chain tables (``DeflateTables/slide(by:)``),
    /// then the buffer grown if that is not enough.
    private func makeRoom(for extra: Int) {
        guard heldCount + extra > heldCapacity else { return }
        let needed = min(blockStart, position - DeflateTables.window)
        let drop = max(0, needed - heldStart) & ~(DeflateTables.previousSlots - 1)
        if drop > 0 {
            memmove(held, held + drop, heldCount - drop)
            heldStart += drop
            heldCount -= drop
            matcher.tables.slide(by: drop)
        }
        guard heldCount + extra > heldCapacity else { return }
        let grown = max(heldCount + extra, heldCapacity * 2)
        guard let memory = realloc(held, grown) else { fatalError("out of memory for \(grown) bytes") }
        held = memory.assumingMemoryBound(to: UInt8.self)
        heldCapacity = grown
    }
}
