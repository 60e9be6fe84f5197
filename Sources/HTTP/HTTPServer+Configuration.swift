extension HTTPServer {
    /// The limits a server keeps to, so that no client, slow or hostile, can hold it: how long a
    /// request may take to arrive, how long a client may take to read the answer, how many
    /// connections it keeps open, and the names it answers to. The defaults suit a server on the
    /// loopback address used by one person's browser; tests set short limits to run quickly.
    public struct Configuration: Sendable {
        /// How long a kept-alive connection may wait silently for its next request.
        public var idleTimeout: Duration = .seconds(10)
        /// How long the request line and header fields may take from their first byte to the
        /// blank line. A browser sends them in one packet; a client sending a byte a second is cut off.
        public var headTimeout: Duration = .seconds(10)
        /// How long the body may take after the head.
        public var bodyTimeout: Duration = .seconds(30)
        /// How long one write may wait for the client to read (a client that never reads loses
        /// its connection, it does not keep a thread).
        public var sendTimeout: Duration = .seconds(10)
        /// The most bytes the request line and header fields may take; browsers send well under 8 KiB.
        public var headLimit = 16 * 1024
        /// The most bytes a body may take.
        public var bodyLimit = 1024 * 1024
        /// The most connections served at once; each is served on a thread of its own, so this
        /// also bounds the threads. A connection past it is answered 503 and closed at once.
        public var maxConnections = 128
        /// The most connections served at once for one client address.
        public var maxConnectionsPerAddress = 64
        /// The host names the server answers to, without the port (which the server adds): a
        /// request for any other `Host` is answered 421, so a page on another site that has its
        /// name point at 127.0.0.1 (DNS rebinding) reads nothing.
        public var hostNames = ["127.0.0.1", "localhost"]
        /// The IPv4 address the server binds to: the loopback address unless a caller (the
        /// workspace server behind a TLS proxy on another machine) says otherwise.
        public var bindAddress = "127.0.0.1"

        /// The defaults.
        public init() {}

        /// The names a reverse proxy in front serves the server under (`werkruimte.voorbeeld.nl`):
        /// the proxy passes the browser's `Host` on, which names the proxy's port (none for 443),
        /// not the server's. Accepted as given, and with `:443`.
        public var proxyHostNames: [String] = []

        /// The `Host` values that name the server on `port`: every name with the port, and
        /// without it for port 80, in lower case; the proxy's names as the proxy's clients write them.
        func acceptedHosts(port: UInt16) -> Set<String> {
            var hosts = Set(hostNames.map { "\($0.lowercased()):\(port)" })
            if port == 80 { hosts.formUnion(hostNames.map { $0.lowercased() }) }
            for name in proxyHostNames.map({ $0.lowercased() }) {
                hosts.insert(name)
                if !name.contains(":") { hosts.insert(name + ":443") }
            }
            return hosts
        }
    }
}
