import TestSupport
import Testing
@testable import HTTP

/// The request head and its framing, read without a socket.
@Suite(.timed) struct HTTPRequestTests {
    private func head(_ text: String) throws(HTTPRequest.Problem) -> HTTPRequest {
        try HTTPRequest(head: Array(text.utf8)[...])
    }

    @Test func aBrowserRequestIsRead() throws {
        let request = try head("GET /a.html?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8642\r\nAccept:  */* \r\nConnection: close\r\n\r\n")
        #expect(request.method == "GET")
        #expect(request.target == "/a.html?x=1")
        #expect(request.host == "127.0.0.1:8642")
        #expect(request.value(of: "accept") == "*/*")
        #expect(request.closes)
        #expect(try request.bodyLength == 0)
    }

    @Test func requestsThatAreNotHTTPAreRefused() {
        for bad in ["GET /a.html\r\n\r\n", "GET a.html HTTP/1.1\r\nHost: x\r\n\r\n", "get / HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET / HTTP/2\r\nHost: x\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", "GET / HTTP/1.1\r\nHost x\r\n\r\n",
                    "GET /\u{7F} HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.0\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", "GET / HTTP/1.1\r\nHost : x\r\n\r\n"] {
            #expect(throws: HTTPRequest.Problem.malformed, "\(bad)") { try head(bad) }
        }
    }

    /// RFC 9112 section 6: exactly one Content-Length of digits, without a leading zero; any
    /// Transfer-Encoding is refused. Each of these was read as length 0 before, and its body taken
    /// for the next request.
    @Test(arguments: [
        "Content-Length: 05", "Content-Length: 026", "Content-Length: 0, 5", "Content-Length: 5, 5", "Content-Length: +5",
        "Content-Length: -1", "Content-Length: 5\r\nContent-Length: 6", "Content-Length: 5\r\nContent-Length: 5",
        "Content-Length: 0x5", "Content-Length: 5 5", "Content-Length:", "Content-Length: 1234567890123456",
        "Transfer-Encoding: chunked", "Transfer-Encoding: chunked\r\nContent-Length: 5", "Transfer-Encoding: identity",
    ])
    func malformedFramingIsRefused(field: String) {
        #expect(throws: HTTPRequest.Problem.badFraming) { try head("POST / HTTP/1.1\r\nHost: x\r\n\(field)\r\n\r\n") }
        #expect(throws: HTTPRequest.Problem.badFraming) { try head("GET / HTTP/1.1\r\nHost: x\r\n\(field)\r\n\r\n") }
    }

    @Test func validLengthsAreRead() throws {
        #expect(try head("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").bodyLength == 0)
        #expect(try head("POST / HTTP/1.1\r\nHost: x\r\nContent-Length:  17 \r\n\r\n").bodyLength == 17)
        #expect(try head("GET / HTTP/1.1\r\nHost: x\r\n\r\n").bodyLength == 0)
    }

    @Test func aBodyWithoutFramingIsNotTakenForTheNextRequest() {
        #expect(throws: HTTPRequest.Problem.lengthRequired) { try head("POST / HTTP/1.1\r\nHost: x\r\n\r\n") }
        #expect(throws: HTTPRequest.Problem.lengthRequired) { try head("PUT / HTTP/1.1\r\nHost: x\r\n\r\n") }
    }

    @Test func theEndOfAHeadIsFoundFromWhereTheSearchStopped() {
        let bytes = Array("GET / HTTP/1.1\r\nHost: x\r\n\r\nrest".utf8)
        #expect(HTTPRequest.headEnd(in: bytes) == bytes.count - 4)
        #expect(HTTPRequest.headEnd(in: bytes, from: 20) == bytes.count - 4)
        #expect(HTTPRequest.headEnd(in: Array("GET / HTTP/1.0\n\n".utf8)) == 16)
        #expect(HTTPRequest.headEnd(in: Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8)) == nil)
    }

    /// Heads of random bytes from the alphabet requests are made of: each is read or refused with a
    /// problem, none crashes; a fixed seed, so a failure can be repeated.
    @Test func randomHeadsAreReadOrRefusedNeverACrash() {
        let alphabet = Array("GETPOST /HTP1.0:\r\nHostContent-Length,+0123456789 \t\u{7F}".utf8) + [0x00, 0xFF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var read = 0
        for _ in 0..<20_000 {
            var bytes = Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8)
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.insert(alphabet[Int(state >> 33) % alphabet.count], at: Int(state >> 40) % (bytes.count + 1))
            }
            if let request = try? HTTPRequest(head: bytes[...]), (try? request.bodyLength) != nil { read += 1 }
            _ = HTTPRequest.headEnd(in: bytes, from: Int(state >> 60))
        }
        #expect(read > 0 && read < 20_000, "some read, some refused: \(read)")
    }
}
