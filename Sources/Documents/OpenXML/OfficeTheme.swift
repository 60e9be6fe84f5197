/// The theme part of a Word or PowerPoint file (`word/theme/theme1.xml`, `ppt/theme/theme1.xml`):
/// the colours (dark blue accents that stay apart in grey print and on a weak projector) and the
/// fonts, in the smallest complete form. A region that changes these colours and fonts in
/// PowerPoint restyles every slide that uses them.
///
/// The fonts are Liberation Sans, the font the PDFs embed, so a document looks the same in every
/// format; its PANOSE number is Arial's (the two have the same widths), so Word and PowerPoint
/// set the text in Arial where Liberation Sans is not installed.
enum OfficeTheme {
    private static func fill(_ color: String) -> String { "<a:solidFill><a:schemeClr val=\"\(color)\"/></a:solidFill>" }

    private static func line(_ width: Int) -> String {
        "<a:ln w=\"\(width)\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:prstDash val=\"solid\"/><a:miter lim=\"800000\"/></a:ln>"
    }

    /// The font of the text, as the PDFs embed it.
    static let sans = "Liberation Sans"
    /// Its PANOSE classification, Arial's: what Office substitutes by when the font is missing.
    static let sansPanose = "020B0604020202020204"
    /// The font of code, as the PDFs embed it.
    static let mono = "Liberation Mono"
    /// Its PANOSE classification, Courier New's.
    static let monoPanose = "02070309020205020404"

    /// The theme part.
    static let xml: String = {
        let colors = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "1F4E79"), ("lt2", "E7E6E6"), ("accent1", "1F4E79"), ("accent2", "2E75B6"),
                      ("accent3", "A5A5A5"), ("accent4", "9DC3E6"), ("accent5", "404040"), ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72")]
        var xml = OfficePackage.declaration
        xml += "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"mja\"><a:themeElements><a:clrScheme name=\"mja\">"
        for (name, value) in colors {
            xml += name == "dk1" ? "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                : name == "lt1" ? "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>" : "<a:\(name)><a:srgbClr val=\"\(value)\"/></a:\(name)>"
        }
        xml += "</a:clrScheme><a:fontScheme name=\"mja\">"
        xml += "<a:majorFont><a:latin typeface=\"\(sans)\" panose=\"\(sansPanose)\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
        xml += "<a:minorFont><a:latin typeface=\"\(sans)\" panose=\"\(sansPanose)\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>"
        xml += "<a:fmtScheme name=\"mja\"><a:fillStyleLst>" + String(repeating: fill("phClr"), count: 3) + "</a:fillStyleLst>"
        xml += "<a:lnStyleLst>" + line(6350) + line(12700) + line(19050) + "</a:lnStyleLst>"
        xml += "<a:effectStyleLst>" + String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3) + "</a:effectStyleLst>"
        xml += "<a:bgFillStyleLst>" + String(repeating: fill("phClr"), count: 3) + "</a:bgFillStyleLst></a:fmtScheme>"
        return xml + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    }()
}
