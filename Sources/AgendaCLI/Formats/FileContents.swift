import Documents

/// A file's contents as a build hands them on: its bytes, or a PDF laid out, whose bytes a
/// ``BuildWriter`` writes into its file as they are made, so that the file is never whole in memory
/// (at 100 times the national content the signal report's PDF, 7.9 MB, was the build's peak).
enum FileContents {
    /// The file made in memory.
    case bytes([UInt8])
    /// A PDF laid out, its file not yet made.
    case pdf(PDFWriter.LaidOut)

    /// The file's bytes, made in memory: the same bytes ``write(to:)`` writes.
    consuming func madeInMemory() -> [UInt8] {
        switch consume self {
        case .bytes(let bytes): bytes
        case .pdf(let laidOut): laidOut.file()
        }
    }

    /// Writes the file's bytes into `sink`, a PDF's as they are made.
    consuming func write(to sink: any ByteSink) {
        switch consume self {
        case .bytes(let bytes): bytes.withUnsafeBytes { sink.write($0) }
        case .pdf(let laidOut): laidOut.write(to: sink)
        }
    }
}
