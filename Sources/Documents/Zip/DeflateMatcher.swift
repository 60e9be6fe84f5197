/// LZ77 matching for ``Deflate``, greedy and tuned for instructions per byte: a hash of the next
/// few bytes leads to the most recent positions with that hash (chains through a 32 KiB window, a
/// few steps deep), searched only where the newest candidate shares the next four bytes;
/// candidates are compared eight bytes at a time, and inside a long match only its first positions
/// are entered into the chains. How deep and on how many bytes is set per stream by
/// ``Settings``: text (XML, PDF content) and binary data (fonts) repeat differently.
struct DeflateMatcher: ~Copyable {
    /// How the matcher searches.
    struct Settings {
        /// Bytes hashed (4 or 5); a match is at least 4 bytes long either way.
        let hashBytes: Int
        /// Candidates looked at per position.
        let chainSteps: Int
        /// A match this long ends the search.
        let niceLength: Int
        /// Matches up to this long have all their positions entered into the chains; of longer ones
        /// only the first few (a long match is usually inside a longer repeat that is found anyway).
        let fullInsertLength: Int

        /// XML and PDF content streams: tags and operators share their first four bytes so often
        /// that a four-byte hash fills each chain with candidates that end a byte later, so five
        /// bytes are hashed. A chain is searched only behind a real candidate, so eight steps cost
        /// little, and the positions they make up for (those inside matches longer than 12 bytes)
        /// cost more: over a national build's parts other than fonts, eight steps with matches
        /// up to 12 bytes entered in full gave a ratio of 4.954 and 27.0 instructions per byte,
        /// where four steps behind every candidate with matches up to 32 gave 4.953 and 28.4 (the
        /// curve is in the README).
        static let text = Settings(hashBytes: 5, chainSteps: 8, niceLength: 64, fullInsertLength: 12)
        /// Fonts and other binary streams: their repeats are short (four-byte matches pay); with a
        /// chain searched only behind a real candidate, eight steps find more for little (ratio
        /// 1.3667 against 1.3608 at two steps, for about one instruction per byte more).
        static let binary = Settings(hashBytes: 4, chainSteps: 8, niceLength: 64, fullInsertLength: 32)

        /// Whether `data` is binary: more than one in eight of its first 256 bytes are
        /// control or non-ASCII bytes (UTF-8 text in Dutch has a few, a font has many).
        static func isBinary(_ data: UnsafeBufferPointer<UInt8>) -> Bool {
            let sample = min(data.count, 256)
            var other = 0
            otherBytes.withUnsafeBufferPointer { table in
                for index in 0..<sample { other &+= Int(table[Int(data[index])]) }
            }
            return other &* 8 > sample
        }

        /// 1 for the bytes text does not hold: control bytes but tab, line feed and carriage
        /// return, and every non-ASCII byte (a lookup per byte, where the test took 12 instructions).
        private static let otherBytes: [UInt8] = (0..<256).map { byte in
            byte >= 128 || (byte < 32 && byte != 9 && byte != 10 && byte != 13) ? 1 : 0
        }
    }

    static let window = DeflateTables.window
    /// The stream's memory, its blocks' too.
    let tables: DeflateTables
    /// Set before the first ``parse(_:from:until:into:)`` of a stream; ``DeflateStream`` sets it
    /// once it has the bytes that decide it.
    var settings: Settings

    /// A matcher for an input of `count` bytes, with tables kept from earlier streams.
    init(count: Int, settings: Settings) {
        self.settings = settings
        tables = DeflateTables.take()
        tables.start(count: count)
    }

    deinit {
        DeflateTables.give(tables)
    }

    /// Finds the literals and matches of `data` from `start` on into `block` until it is full or the
    /// input ends; returns the position reached.
    /// Not inlined, as before streams: inlined into ``Deflate/compress(_:)`` it cost 16 million
    /// instructions more over a national build.
    @inline(never) func parse(_ data: UnsafeBufferPointer<UInt8>, from start: Int, into block: inout DeflateBlock) -> Int {
        // `limit` a constant: the compiler folds its tests away, and the loop is the one it was
        // before streams (with the limit a variable it kept one more value on the stack: 11
        // million instructions more over a national build).
        parse(data, from: start, stoppingAt: .max, into: &block)
    }

    /// ``parse(_:from:into:)`` that stops at the first position at or past `limit`, the block left
    /// open (``DeflateStream``, whose input comes in pieces); called again with more input it goes
    /// on where it stopped, the literals since the last match carried in the block. A position is
    /// decided by the 258 bytes a match may take and the eight loaded past them, so with 266 bytes
    /// past `limit` in `data` every position before it is decided as it is with the whole input;
    /// the last seven bytes are taken as literals only when `limit` is the input's end.
    func parse(_ data: UnsafeBufferPointer<UInt8>, from start: Int, until limit: Int, into block: inout DeflateBlock) -> Int {
        parse(data, from: start, stoppingAt: limit, into: &block)
    }

    @inline(__always) private func parse(_ data: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAt limit: Int, into block: inout DeflateBlock) -> Int {
        guard let base = data.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let end = data.count
        let lastHashed = end &- 8  // positions with eight bytes left to load
        let hashMask: UInt64 = settings.hashBytes >= 8 ? ~0 : (1 &<< UInt64(8 &* settings.hashBytes)) &- 1
        // The chains and the counts are reached from `head`, one register (see ``DeflateTables/head``).
        let hashShift = UInt64(64 &- DeflateTables.hashBits), head = tables.head
        let previousOffset = DeflateTables.previousOffset, countsOffset = DeflateTables.countsOffset
        // Positions are stored plus the tables' base; a value read back minus it is a position.
        let tableBase = tables.base
        let shifted = Int(bitPattern: raw) &- tableBase
        let chainSteps = settings.chainSteps, niceLength = settings.niceLength, fullInsertLength = settings.fullInsertLength
        // The block's symbols kept in locals for the loop and handed back at the end. Literals are
        // only counted: the writer takes them from the input, `literalRuns` says how many.
        let matchesOffset = DeflateTables.matchesOffset, literalRunsOffset = DeflateTables.literalRunsOffset, capacity = block.capacity
        var count = block.count, matchCount = block.matchCount
        let distanceSymbols = DeflateBlock.distanceSymbols
        var position = start
        var runStart = start &- block.openLiterals
        let stopAt = min(lastHashed &+ 1, limit)
        while position < stopAt && count < capacity {
            // Literals until a position with a candidate in reach, in a function of its own (see
            // `literals`). Each literal is one more symbol, so the block's room bounds the position.
            let scanStart = position
            let scanEnd = min(stopAt, position &+ (capacity &- count))
            let (reached, current, storedFound) = Self.literals(shifted, from: position &+ tableBase, to: scanEnd &+ tableBase, hashMask: hashMask, head: head)
            let found = storedFound &- tableBase
            position = reached &- tableBase
            count &+= position &- scanStart
            guard position < scanEnd else { break }
            // The candidate `literals` found shares the first four bytes (it checked them): its
            // length is the first best, with no compare again. Then the chain behind it.
            let oldest = position &- Self.window
            let maxLength = min(258, end &- position)
            var candidate = found
            var bestLength = Self.matchLength(raw, candidate, position, maxLength)
            var bestDistance = position &- candidate
            let enough = min(niceLength, maxLength)
            if bestLength < enough {
                let current32 = UInt32(truncatingIfNeeded: current)
                var steps = chainSteps &- 1
                while steps > 0 {
                    let next = Int(head[previousOffset &+ Self.slot(candidate)]) &- tableBase
                    // Older than the window, or the slot was reused by a newer position.
                    if next < oldest || next >= candidate { break }
                    candidate = next
                    if UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: candidate, as: UInt32.self)) == current32
                        && base[candidate &+ bestLength] == base[position &+ bestLength] {
                        let length = Self.matchLength(raw, candidate, position, maxLength)
                        if length > bestLength {
                            bestLength = length
                            bestDistance = position &- candidate
                            if length >= enough { break }
                        }
                    }
                    steps &-= 1
                }
            }
            let symbol = DeflateBlock.distanceSymbol(bestDistance, table: distanceSymbols)
            head[literalRunsOffset &+ matchCount] = Int32(truncatingIfNeeded: position &- runStart)
            head[matchesOffset &+ matchCount] = Int32(truncatingIfNeeded: symbol &<< 25 | bestLength &<< 16 | bestDistance)
            matchCount &+= 1
            count &+= 1
            head[countsOffset &+ DeflateBlock.lengthCountsOffset &+ bestLength] &+= 1
            head[countsOffset &+ DeflateBlock.distanceCountsOffset &+ symbol] &+= 1
            let stop = position &+ bestLength
            let inserted = min(bestLength <= fullInsertLength ? stop : position &+ 4, lastHashed &+ 1)
            // Counted in stored positions (see `literals`).
            var at = position &+ 1 &+ tableBase
            let insertedEnd = inserted &+ tableBase
            @inline(__always) func insert(_ at: Int) {
                let word = UInt64(littleEndian: Self.at(shifted, at).loadUnaligned(as: UInt64.self))
                let key = Int(truncatingIfNeeded: ((word & hashMask) &* 0x9E37_79B9_7F4A_7C15) &>> hashShift)
                head[previousOffset &+ Self.slot(at)] = head[key]
                head[key] = Int32(truncatingIfNeeded: at)
            }
            // Two positions per turn, in order.
            let lastPair = insertedEnd &- 1
            while at < lastPair {
                insert(at)
                insert(at &+ 1)
                at &+= 2
            }
            if at < insertedEnd { insert(at) }
            position = stop
            runStart = stop
        }
        // The last seven bytes (too few to load eight) are literals, once the input has ended.
        if limit >= end {
            while position < end && count < capacity {
                head[countsOffset &+ Int(base[position])] &+= 1
                count &+= 1
                position &+= 1
            }
        }
        block.count = count
        block.matchCount = matchCount
        block.openLiterals = position &- runStart
        return position
    }

    /// Enters the positions from `start` on into the chains and counts them as literals, until
    /// one has a candidate in reach (a window back at most) that shares its first four bytes, or
    /// `scanEnd`; returns that position, its eight bytes and the candidate (`scanEnd` when none
    /// was found). A newest candidate that differs in its first four bytes (a hash collision) ends
    /// nothing: the chain behind it is not searched. Searching it cost five instructions per byte
    /// of a font and found hardly anything there; in text it found a little more (a ratio of
    /// 4.9527 against 4.9507), which the deeper chains behind a real candidate now more than make
    /// up for.
    ///
    /// Positions here are stored positions (the position plus the tables' base, a multiple of the
    /// window), read through `shifted` (the input's address minus the base): one counter does for
    /// the load, the head, the chain slot and the reach, where three counters took two instructions
    /// more per position.
    ///
    /// Not inlined on purpose: in one loop with the search and the insertion, the compiler kept
    /// this loop's values on the stack (35 instructions per literal); on its own it keeps them in
    /// registers, and the call costs less than that once per run of literals.
    /// The chains and the literal counts are reached from `head` (see ``DeflateTables/head``).
    @inline(never) private static func literals(_ shifted: Int, from start: Int, to scanEnd: Int, hashMask: UInt64, head: UnsafeMutablePointer<Int32>) -> (Int, UInt64, Int) {
        var position = start
        var current: UInt64 = 0, candidate = 0
        // Two positions per turn: the loop's count and compare once for both.
        let last = scanEnd &- 1
        while position < last {
            if enter(shifted, position, hashMask: hashMask, head: head, current: &current, candidate: &candidate) {
                return (position, current, candidate)
            }
            let next = position &+ 1
            if enter(shifted, next, hashMask: hashMask, head: head, current: &current, candidate: &candidate) {
                return (next, current, candidate)
            }
            position &+= 2
        }
        if position < scanEnd && enter(shifted, position, hashMask: hashMask, head: head, current: &current, candidate: &candidate) {
            return (position, current, candidate)
        }
        return (scanEnd, 0, 0)
    }

    /// One position of `literals`: enters it into its chain and returns whether its newest
    /// candidate is in reach and shares its first four bytes (then `current` holds its eight
    /// bytes and `candidate` the candidate); else counts its byte as a literal.
    @inline(__always) private static func enter(_ shifted: Int, _ position: Int, hashMask: UInt64, head: UnsafeMutablePointer<Int32>, current: inout UInt64, candidate: inout Int) -> Bool {
        let hashShift = UInt64(64 &- DeflateTables.hashBits)
        let previousOffset = DeflateTables.previousOffset, countsOffset = DeflateTables.countsOffset
        // Little-endian order on every machine: the low byte is the first.
        let word = UInt64(littleEndian: at(shifted, position).loadUnaligned(as: UInt64.self))
        let key = Int(truncatingIfNeeded: ((word & hashMask) &* 0x9E37_79B9_7F4A_7C15) &>> hashShift)
        let stored = head[key]
        head[key] = Int32(truncatingIfNeeded: position)
        head[previousOffset &+ slot(position)] = stored
        let found = Int(stored)
        // In reach: at most a window back and before the position (one unsigned compare);
        // only then is the candidate's address made and read.
        if UInt(bitPattern: position &- 1 &- found) < UInt(window)
            && at(shifted, found).loadUnaligned(as: UInt32.self) == UInt32(truncatingIfNeeded: word) {
            current = word
            candidate = found
            return true
        }
        head[countsOffset &+ Int(truncatingIfNeeded: word & 0xFF)] &+= 1
        return false
    }

    /// The slot in ``DeflateTables/previous`` of stored position `stored`: its low 16 bits.
    @inline(__always) private static func slot(_ stored: Int) -> Int {
        Int(UInt16(truncatingIfNeeded: stored))
    }

    /// The address of stored position `stored` (see `literals`): an integer made an address only
    /// for a position in the input, so no pointer ever points outside it.
    @inline(__always) private static func at(_ shifted: Int, _ stored: Int) -> UnsafeRawPointer {
        UnsafeRawPointer(bitPattern: shifted &+ stored).unsafelyUnwrapped
    }

    /// How many bytes (4 up to `maxLength`) at `candidate` equal those at `position`; the first four
    /// are known equal. Eight bytes per step: the lowest differing byte is found from the XOR.
    @inline(__always) static func matchLength(_ raw: UnsafeRawPointer, _ candidate: Int, _ position: Int, _ maxLength: Int) -> Int {
        var length = 4
        while length &+ 8 <= maxLength {
            let difference = raw.loadUnaligned(fromByteOffset: candidate &+ length, as: UInt64.self)
                ^ raw.loadUnaligned(fromByteOffset: position &+ length, as: UInt64.self)
            if difference != 0 { return length &+ (UInt64(littleEndian: difference).trailingZeroBitCount &>> 3) }
            length &+= 8
        }
        while length < maxLength && raw.load(fromByteOffset: candidate &+ length, as: UInt8.self) == raw.load(fromByteOffset: position &+ length, as: UInt8.self) {
            length &+= 1
        }
        return length
    }
}
