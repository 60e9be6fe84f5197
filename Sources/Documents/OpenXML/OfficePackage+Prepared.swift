extension OfficePackage {
    /// `bytes` as a ZIP entry, compressed once per process: the parts that are the same in many
    /// packages (the theme, the styles, the font table, the settings, the small property parts)
    /// were compressed again for each of them, the largest share of their writing. Kept by the
    /// bytes themselves, so an entry is always that of exactly these bytes (the same ZIP as
    /// compressing them there and then), whichever document made it first.
    static func prepared(_ bytes: [UInt8]) -> ZipWriter.PreparedEntry {
        preparedParts.value(for: bytes) { ZipWriter.PreparedEntry($0) }
    }

    /// The parts compressed last; the fixed parts of Word, PowerPoint and Excel packages are fewer.
    private static let preparedParts = MadeOnce<[UInt8], ZipWriter.PreparedEntry>(capacity: 32)
}
