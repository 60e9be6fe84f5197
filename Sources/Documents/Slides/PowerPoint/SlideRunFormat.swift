/// How a run of slide text looks beyond its paragraph's level: bold, italic, code, a size, a
/// colour, a link. Nil and false leave it to the level, so a house style on the master applies.
struct SlideRunFormat: Equatable {
    var bold = false
    var italic = false
    var code = false
    /// Hundredths of a point, or nil for the level's size.
    var size: Int?
    /// A scheme colour (`tx2`, `bg1`), or nil for the level's colour.
    var color: String?
    /// A typeface (`+mn-lt` is the theme's body font), or nil for the level's.
    var font: String?
    /// The relationship id of a hyperlink, or nil.
    var link: String?

    /// The `a:rPr` element (children in the schema's order).
    var properties: String {
        var xml = "<a:rPr lang=\"nl-NL\""
        if let size { xml += " sz=\"\(size)\"" }
        if bold { xml += " b=\"1\"" }
        if italic { xml += " i=\"1\"" }
        xml += " dirty=\"0\""
        var children = ""
        if let color { children += "<a:solidFill><a:schemeClr val=\"\(color)\"/></a:solidFill>" }
        if code {
            children += "<a:latin typeface=\"\(OfficeTheme.mono)\" panose=\"\(OfficeTheme.monoPanose)\"/><a:cs typeface=\"\(OfficeTheme.mono)\"/>"
        } else if let font {
            children += "<a:latin typeface=\"\(font)\"/>"
        }
        if let link { children += "<a:hlinkClick r:id=\"\(link)\"/>" }
        return children.isEmpty ? xml + "/>" : xml + ">" + children + "</a:rPr>"
    }
}
