import TestSupport
import Testing
@testable import HTTP

/// Behind a TLS proxy the browser's `Host` (the proxy's name, no port on 443) reaches the server:
/// it is accepted for the names the proxy serves under, and for nothing else.
@Suite(.timed) struct ProxyHostTests {
    @Test func theProxysNameIsAcceptedAsTheBrowserWritesIt() {
        var configuration = HTTPServer.Configuration()
        configuration.proxyHostNames = ["Werkruimte.Voorbeeld.nl"]
        let hosts = configuration.acceptedHosts(port: 8700)
        for accepted in ["werkruimte.voorbeeld.nl", "werkruimte.voorbeeld.nl:443", "127.0.0.1:8700", "localhost:8700"] {
            #expect(hosts.contains(accepted), "\(accepted)")
        }
        for refused in ["127.0.0.1", "evil.example", "werkruimte.voorbeeld.nl.evil.example", "voorbeeld.nl"] {
            #expect(!hosts.contains(refused), "\(refused)")
        }
        #expect(!HTTPServer.Configuration().acceptedHosts(port: 8700).contains("werkruimte.voorbeeld.nl"))
    }
}
