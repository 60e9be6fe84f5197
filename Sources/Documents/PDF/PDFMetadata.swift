/// The file's properties from the document's ``DocumentMetadata``: the document information
/// dictionary and the same in XMP (ISO 32000-1, 14.3), title, subject, keywords, language and the
/// producing tool, and never a date, so the same document gives the same bytes.
struct PDFMetadata {
    let metadata: DocumentMetadata

    /// The language as the catalog's `/Lang` wants it: `nl` becomes `nl-NL`.
    var language: String {
        let tag = metadata.language.isEmpty ? "nl" : metadata.language
        let cleaned = String(tag.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0 == "-" || ("0"..."9").contains($0)) })
        return cleaned.lowercased() == "nl" ? "nl-NL" : (cleaned.isEmpty ? "nl-NL" : cleaned)
    }

    var subject: String {
        [metadata.kind, metadata.region, metadata.part].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    var keywords: [String] { metadata.keywords.filter { !$0.isEmpty } }

    /// The document information dictionary.
    var information: String {
        var entries = "<</Title \(PDFText.textString(metadata.title))"
        if !subject.isEmpty { entries += " /Subject \(PDFText.textString(subject))" }
        if !keywords.isEmpty { entries += " /Keywords \(PDFText.textString(keywords.joined(separator: ", ")))" }
        if !metadata.region.isEmpty { entries += " /Author \(PDFText.textString(metadata.region))" }
        return entries + " /Creator (mja) /Producer (mja)>>"
    }

    /// The XMP packet, in UTF-8.
    var xmp: [UInt8] {
        func alt(_ text: String) -> String {
            "<rdf:Alt><rdf:li xml:lang=\"x-default\">\(XMLText.escape(text))</rdf:li></rdf:Alt>"
        }
        var xml = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        xml += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        xml += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        xml += "<dc:format>application/pdf</dc:format>\n"
        xml += "<dc:title>\(alt(metadata.title))</dc:title>\n"
        if !subject.isEmpty { xml += "<dc:description>\(alt(subject))</dc:description>\n" }
        if !metadata.region.isEmpty { xml += "<dc:creator><rdf:Seq><rdf:li>\(XMLText.escape(metadata.region))</rdf:li></rdf:Seq></dc:creator>\n" }
        if !keywords.isEmpty {
            xml += "<dc:subject><rdf:Bag>" + keywords.map { "<rdf:li>\(XMLText.escape($0))</rdf:li>" }.joined() + "</rdf:Bag></dc:subject>\n"
            xml += "<pdf:Keywords>\(XMLText.escape(keywords.joined(separator: ", ")))</pdf:Keywords>\n"
        }
        xml += "<dc:language><rdf:Bag><rdf:li>\(language)</rdf:li></rdf:Bag></dc:language>\n"
        xml += "<pdf:Producer>mja</pdf:Producer>\n<xmp:CreatorTool>mja</xmp:CreatorTool>\n"
        xml += "</rdf:Description>\n"
        // PDF/UA-1 (ISO 14289-1, 5): declared because the file meets it: every font embedded, every
        // piece of content tagged or an artifact, links described, the title shown, the language set.
        xml += "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n"
        xml += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"
        return Array(xml.utf8)
    }
}
