/// The slide master and its layouts (`ppt/slideMasters/slideMaster1.xml`,
/// `ppt/slideLayouts/slideLayoutN.xml`): where the title, the body, the footer and the slide
/// number stand, the type of titles and body levels, the rule under the title, and the cover's
/// coloured background. Every slide takes its look from here and from the theme, so a region
/// applies its house style by editing the master (View > Slide Master) or by applying its own
/// template to the file.
enum SlideMasterParts {
    private static let namespaces = "xmlns:a=\"\(PresentationSlide.drawingNamespace)\" xmlns:r=\"\(PresentationSlide.relationshipNamespace)\" xmlns:p=\"\(PresentationSlide.presentationNamespace)\""
    /// The id of the master in `presentation.xml`; the layouts' ids follow it.
    static let masterID = 2_147_483_648

    /// `ppt/slideMasters/slideMaster1.xml`, its placeholders named and prompted in `words`.
    static func master(_ words: OfficeWords) -> String {
        typealias G = SlideGeometry
        var xml = OfficePackage.declaration + "<p:sldMaster \(namespaces)><p:cSld>"
        xml += "<p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>"
        xml += PresentationSlide.groupProperties
        xml += placeholder(id: 2, name: words.title, ph: "<p:ph type=\"title\"/>", frame: (G.margin, G.titleTop, G.contentWidth, G.titleHeight), anchor: "b",
                           text: words.titlePrompt)
        xml += placeholder(id: 3, name: words.text, ph: "<p:ph type=\"body\" idx=\"1\"/>", frame: (G.margin, G.contentTop, G.contentWidth, G.contentHeight), anchor: "t",
                           text: words.textPrompt)
        xml += placeholder(id: 4, name: words.footer, ph: "<p:ph type=\"ftr\" sz=\"quarter\" idx=\"11\"/>",
                           frame: (G.margin, G.footerTop, G.contentWidth - G.numberWidth, G.footerHeight), anchor: "ctr", text: "",
                           listStyle: footerStyle(alignment: "l"))
        xml += placeholder(id: 5, name: words.slideNumber, ph: "<p:ph type=\"sldNum\" sz=\"quarter\" idx=\"12\"/>",
                           frame: (G.margin + G.contentWidth - G.numberWidth, G.footerTop, G.numberWidth, G.footerHeight), anchor: "ctr",
                           text: words.slideNumberField, listStyle: footerStyle(alignment: "r"), field: true)
        // The rules under the title and above the footer.
        xml += rule(id: 6, name: words.ruleUnderTitle, y: G.ruleTop, width: 28_575)
        xml += rule(id: 7, name: words.ruleAboveFooter, y: G.footerTop - 45_720, width: 9_525, color: "<a:schemeClr val=\"bg1\"><a:lumMod val=\"65000\"/></a:schemeClr>")
        xml += "</p:spTree></p:cSld>"
        xml += "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
        xml += "<p:sldLayoutIdLst>"
        for layout in PresentationSlide.Layout.allCases { xml += "<p:sldLayoutId id=\"\(masterID + layout.rawValue)\" r:id=\"rId\(layout.rawValue)\"/>" }
        xml += "</p:sldLayoutIdLst><p:txStyles>"
        xml += "<p:titleStyle>" + SlideTextStyle.title() + "</p:titleStyle>"
        xml += "<p:bodyStyle>" + SlideTextStyle.body + "</p:bodyStyle>"
        xml += "<p:otherStyle><a:lvl1pPr marL=\"0\" algn=\"l\" defTabSz=\"914400\"><a:defRPr sz=\"\(G.bodySize)\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
        xml += "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr></p:otherStyle>"
        return xml + "</p:txStyles></p:sldMaster>"
    }

    /// The relationships of the master: its layouts, then the theme.
    static let masterRelationships: String =
        OfficePackage.relationships(PresentationSlide.Layout.allCases.map {
            PackageRelationship(id: "rId\($0.rawValue)", type: "slideLayout", target: "../slideLayouts/slideLayout\($0.rawValue).xml", isExternal: false)
        } + [PackageRelationship(id: "rId\(PresentationSlide.Layout.allCases.count + 1)", type: "theme", target: "../theme/theme1.xml", isExternal: false)])

    /// The relationships of a layout: its master.
    static let layoutRelationships = OfficePackage.relationships([
        PackageRelationship(id: "rId1", type: "slideMaster", target: "../slideMasters/slideMaster1.xml", isExternal: false),
    ])

    /// `ppt/slideLayouts/slideLayoutN.xml` of `layout`, named and prompted in `words`.
    static func layout(_ layout: PresentationSlide.Layout, words: OfficeWords) -> String {
        typealias G = SlideGeometry
        let (type, name): (String, String) = switch layout {
        case .title: ("title", words.titleSlideLayout)
        case .content: ("obj", words.titleAndContentLayout)
        case .section: ("secHead", words.sectionHeaderLayout)
        case .titleOnly: ("titleOnly", words.titleOnlyLayout)
        }
        var xml = OfficePackage.declaration + "<p:sldLayout \(namespaces) type=\"\(type)\"" + (layout == .title || layout == .section ? " showMasterSp=\"0\"" : "") + " preserve=\"1\"><p:cSld name=\"\(XMLText.escape(name))\">"
        if layout == .title { xml += "<p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>" }
        xml += "<p:spTree>" + PresentationSlide.groupProperties
        switch layout {
        case .title:
            xml += placeholder(id: 2, name: words.title, ph: "<p:ph type=\"ctrTitle\"/>", frame: (G.margin * 2, 1_371_600, G.contentWidth - G.margin * 2, 2_286_000),
                               anchor: "b", text: words.titlePrompt, listStyle: SlideTextStyle.title(size: G.coverTitleSize, color: "bg1"))
            xml += placeholder(id: 3, name: words.subtitle, ph: "<p:ph type=\"subTitle\" idx=\"1\"/>", frame: (G.margin * 2, 3_840_480, G.contentWidth - G.margin * 2, 2_377_440),
                               anchor: "t", text: words.subtitlePrompt, listStyle: SlideTextStyle.levels(size: G.subheadingSize, color: "bg1", bulletColor: "bg1"))
        case .content:
            xml += placeholder(id: 2, name: words.title, ph: "<p:ph type=\"title\"/>", text: words.titlePrompt)
            xml += placeholder(id: 3, name: words.text, ph: "<p:ph idx=\"1\"/>", text: words.textPrompt)
            xml += footerPlaceholders(words)
        case .section:
            xml += placeholder(id: 2, name: words.title, ph: "<p:ph type=\"title\"/>", frame: (G.margin, 2_286_000, G.contentWidth, 1_828_800),
                               anchor: "ctr", text: words.titlePrompt, listStyle: SlideTextStyle.title(size: 4000, alignment: "ctr"))
            xml += footerPlaceholders(words)
        case .titleOnly:
            xml += placeholder(id: 2, name: words.title, ph: "<p:ph type=\"title\"/>", text: words.titlePrompt)
            xml += footerPlaceholders(words)
        }
        return xml + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    }

    /// The footer and slide number of a layout, where the master has them.
    private static func footerPlaceholders(_ words: OfficeWords) -> String {
        placeholder(id: 4, name: words.footer, ph: "<p:ph type=\"ftr\" sz=\"quarter\" idx=\"11\"/>", text: "")
            + placeholder(id: 5, name: words.slideNumber, ph: "<p:ph type=\"sldNum\" sz=\"quarter\" idx=\"12\"/>", text: words.slideNumberField, field: true)
    }

    private static func footerStyle(alignment: String) -> String {
        "<a:lvl1pPr marL=\"0\" indent=\"0\" algn=\"\(alignment)\"><a:buNone/><a:defRPr sz=\"\(SlideGeometry.footerSize)\"><a:solidFill><a:schemeClr val=\"tx1\"><a:lumMod val=\"75000\"/><a:lumOff val=\"25000\"/></a:schemeClr></a:solidFill><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr>"
    }

    /// A placeholder of the master or a layout: without `frame` it stands where the master has it.
    private static func placeholder(
        id: Int, name: String, ph: String, frame: (Int64, Int64, Int64, Int64)? = nil, anchor: String? = nil, text: String,
        listStyle: String = "", field: Bool = false
    ) -> String {
        var xml = "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(XMLText.escape(name))\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>\(ph)</p:nvPr></p:nvSpPr><p:spPr>"
        if let frame {
            xml += "<a:xfrm><a:off x=\"\(frame.0)\" y=\"\(frame.1)\"/><a:ext cx=\"\(frame.2)\" cy=\"\(frame.3)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
        }
        xml += "</p:spPr><p:txBody>"
        xml += anchor.map { "<a:bodyPr vert=\"horz\" lIns=\"0\" tIns=\"45720\" rIns=\"0\" bIns=\"45720\" rtlCol=\"0\" anchor=\"\($0)\"><a:normAutofit/></a:bodyPr>" } ?? "<a:bodyPr/>"
        xml += listStyle.isEmpty ? "<a:lstStyle/>" : "<a:lstStyle>\(listStyle)</a:lstStyle>"
        if field {
            xml += "<a:p><a:fld id=\"{6D3F6C2B-4A7E-4C1B-9E55-2F0B1A9C7D10}\" type=\"slidenum\"><a:rPr lang=\"nl-NL\"/><a:t>\(XMLText.escape(text))</a:t></a:fld><a:endParaRPr lang=\"nl-NL\"/></a:p>"
        } else if text.isEmpty {
            xml += "<a:p><a:endParaRPr lang=\"nl-NL\"/></a:p>"
        } else {
            xml += "<a:p><a:r><a:rPr lang=\"nl-NL\"/><a:t>\(XMLText.escape(text))</a:t></a:r></a:p>"
        }
        return xml + "</p:txBody></p:sp>"
    }

    /// A horizontal line across the content width at `y`.
    private static func rule(id: Int, name: String, y: Int64, width: Int, color: String = "<a:schemeClr val=\"tx2\"/>") -> String {
        "<p:cxnSp><p:nvCxnSpPr><p:cNvPr id=\"\(id)\" name=\"\(XMLText.escape(name))\"/><p:cNvCxnSpPr/><p:nvPr userDrawn=\"1\"/></p:nvCxnSpPr><p:spPr>"
            + "<a:xfrm><a:off x=\"\(SlideGeometry.margin)\" y=\"\(y)\"/><a:ext cx=\"\(SlideGeometry.contentWidth)\" cy=\"0\"/></a:xfrm><a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom>"
            + "<a:ln w=\"\(width)\"><a:solidFill>\(color)</a:solidFill></a:ln></p:spPr></p:cxnSp>"
    }
}
