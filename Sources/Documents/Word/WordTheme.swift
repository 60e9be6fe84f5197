/// The font table Word requires besides the body and styles: `word/fontTable.xml` (the fonts the
/// styles name). The theme is ``OfficeTheme``, shared with the PowerPoint writer.
enum WordTheme {
    /// `word/fontTable.xml`.
    static let fontTable = WordPackageParts.declaration
        + "<w:fonts xmlns:w=\"\(WordPackageParts.wordNamespace)\">"
        + ["Calibri", "Calibri Light", "Consolas"].map { "<w:font w:name=\"\($0)\"><w:family w:val=\"\($0 == "Consolas" ? "modern" : "swiss")\"/><w:pitch w:val=\"\($0 == "Consolas" ? "fixed" : "variable")\"/></w:font>" }.joined()
        + "</w:fonts>"
}
