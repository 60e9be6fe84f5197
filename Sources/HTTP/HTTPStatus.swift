/// The status of a response: its code and the reason phrase sent with it.
public struct HTTPStatus: Sendable, Equatable {
    /// The three-digit code (`404`).
    public var code: Int
    /// The reason phrase (`Not Found`); clients ignore it, people reading a trace do not.
    public var reason: String

    /// A status with `code` and `reason`.
    public init(code: Int, reason: String) {
        self.code = code
        self.reason = reason
    }

    /// 200: the answer follows.
    public static let ok = HTTPStatus(code: 200, reason: "OK")
    /// 400: the request is not well-formed HTTP/1.1, or its body is not framed by exactly one valid length.
    public static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    /// 404: nothing by that name.
    public static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    /// 405: the method is not one the handler answers.
    public static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    /// 408: the request did not arrive in time.
    public static let requestTimeout = HTTPStatus(code: 408, reason: "Request Timeout")
    /// 411: a request that usually has a body came without a length.
    public static let lengthRequired = HTTPStatus(code: 411, reason: "Length Required")
    /// 413: the body is larger than the server takes.
    public static let contentTooLarge = HTTPStatus(code: 413, reason: "Content Too Large")
    /// 421: the request names a host this server is not (DNS rebinding, a wrong port).
    public static let misdirectedRequest = HTTPStatus(code: 421, reason: "Misdirected Request")
    /// 431: the request line and headers are larger than the server takes.
    public static let headersTooLarge = HTTPStatus(code: 431, reason: "Request Header Fields Too Large")
    /// 503: the server has as many connections as it takes.
    public static let serviceUnavailable = HTTPStatus(code: 503, reason: "Service Unavailable")
}
