/// Turns a finished ``PDFLayout`` into the objects of the file: the catalog, the page tree and
/// pages with their content and link annotations, the fonts and patterns, the structure tree
/// with its parent tree, the bookmarks, and the metadata.
struct PDFObjects {
    let layout: PDFLayout
    let metadata: PDFMetadata
    let compress: Bool

    init(layout: PDFLayout, metadata: PDFMetadata, compress: Bool) {
        self.layout = layout
        self.metadata = metadata
        self.compress = compress
    }

    /// Writes the file and returns it; with `sink`, hands its bytes there as they are made, in
    /// pieces of about `chunk` bytes, and returns nothing (see ``PDFFile``).
    func write(to sink: (any ByteSink)? = nil, chunk: Int = PDFFile.defaultChunk) -> [UInt8] {
        var file = PDFFile(packsObjects: compress, sink: sink, chunk: chunk)
        let canvas = layout.canvas
        // The pages are read where they are, in the canvas, never as an array of their own: each
        // page's content stream is taken out of the canvas as it goes into the file, and so let go
        // (a copy of the array held every page's stream until the file was done: at 100 times the
        // content, the signal report's pages beside the whole file).
        let pageCount = canvas.pages.count
        // Each link annotation belongs to a Link element: the one its text was drawn in (see
        // ``PDFLayout/drawLine``, or the page numbers of the table of contents), else a new one
        // under the element it stands in.
        var linkElements: [[Int]] = []
        linkElements.reserveCapacity(pageCount)
        for pageIndex in 0..<pageCount {
            linkElements.append(canvas.pages[pageIndex].links.enumerated().map { index, link in
                // A Link element of its own holds only the annotation, so it says in /Alt where it goes.
                let element = canvas.structure.elements[link.element].type == .link
                    ? link.element : canvas.structure.add(.link, parent: link.element, alt: Self.description(of: link.target, in: layout))
                canvas.structure.addKid(.annotation(page: pageIndex, index: index), to: element)
                return element
            })
        }
        let catalog = file.reserve(), pageTree = file.reserve(), info = file.reserve(), xmp = file.reserve()
        let structRoot = file.reserve(), parentTree = file.reserve(), resources = file.reserve()
        let embedding = layout.embedding
        let usedFonts = embedding.usedFonts
        let linkCount = linkElements.reduce(0) { $0 + $1.count }
        let elementCount = canvas.structure.elements.count
        // Room for every object's place at once (the bookmarks and object streams too, at most):
        // grown by doubling, the places of the signal report's 330 000 objects at 100 times the
        // content kept room for 520 000.
        file.reserveObjects(16 + PDFPattern.allCases.count + usedFonts.count + 2 * pageCount + linkCount
            + elementCount + layout.headings.count + (elementCount + linkCount + layout.headings.count) / file.packedLimit)
        let fonts = usedFonts.map { _ in file.reserve() }
        let patterns = PDFPattern.allCases.map { _ in file.reserve() }
        let pageObjects = (0..<pageCount).map { _ in file.reserve() }
        let contentObjects = (0..<pageCount).map { _ in file.reserve() }
        let annotationObjects = linkElements.map { links in links.map { _ in file.reserve() } }
        // The elements' numbers are one run: element `index` is `firstElement + index`, no array of
        // them (1.8 MB for the signal report at 100 times the content).
        let firstElement = file.reserve(count: elementCount)
        // Room for the file at once, from what is known of it now: the pages' streams, about 32 KiB
        // a font subset, the profile, and 24 bytes an element for the compressed object streams
        // and the cross-reference stream; growing by doubling copied each file about twice. (16
        // an element was about short of the signal report at 100 times the content: 15 bytes a
        // packed object and 2 an entry of the cross-reference stream. Room not written is not
        // resident.)
        var known = Self.profileStream.payload.count + 16 * 1024 + 32 * 1024 * usedFonts.count
        for index in 0..<pageCount {
            let page = canvas.pages[index]
            known += page.stream?.payload.count ?? page.content.count
        }
        file.reserveCapacity(known + 24 * elementCount)

        for (font, number) in zip(usedFonts, fonts) { embedding.write(font, number: number, to: &file, compress: compress) }
        for (pattern, number) in zip(PDFPattern.allCases, patterns) {
            let definition = pattern.definition
            file.addStream(number, dictionary: definition.dictionary, data: Array(definition.content.utf8), compress: false)
        }
        let fontEntries = zip(usedFonts, fonts).map { "/\($0.resourceName) \($1) 0 R" }.joined(separator: " ")
        let patternEntries = zip(PDFPattern.allCases, patterns).map { "/\($0.resourceName) \($1) 0 R" }.joined(separator: " ")
        file.addPacked(resources, "<</Font <<\(fontEntries)>> /Pattern <<\(patternEntries)>> /ProcSet [/PDF /Text]>>")

        /// Appends where heading `id` stands, `[page 0 R /XYZ left top null]`; false when it is nowhere.
        func appendDestination(_ id: String, to output: inout [UInt8]) -> Bool {
            guard let position = layout.headingPositions[id] else { return false }
            output.append(UInt8(ascii: "["))
            output.pdf(reference: pageObjects[position.page])
            output.pdf("/XYZ ")
            output.pdf(PDFPageStyle.left - 4)
            output.pdf(PDFCanvas.pdfY(position.y) + 4)
            output.pdf("null]")
            return true
        }
        func destination(_ id: String) -> String? {
            var output: [UInt8] = []
            guard appendDestination(id, to: &output) else { return nil }
            return String(decoding: output, as: UTF8.self)
        }

        // Pages, their content and their links; annotations are parent tree keys after the pages.
        // Written as bytes into two buffers kept for all of them, not by string interpolation.
        var nextKey = pageCount
        var annotationKeys: [(key: Int, element: Int)] = []
        var object = PDFOutput(capacity: 1024), annotationRefs = PDFOutput(capacity: 256)
        let mediaBox = "[0 0 \(PDFText.number(PDFPageStyle.pageWidth)) \(PDFText.number(PDFPageStyle.pageHeight))]"
        for index in 0..<pageCount {
            guard let stream = canvas.takeStream(index) else { preconditionFailure("a PDF page was not sealed") }
            file.addStream(contentObjects[index], dictionary: "", stream: stream)
            annotationRefs.removeAll()
            for (linkIndex, link) in canvas.pages[index].links.enumerated() {
                let number = annotationObjects[index][linkIndex]
                // /F 4: printed as shown; /Contents: where the link goes, for assistive technology (PDF/UA-1, 7.18.5).
                object.removeAll()
                object.pdf("<</Type /Annot /Subtype /Link /Rect [")
                for value in link.rect { object.pdf(value) }
                if !link.rect.isEmpty { object.removeLast() }
                object.pdf("] /Border [0 0 0] /F 4 /Contents ")
                object.appendTextString(Self.description(of: link.target, in: layout))
                object.pdf(" /StructParent ")
                object.pdf(integer: nextKey)
                switch link.target {
                case .uri(let uri):
                    object.pdf(" /A <</S /URI /URI ")
                    object.pdf(string: PDFText.uriLiteral(uri))
                    object.pdf(">>")
                case .file(let path):
                    object.pdf(" /A <</S /GoToR /F ")
                    object.pdf(string: PDFText.uriLiteral(path))
                    object.pdf(" /D [0 /Fit] /NewWindow true>>")
                case .heading(let id):
                    // A link to a heading that does not exist: an annotation without an action.
                    if let target = destination(id) {
                        object.pdf(" /Dest ")
                        object.pdf(string: target)
                    }
                }
                object.pdf(">>")
                file.addPacked(number, bytes: object.buffer)
                annotationKeys.append((nextKey, linkElements[index][linkIndex]))
                nextKey += 1
                if annotationRefs.count > 0 { annotationRefs.append(0x20) }
                annotationRefs.pdf(reference: number)
                annotationRefs.removeLast()
            }
            object.removeAll()
            object.pdf("<</Type /Page /Parent ")
            object.pdf(reference: pageTree)
            object.pdf("/MediaBox ")
            object.pdf(string: mediaBox)
            object.pdf(" /Resources ")
            object.pdf(reference: resources)
            object.pdf("/Contents ")
            object.pdf(reference: contentObjects[index])
            object.pdf("/StructParents ")
            object.pdf(integer: index)
            object.pdf(" /Tabs /S")
            if annotationRefs.count > 0 {
                object.pdf(" /Annots [")
                object.append(contentsOf: annotationRefs.buffer)
                object.pdf("]")
            }
            object.pdf(">>")
            file.addPacked(pageObjects[index], bytes: object.buffer)
        }
        file.addPacked(pageTree, "<</Type /Pages /Kids [\(pageObjects.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageCount)>>")

        // The structure tree, taken out of the canvas and let go once its elements are written:
        // at 100 times the content, the signal report's 300 000 elements and their kids were 22 MB
        // held to the end of the file.
        var body = PDFOutput(capacity: 4096)
        do {
            let structure = canvas.takeStructure()
            let elements = structure.elements
            // Room for its bodies in the object streams at once: 56 bytes an element and 40 a kid, a
            // little more than they take (85 an element in all in a national build, with 2.5 kids
            // each; 92 in the national agenda's execution part at 100 times the content, with 1.75
            // kids, most of them marked content of 37 bytes). Too little, and a stream's bodies are
            // copied into a buffer twice their size at its end; room not written is not resident.
            file.reservePacked(objects: elements.count, bytes: 56 * elements.count + 40 * structure.kidCount)
            for index in elements.indices {
                body.removeAll()
                body.pdf("<</Type /StructElem /S /")
                body.pdf(string: elements[index].type.name)
                body.pdf(" /P ")
                let parent = elements[index].parent
                body.pdf(reference: parent < 0 ? structRoot : firstElement + parent)
                if elements[index].hasKids {
                    body.pdf("/K [")
                    structure.forEachKid(of: index) { kid in
                        switch kid {
                        case .element(let child):
                            body.pdf(reference: firstElement + child)
                        case .content(let page, let mcid):
                            body.pdf("<</Type /MCR /Pg ")
                            body.pdf(reference: pageObjects[page])
                            body.pdf("/MCID ")
                            body.pdf(integer: mcid)
                            body.pdf(">> ")
                        case .annotation(let page, let annotation):
                            body.pdf("<</Type /OBJR /Pg ")
                            body.pdf(reference: pageObjects[page])
                            body.pdf("/Obj ")
                            body.pdf(reference: annotationObjects[page][annotation])
                            body.removeLast()
                            body.pdf(">> ")
                        }
                    }
                    body.removeLast()  // the space after the last kid
                    body.pdf("]")
                } else {
                    body.removeLast()
                }
                if let alt = structure.alt(of: index) { body.pdf(" /Alt "); body.appendTextString(alt) }
                let attributes = structure.attributes(of: index)
                if !attributes.isEmpty { body.pdf(" "); body.pdf(string: attributes) }
                if index == 0 { body.pdf(" /Lang ("); body.pdf(string: metadata.language); body.pdf(")") }
                body.pdf(">>")
                file.addPacked(firstElement + index, bytes: body.buffer)
            }
        }
        // The parent tree: per page the elements of its marked content, then the annotations.
        body.removeAll()
        body.pdf("<</Nums [")
        var first = true
        for index in 0..<pageCount {
            if !first { body.append(0x0A) }
            first = false
            body.pdf(integer: index)
            body.pdf(" [")
            for (position, element) in canvas.pages[index].markedElements.enumerated() {
                if position > 0 { body.append(0x20) }
                body.pdf(reference: firstElement + Int(element))
                body.removeLast()
            }
            body.pdf("]")
        }
        for entry in annotationKeys {
            if !first { body.append(0x0A) }
            first = false
            body.pdf(integer: entry.key)
            body.append(0x20)
            body.pdf(reference: firstElement + entry.element)
            body.removeLast()
        }
        body.pdf("]>>")
        file.addPacked(parentTree, bytes: body.buffer)
        // Let go before the last object stream and the cross-reference stream are made: the parent
        // tree was 1.9 MB at 100 times the content.
        _ = consume body
        file.addPacked(structRoot, "<</Type /StructTreeRoot /K [\(firstElement) 0 R] /ParentTree \(parentTree) 0 R /ParentTreeNextKey \(nextKey)>>")

        // Bookmarks, metadata, catalog.
        let outline = PDFOutline(headings: layout.headings.filter { $0.level <= 3 && layout.headingPositions[$0.id] != nil })
        var outlineEntry = ""
        if !outline.items.isEmpty {
            let root = outline.write(into: &file) { id, output in
                if !appendDestination(id, to: &output) { output.pdf("null") }
            }
            outlineEntry = " /Outlines \(root) 0 R /PageMode /UseOutlines"
        }
        file.add(info, metadata.information)
        file.addStream(xmp, dictionary: "/Type /Metadata /Subtype /XML", data: metadata.xmp, compress: false)
        // The colours are meant as sRGB: an output intent with its profile (PDF/A, ISO 19005-2 6.2.3).
        let profile = file.reserve()
        file.addStream(profile, dictionary: "/N 3", stream: compress ? Self.profileStream : PDFStreamData(SRGBProfile.bytes, compress: false))
        let condition = PDFText.textString(SRGBProfile.condition)
        let outputIntent = "<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier \(condition) /Info \(condition) /DestOutputProfile \(profile) 0 R>>"
        file.add(catalog, "<</Type /Catalog /Pages \(pageTree) 0 R\(outlineEntry) /StructTreeRoot \(structRoot) 0 R /MarkInfo <</Marked true>> /Lang (\(metadata.language)) /Metadata \(xmp) 0 R /ViewerPreferences <</DisplayDocTitle true>> /OutputIntents [\(outputIntent)]>>")
        return file.finish(root: catalog, info: info)
    }
}

extension PDFObjects {
    /// The output intent's profile as it goes into a compressed file: the same bytes in every
    /// PDF, so compressed once for them all.
    static let profileStream = PDFStreamData(SRGBProfile.bytes, compress: true)

    /// Where a link goes, in words: the heading's title, the document's file name or the web address.
    static func description(of target: PDFLinkTarget, in layout: PDFLayout) -> String {
        switch target {
        case .heading(let id): layout.words.goTo + " " + (layout.headings.first { $0.id == id }?.text ?? layout.words.aHeading)
        case .file(let path): layout.words.goTo + " " + layout.words.theDocument + " " + path
        case .uri(let uri): layout.words.goTo + " " + uri
        }
    }
}
