/// One HTTP/1.1 request: the method, the target, the header fields and the body. Only what
/// RFC 9112 allows is read; anything else is a `Problem`, answered with its status, after which the
/// connection is closed (a request that was not read as meant leaves nothing to read after it).
public struct HTTPRequest: Sendable, Equatable {
    /// The method as written (`GET`).
    public var method: String
    /// The request target as written (`/am05/beleidsdeel.html?x=1`): always origin-form, starting with `/`.
    public var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    /// The header fields in the order sent, names in lower case, values without surrounding white space.
    public var headers: [Field]
    /// The body: exactly as many bytes as its one `Content-Length` says (none without one).
    public var body: [UInt8] = []

    /// One header field.
    public struct Field: Sendable, Equatable {
        /// The name in lower case (`content-length`).
        public var name: String
        /// The value without the white space around it.
        public var value: String
    }

    /// The value of the first field called `name` (lower case), nil when there is none.
    public func value(of name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// Whether the client wants the connection closed after the answer (`Connection: close`, or
    /// HTTP/1.0 without `keep-alive`).
    public var closes: Bool {
        let connection = value(of: "connection")?.lowercased()
        return version == "HTTP/1.0" ? connection != "keep-alive" : connection == "close"
    }

    /// Why a request could not be read, each with the status it is answered with.
    public enum Problem: Error, Equatable, Sendable {
        /// Not HTTP/1.x, or not well formed (a bad request line, a field without a name, obsolete
        /// line folding, no or several `Host` fields): 400.
        case malformed
        /// The body is not framed by exactly one valid `Content-Length` (a leading zero, a sign, a
        /// list, two fields, or any `Transfer-Encoding`): 400. Read any other way, the body would be
        /// taken for the next request (request smuggling).
        case badFraming
        /// A method that carries a body (POST, PUT, PATCH) without a `Content-Length`: 411.
        case lengthRequired
        /// The request line and headers are larger than the limit: 431.
        case headersTooLarge
        /// The body is larger than the limit: 413.
        case bodyTooLarge
        /// The `Host` is not one of the names the server answers to: 421.
        case misdirected
        /// The head or the body did not arrive within its time limit: 408.
        case timedOut

        /// The status the problem is answered with.
        public var status: HTTPStatus {
            switch self {
            case .malformed, .badFraming: .badRequest
            case .lengthRequired: .lengthRequired
            case .headersTooLarge: .headersTooLarge
            case .bodyTooLarge: .contentTooLarge
            case .misdirected: .misdirectedRequest
            case .timedOut: .requestTimeout
            }
        }
    }
}
