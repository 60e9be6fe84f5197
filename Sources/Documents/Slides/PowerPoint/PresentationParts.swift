/// The parts of a `.pptx` around the slides: content types, the package's relationships,
/// `presentation.xml` (16:9 slides of 33.867 × 19.05 cm) with its relationships, and the small
/// property parts PowerPoint expects. None holds a clock time.
enum PresentationParts {
    private static let namespaces = "xmlns:a=\"\(PresentationSlide.drawingNamespace)\" xmlns:r=\"\(PresentationSlide.relationshipNamespace)\" xmlns:p=\"\(PresentationSlide.presentationNamespace)\""
    private static let presentationML = "application/vnd.openxmlformats-officedocument.presentationml."

    /// `[Content_Types].xml` for `slides` slides and `charts` chart parts (PNG pictures and embedded
    /// workbooks by extension).
    static func contentTypes(slides: Int, charts: Int) -> [UInt8] {
        var parts = [
            ("/ppt/presentation.xml", presentationML + "presentation.main+xml"),
            ("/ppt/presProps.xml", presentationML + "presProps+xml"),
            ("/ppt/viewProps.xml", presentationML + "viewProps+xml"),
            ("/ppt/tableStyles.xml", presentationML + "tableStyles+xml"),
            ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/ppt/slideMasters/slideMaster1.xml", presentationML + "slideMaster+xml"),
        ]
        parts += PresentationSlide.Layout.allCases.map { ("/ppt/slideLayouts/slideLayout\($0.rawValue).xml", presentationML + "slideLayout+xml") }
        parts += (0..<slides).map { ("/ppt/slides/slide\($0 + 1).xml", slideType) }
        parts += (0..<charts).map { ("/ppt/charts/chart\($0 + 1).xml", chartType) }
        parts += OfficePackage.propertyContentTypes
        return OfficePackage.contentTypeBytes(defaults: OfficePackage.pictureAndWorkbookDefaults, overrides: parts)
    }

    private static let slideType = presentationML + "slide+xml"
    private static let chartType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"

    /// `ppt/presentation.xml`: the master, the slides in order (relationships `rId2` on), the
    /// 16:9 slide size.
    static func presentation(slides: Int) -> [UInt8] {
        var xml = XMLOutput(capacity: presentationHead.utf8.count + presentationTail.utf8.count + 40 * slides + 32)
        xml.write(string: presentationHead)
        if slides > 0 {
            xml.write("<p:sldIdLst>")
            for index in 0..<slides {
                xml.write("<p:sldId id=\"")
                xml.write(decimal: 256 + index)
                xml.write("\" r:id=\"rId")
                xml.write(decimal: index + 2)
                xml.write("\"/>")
            }
            xml.write("</p:sldIdLst>")
        }
        xml.write(string: presentationTail)
        return xml.bytes()
    }

    /// `_rels/.rels`: the presentation and the two property parts.
    static let packageRelationships = OfficePackage.packageRelationships(mainPart: "ppt/presentation.xml")

    /// `ppt/presentation.xml` up to the slides, and after them: the same in every deck.
    private static let presentationHead = OfficePackage.declaration + "<p:presentation \(namespaces) saveSubsetFonts=\"1\">"
        + "<p:sldMasterIdLst><p:sldMasterId id=\"\(SlideMasterParts.masterID)\" r:id=\"rId1\"/></p:sldMasterIdLst>"
    private static let presentationTail = "<p:sldSz cx=\"\(SlideGeometry.slideWidth)\" cy=\"\(SlideGeometry.slideHeight)\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
        + defaultTextStyle + "</p:presentation>"

    /// The text of new text boxes: the body levels without bullets. Written so, not made from the
    /// body levels with Foundation's `replacingOccurrences`, which cost 2.7 million instructions
    /// once per process (issue 38, sixth round).
    static let defaultTextStyle = "<p:defaultTextStyle>" + SlideTextStyle.levels(bulleted: false) + "</p:defaultTextStyle>"

    /// The relationships of `presentation.xml`: the master, the slides, then the property parts
    /// and the theme.
    static func presentationRelationships(slides: Int) -> [UInt8] {
        var relationships = [PackageRelationship(id: "rId1", type: "slideMaster", target: "slideMasters/slideMaster1.xml", isExternal: false)]
        relationships += (0..<slides).map { PackageRelationship(id: "rId\($0 + 2)", type: "slide", target: "slides/slide\($0 + 1).xml", isExternal: false) }
        let next = slides + 2
        relationships += [
            PackageRelationship(id: "rId\(next)", type: "presProps", target: "presProps.xml", isExternal: false),
            PackageRelationship(id: "rId\(next + 1)", type: "viewProps", target: "viewProps.xml", isExternal: false),
            PackageRelationship(id: "rId\(next + 2)", type: "theme", target: "theme/theme1.xml", isExternal: false),
            PackageRelationship(id: "rId\(next + 3)", type: "tableStyles", target: "tableStyles.xml", isExternal: false),
        ]
        return OfficePackage.relationshipBytes(relationships)
    }

    /// `ppt/presProps.xml`: no settings of its own.
    static let presentationProperties = OfficePackage.declaration + "<p:presentationPr \(namespaces)/>"
    /// `ppt/viewProps.xml`: open in the normal view.
    static let viewProperties = OfficePackage.declaration + "<p:viewPr \(namespaces)><p:gridSpacing cx=\"72008\" cy=\"72008\"/></p:viewPr>"
    /// `ppt/tableStyles.xml`: PowerPoint's default table style; our tables carry their own look.
    static let tableStyles = OfficePackage.declaration
        + "<a:tblStyleLst xmlns:a=\"\(PresentationSlide.drawingNamespace)\" def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>"
}
