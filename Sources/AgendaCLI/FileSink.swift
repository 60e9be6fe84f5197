import Documents

/// A sink that writes into an open file as the bytes come (a ``FileBatch``'s temporary file). The
/// writers do not throw (see ``ByteSink``): the first error in writing (a full disk) is kept and
/// the rest of the bytes dropped; ``FileBatch/add(_:written:)`` throws it, naming the file.
final class FileSink: ByteSink {
    /// The open file written into.
    let descriptor: Int32
    /// The first error in writing; nil while every byte went into the file.
    private(set) var error: (any Error)?
    /// How many bytes went into the file.
    private(set) var count = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        guard error == nil else { return }
        do {
            try FileOutput.writeAll(bytes, to: descriptor)
            count += bytes.count
        } catch {
            self.error = error
        }
    }
}
