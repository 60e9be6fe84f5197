extension OfficePackage {
    /// A part of a package as the writer hands it to the ZIP: its bytes, compressed there and then,
    /// or its entry compressed ahead, once per process, because it is the same in many packages.
    enum Part {
        case bytes([UInt8])
        case prepared(ZipWriter.PreparedEntry)

        /// The part's bytes, for a reader of the parts (tests); a prepared part is not unpacked.
        var bytes: [UInt8]? {
            if case .bytes(let bytes) = self { bytes } else { nil }
        }
    }

    /// `docProps/app.xml`, compressed once for every Word, PowerPoint and Excel package.
    static let preparedApp = ZipWriter.PreparedEntry(Array(app.utf8))

    /// The theme, compressed once for every Word, PowerPoint and Excel package.
    static let preparedTheme = ZipWriter.PreparedEntry(Array(OfficeTheme.xml.utf8))
}
