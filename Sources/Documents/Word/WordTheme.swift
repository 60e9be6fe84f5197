/// The font table Word requires besides the body and styles: `word/fontTable.xml` (the fonts the
/// styles name). The theme is ``OfficeTheme``, shared with the PowerPoint writer.
enum WordTheme {
    /// `word/fontTable.xml`: Liberation Sans and Liberation Mono, the fonts of the PDFs, each with
    /// the font Word takes where it is not installed (Arial and Courier New, with the same widths)
    /// as its other name and PANOSE number.
    static let fontTable = WordPackageParts.declaration
        + "<w:fonts xmlns:w=\"\(WordPackageParts.wordNamespace)\">"
        + [(OfficeTheme.sans, "Arial", OfficeTheme.sansPanose, "swiss", "variable"), (OfficeTheme.mono, "Courier New", OfficeTheme.monoPanose, "modern", "fixed")]
            .map { name, alternative, panose, family, pitch in
                "<w:font w:name=\"\(name)\"><w:altName w:val=\"\(alternative)\"/><w:panose1 w:val=\"\(panose)\"/><w:family w:val=\"\(family)\"/><w:pitch w:val=\"\(pitch)\"/></w:font>"
            }.joined()
        + "</w:fonts>"
}
