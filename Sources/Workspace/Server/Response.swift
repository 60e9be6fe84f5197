import HTTP

/// An answer before it is written: status, type, body and the extra header fields.
public struct Response: Sendable {
    /// The status.
    public var status: HTTPStatus
    /// The `Content-Type`.
    public var type: String
    /// The body.
    public var body: [UInt8]
    /// Header fields besides type, length and the security fields every answer has.
    public var headers: [String] = []

    /// An HTML page.
    static func page(_ html: String, status: HTTPStatus = .ok) -> Response {
        Response(status: status, type: "text/html; charset=utf-8", body: Array(html.utf8))
    }

    /// A redirect to `location` after a form (303: the browser asks for it with GET).
    static func seeOther(_ location: String, headers: [String] = []) -> Response {
        Response(status: HTTPStatus(code: 303, reason: "See Other"), type: "text/plain; charset=utf-8",
                 body: Array("Zie \(location)\n".utf8), headers: ["Location: \(location)"] + headers)
    }

    /// A plain-text answer.
    static func text(_ text: String, status: HTTPStatus) -> Response {
        Response(status: status, type: "text/plain; charset=utf-8", body: Array(text.utf8))
    }

    /// A file to save (`Content-Disposition: attachment`).
    static func download(_ bytes: [UInt8], name: String, type: String) -> Response {
        Response(status: .ok, type: type, body: bytes, headers: ["Content-Disposition: attachment; filename=\"\(name)\""])
    }
}

extension HTTPStatus {
    /// 403: signed in, but not allowed; or a form without its token or from elsewhere.
    static let forbidden = HTTPStatus(code: 403, reason: "Forbidden")
    /// 409: the agenda changed on the same lines meanwhile.
    static let conflict = HTTPStatus(code: 409, reason: "Conflict")
    /// 422: the form's content cannot be stored as sent.
    static let unprocessable = HTTPStatus(code: 422, reason: "Unprocessable Content")
    /// 429: too many sign-ins that failed.
    static let tooManyRequests = HTTPStatus(code: 429, reason: "Too Many Requests")
    /// 500: the server could not do it (git failed).
    static let internalError = HTTPStatus(code: 500, reason: "Internal Server Error")
}
