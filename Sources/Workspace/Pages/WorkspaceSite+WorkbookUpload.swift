import FoundationEssentials
import HTTP

extension WorkspaceSite {
    /// A workbook sent to an upload page (`/signalen/invoer`, `/voortgang/invoer`).
    enum WorkbookUpload {
        /// The workbook's bytes and its file name (without a folder).
        case file([UInt8], name: String)
        /// No file chosen.
        case missing
        /// Empty, or larger than `workbookLimit`.
        case unusable
    }

    /// The workbook of an upload: the file field `werkmap` of a multipart form (the first POST), or
    /// the same bytes carried back in the preview's form as base64 (the POST that applies them).
    func uploadedWorkbook(_ request: HTTPRequest, form: FormData, defaultName: String) -> WorkbookUpload {
        var bytes: [UInt8]
        var name = defaultName
        if let multipart = request.value(of: "content-type").flatMap({ MultipartForm(contentType: $0, body: request.body) }),
           let file = multipart.files["werkmap"] {
            bytes = file.bytes
            if !file.name.isEmpty { name = String(file.name.split(separator: "/").last ?? Substring(defaultName)) }
        } else if let carried = form["werkmap"], let data = Data(base64Encoded: carried) {
            bytes = [UInt8](data)
            name = form["naam"] ?? name
        } else {
            return .missing
        }
        guard !bytes.isEmpty, bytes.count <= Self.workbookLimit else { return .unusable }
        return .file(bytes, name: name)
    }

    /// The preview's form that applies the workbook: its bytes and name carried, posted to `action`.
    func applyWorkbookForm(action: String, bytes: [UInt8], name: String, layout: Layout) -> String {
        "<form method=\"post\" action=\"\(action)\">\(layout.csrfField)"
            + "<input type=\"hidden\" name=\"werkmap\" value=\"\(Data(bytes).base64EncodedString())\">"
            + "<input type=\"hidden\" name=\"naam\" value=\"\(escape(name))\">"
            + "<div class=\"knoppen\"><button type=\"submit\" name=\"knop\" value=\"toepassen\">Toepassen (een versie per agenda)</button> <a href=\"\(action)\">Annuleren</a></div></form>"
    }
}
