import FoundationEssentials

/// A text let go of once its file is read and read again when a message quotes it: a run that
/// holds a whole workspace (`mja check` at 100 times the national content, 25 MB of TOML) keeps a
/// path, a length and a digest per file instead of every text and its line index.
extension SourceText {
    /// This text without its bytes: `path`, where it was read, its length and its digest. Its lines
    /// come from the file again (``resident()``), and only while the file holds the same text.
    public func released(readingFrom path: String) -> SourceText {
        switch storage {
        case .indexed(var text, _):
            let (count, digest) = text.withUTF8 { ($0.count, Self.digest($0)) }
            return SourceText(storage: .released(path: path, byteCount: count, digest: digest, indexed: true))
        case .unindexed(let bytes):
            let digest = bytes.withUnsafeBufferPointer(Self.digest)
            return SourceText(storage: .released(path: path, byteCount: bytes.count, digest: digest, indexed: false))
        case .released:
            return self
        }
    }

    /// Whether the text is in memory (not ``released(readingFrom:)``).
    public var isResident: Bool {
        if case .released = storage { false } else { true }
    }

    /// The text in memory: itself when it is; a released one read again from its file, split into
    /// lines as it was, or nil when the file cannot be read or no longer holds the same text (its
    /// length or digest differs): a message then quotes no line rather than a wrong one.
    public func resident() -> SourceText? {
        guard case .released(let path, let byteCount, let digest, let indexed) = storage else { return self }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        if indexed {
            // The digest was taken of the decoded text (an invalid byte read as U+FFFD): so is this one.
            var text = String(decoding: data, as: UTF8.self)
            let same = text.withUTF8 { $0.count == byteCount && Self.digest($0) == digest }
            return same ? SourceText(text) : nil
        }
        let bytes = [UInt8](data)
        let same = bytes.count == byteCount && bytes.withUnsafeBufferPointer(Self.digest) == digest
        return same ? SourceText(unindexed: bytes) : nil
    }

    /// A 64-bit digest of `bytes`, eight at a time: each step (xor the word in, multiply by an odd
    /// number, fold the high half down) is one-to-one for a given word, so a text that differs from
    /// another of the same length in one word always gets another digest. Not for adversaries: it
    /// tells whether a file changed during a run.
    static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let count = bytes.count
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 32
                index += 8
            }
        }
        while index < count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
            index += 1
        }
        return hash
    }
}
