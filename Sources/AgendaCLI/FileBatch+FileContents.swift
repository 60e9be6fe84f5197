import Documents

extension FileBatch {
    /// Writes `contents` for `path`, to take its place at ``commit()``: bytes from the array (see
    /// ``add(_:for:)``), a PDF into its temporary file as it is made (``open(for:)``, a
    /// ``FileSink``), never whole in memory. A write that fails (a full disk) removes the file and
    /// throws, naming it; a file that already holds the same bytes is left alone. For the commands
    /// that write a few documents (`signalen`, `voortgang`, `verschil`); a build writes from its
    /// threads through a ``BuildWriter``. `through` sees the PDF's bytes on their way to the file
    /// (a test's disk that fills up halfway).
    func add(_ contents: consuming FileContents, for path: String, through wrap: (FileSink) -> any ByteSink = { $0 }) throws {
        switch consume contents {
        case .bytes(let bytes):
            try add(bytes, for: path)
        case .pdf(let laidOut):
            let file = try open(for: path)
            let sink = FileSink(descriptor: file.descriptor)
            laidOut.write(to: wrap(sink))
            try add(file, written: sink)
        }
    }
}
