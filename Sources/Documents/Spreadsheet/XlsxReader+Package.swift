extension XlsxReader {
    /// The package of a workbook: its ZIP directory and what is left of the inflate budget. Each
    /// part is inflated when it is scanned and let go right after, so at most one part is held.
    struct Package {
        let archive: ZipArchive
        var budget: Int
        let limit: Int

        init(_ bytes: [UInt8], budget: Int) throws(Failure) {
            do {
                archive = try ZipArchive(bytes)
            } catch {
                switch error {
                case .duplicateName(let name): throw .duplicatePart(name)
                case .overlappingEntries(let first, let second): throw .overlappingParts(first, second)
                default: throw .notAnArchive("\(error)")
                }
            }
            self.budget = budget
            limit = budget
        }

        /// Whether the package has a part named `name`.
        func has(_ name: String) -> Bool { archive.entry(named: name) != nil }

        /// Hands the events of part `name` to `handle` until it returns false; a missing part has none.
        mutating func scan(_ name: String, _ handle: (XMLScanner.Event) -> Bool) throws(Failure) {
            guard let entry = archive.entry(named: name) else { return }
            let bytes: [UInt8]
            do {
                bytes = try archive.content(of: entry, budget: &budget)
            } catch {
                if case .tooLarge = error { throw .tooLarge(limit: limit) }
                throw .notAnArchive("\(error)")
            }
            do { try XMLScanner.scan(bytes, handle) } catch { throw .damagedPart(name) }
        }

        /// Hands every event of part `name` to `handle`.
        mutating func scanAll(_ name: String, _ handle: (XMLScanner.Event) -> Void) throws(Failure) {
            try scan(name) { (event: XMLScanner.Event) -> Bool in handle(event); return true }
        }

        struct Relationship {
            var id: String, type: String, target: String
        }

        /// The relationships of a `.rels` part, the targets resolved against `base`.
        mutating func relationships(_ name: String, base: String) throws(Failure) -> [Relationship] {
            var relationships: [Relationship] = []
            try scanAll(name) { (event: XMLScanner.Event) in
                guard case .start(let element, let attributes, _) = event, XMLScanner.localName(element) == "Relationship",
                      attributes["TargetMode"] != "External", let id = attributes["Id"], let target = attributes["Target"] else { return }
                let resolved = target.hasPrefix("/") ? String(target.dropFirst()) : Self.normalised(base + target)
                relationships.append(Relationship(id: id, type: attributes["Type"] ?? "", target: resolved))
            }
            return relationships
        }

        /// `xl/worksheets/../styles.xml` as `xl/styles.xml`.
        static func normalised(_ path: String) -> String {
            var parts: [Substring] = []
            for part in path.split(separator: "/") {
                if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
            }
            return parts.joined(separator: "/")
        }

        /// The shared strings: per `si` the text of its `t` elements, phonetic runs (`rPh`) left out;
        /// more than `limit` is a failure (millions of one-letter strings would take more memory
        /// than the part they come from).
        mutating func sharedStrings(_ name: String, limit: Int) throws(Failure) -> [String] {
            var strings: [String] = []
            var current = "", inText = false, inPhonetic = false
            try scan(name) { (event: XMLScanner.Event) -> Bool in
                if strings.count > limit { return false }
                switch event {
                case .start(let name, _, _):
                    switch XMLScanner.localName(name) {
                    case "si": current = ""
                    case "t": inText = true
                    case "rPh": inPhonetic = true
                    default: break
                    }
                case .end(let name):
                    switch XMLScanner.localName(name) {
                    case "si": strings.append(SpreadsheetText.unescape(current))
                    case "t": inText = false
                    case "rPh": inPhonetic = false
                    default: break
                    }
                case .text(let text):
                    if inText && !inPhonetic { current += text }
                }
                return true
            }
            guard strings.count <= limit else { throw .tooManyStrings(limit: limit) }
            return strings
        }

        /// Per index of `cellXfs`, whether its number format shows a date.
        mutating func dateStyles(_ name: String) throws(Failure) -> [Bool] {
            var formats: [Int: String] = [:]
            var styles: [Bool] = []
            var inCellFormats = false
            try scanAll(name) { (event: XMLScanner.Event) in
                switch event {
                case .start(let name, let attributes, _):
                    switch XMLScanner.localName(name) {
                    case "numFmt":
                        if let id = attributes["numFmtId"].flatMap({ Int($0) }) { formats[id] = attributes["formatCode"] ?? "" }
                    case "cellXfs": inCellFormats = true
                    case "xf" where inCellFormats:
                        let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                        styles.append(formats[id].map(XlsxReader.isDateFormat) ?? ((14...22).contains(id) || (45...47).contains(id)))
                    default: break
                    }
                case .end(let name):
                    if XMLScanner.localName(name) == "cellXfs" { inCellFormats = false }
                case .text: break
                }
            }
            return styles
        }
    }
}
