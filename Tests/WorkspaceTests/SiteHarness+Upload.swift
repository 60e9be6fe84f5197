import HTTP
@testable import Workspace

extension SiteHarness {
    /// A workbook uploaded as a browser sends it: a multipart POST to `path` (`/signalen/invoer`,
    /// `/voortgang/invoer`) with the session's token and `bytes` as the field `werkmap`, named
    /// `filename`, from the site's own origin.
    func upload(_ bytes: [UInt8], to path: String, filename: String, session: Session) -> Response {
        let boundary = "----mjaGrens"
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(session.csrfToken)\r\n".utf8)
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"werkmap\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body += bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        let head = "POST \(path) HTTP/1.1\r\nHost: \(Self.host)\r\nCookie: \(WorkspaceSite.cookieName)=\(session.id)\r\nOrigin: http://\(Self.host)\r\n"
            + "Content-Type: multipart/form-data; boundary=\(boundary)\r\nContent-Length: \(body.count)\r\n\r\n"
        var request = try! HTTPRequest(head: ArraySlice(Array(head.utf8)))
        request.body = body
        return site.respond(to: request, peer: "127.0.0.1").response
    }
}
