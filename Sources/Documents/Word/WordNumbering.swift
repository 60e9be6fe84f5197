/// `word/numbering.xml`: a bullet list definition and a numbered one, each with nine levels
/// indented by 360 twips; instance 1 is the bullets, instance 2 and on one per ordered list, each
/// restarting at its list's start number.
enum WordNumbering {
    /// The part for ordered lists that start at `starts`.
    static func xml(orderedListStarts starts: [Int]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        let bullets = ["\u{2022}", "\u{2013}", "\u{25AA}"]
        xml += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        for level in 0..<9 {
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\(bullets[level % 3])\"/><w:lvlJc w:val=\"left\"/>"
            xml += "<w:pPr><w:ind w:left=\"\(360 * (level + 1) + 360)\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        xml += "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        let formats = ["decimal", "lowerLetter", "lowerRoman"]
        for level in 0..<9 {
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(formats[level % 3])\"/><w:lvlText w:val=\"%\(level + 1).\"/><w:lvlJc w:val=\"left\"/>"
            xml += "<w:pPr><w:ind w:left=\"\(360 * (level + 1) + 360)\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        xml += "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for (index, start) in starts.enumerated() {
            xml += "<w:num w:numId=\"\(index + 2)\"><w:abstractNumId w:val=\"1\"/>"
            xml += "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(max(0, start))\"/></w:lvlOverride></w:num>"
        }
        return xml + "</w:numbering>"
    }
}
