/// The paragraph levels of body text on a slide: bullets and indents per list depth, type sizes and
/// spacing. The slide master's body style holds them, so a region changes the bullets and type of
/// every slide in one place; text boxes that are not placeholders carry the same levels in their
/// own list style, since PowerPoint gives them the master's "other" style instead.
enum SlideTextStyle {
    /// The bullet of each list depth.
    static let bullets = ["•", "–", "•", "–", "•"]
    /// The left margin of the text at list depth `level` (0 is the outer list).
    static func margin(level: Int) -> Int { 342_900 * (level + 1) }

    /// The body levels in the deck's type and colours, made once.
    static let body = levels()

    /// The five levels `lvl1pPr` ... `lvl5pPr`; the text of `size` (hundredths of a point) in
    /// scheme colour `color`; without bullets (`<a:buNone/>`) when not `bulleted`.
    static func levels(
        size: Int = SlideGeometry.bodySize, color: String = "tx1", bulletColor: String = "tx2", bulleted: Bool = true
    ) -> String {
        var xml = ""
        for level in 0..<5 {
            let levelSize = level < 2 ? size : size - 200
            xml += "<a:lvl\(level + 1)pPr marL=\"\(margin(level: level))\" indent=\"-342900\" algn=\"l\" defTabSz=\"914400\">"
            xml += "<a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc><a:spcBef><a:spcPts val=\"0\"/></a:spcBef><a:spcAft><a:spcPts val=\"400\"/></a:spcAft>"
            xml += "<a:buClr><a:schemeClr val=\"\(bulletColor)\"/></a:buClr><a:buFont typeface=\"Arial\"/>"
            xml += bulleted ? "<a:buChar char=\"\(bullets[level])\"/>" : "<a:buNone/>"
            xml += "<a:defRPr sz=\"\(levelSize)\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"\(color)\"/></a:solidFill>"
            xml += "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl\(level + 1)pPr>"
        }
        return xml
    }

    /// The title's single level: `size`, bold, in scheme colour `color`, the theme's heading font.
    static func title(size: Int = SlideGeometry.titleSize, color: String = "tx2", alignment: String = "l") -> String {
        "<a:lvl1pPr algn=\"\(alignment)\"><a:lnSpc><a:spcPct val=\"90000\"/></a:lnSpc><a:spcBef><a:spcPts val=\"0\"/></a:spcBef><a:buNone/>"
            + "<a:defRPr sz=\"\(size)\" b=\"1\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"\(color)\"/></a:solidFill>"
            + "<a:latin typeface=\"+mj-lt\"/><a:ea typeface=\"+mj-ea\"/><a:cs typeface=\"+mj-cs\"/></a:defRPr></a:lvl1pPr>"
    }
}
