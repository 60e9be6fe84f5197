// The decoder interface of toml-test (https://github.com/toml-lang/toml-test): reads TOML on standard
// input; on success prints the tagged JSON on standard output and exits 0, on an invalid document
// prints the error on standard error and exits 1.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TOML

var input: [UInt8] = []
var chunk = [UInt8](repeating: 0, count: 65536)
while true {
    let got = read(0, &chunk, chunk.count)
    if got <= 0 { break }
    input.append(contentsOf: chunk[0..<got])
}

do {
    let table = try TOML.parse(bytes: input)
    print(table.taggedJSON())
} catch {
    let message = Array("\(error)\n".utf8)
    _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}
