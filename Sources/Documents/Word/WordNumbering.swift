/// `word/numbering.xml`: a bullet list definition and a numbered one, each with nine levels
/// indented by 360 twips; instance 1 is the bullets, instance 2 and on one per ordered list, each
/// restarting at its list's start number.
enum WordNumbering {
    /// The part for ordered lists that start at `starts`.
    static func xml(orderedListStarts starts: [Int]) -> [UInt8] {
        var xml = XMLOutput(capacity: head.utf8.count + 160 * starts.count + 32)
        xml.write(string: head)
        for (index, start) in starts.enumerated() {
            xml.write("<w:num w:numId=\"")
            xml.write(decimal: index + 2)
            xml.write("\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"")
            xml.write(decimal: max(0, start))
            xml.write("\"/></w:lvlOverride></w:num>")
        }
        xml.write("</w:numbering>")
        return xml.bytes()
    }

    /// The part up to the ordered lists' instances, the same in every Word file: written once (it
    /// was written for each of them, with two thousand string appends).
    static let head: String = {
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
        return xml + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    }()
}
