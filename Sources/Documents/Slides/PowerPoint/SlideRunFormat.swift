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

    /// Writes the `a:rPr` element (children in the schema's order).
    func writeProperties(to xml: inout XMLOutput) {
        xml.write("<a:rPr lang=\"nl-NL\"")
        if let size {
            xml.write(" sz=\"")
            xml.write(decimal: size)
            xml.write("\"")
        }
        if bold { xml.write(" b=\"1\"") }
        if italic { xml.write(" i=\"1\"") }
        xml.write(" dirty=\"0\"")
        guard color != nil || code || font != nil || link != nil else { return xml.write("/>") }
        xml.write(">")
        if let color {
            xml.write("<a:solidFill><a:schemeClr val=\"")
            xml.write(string: color)
            xml.write("\"/></a:solidFill>")
        }
        if code {
            xml.write(string: Self.monoFont)
        } else if let font {
            xml.write("<a:latin typeface=\"")
            xml.write(string: font)
            xml.write("\"/>")
        }
        if let link {
            xml.write("<a:hlinkClick r:id=\"")
            xml.write(string: link)
            xml.write("\"/>")
        }
        xml.write("</a:rPr>")
    }

    /// The fixed-width font of code.
    private static let monoFont = "<a:latin typeface=\"\(OfficeTheme.mono)\" panose=\"\(OfficeTheme.monoPanose)\"/><a:cs typeface=\"\(OfficeTheme.mono)\"/>"
}
