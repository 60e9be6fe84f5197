import Foundation

// Used by .ci/deflate-instructions/run. Reads the parts file, compresses every part (in benchMarkRunAll, for callgrind --toggle-collect),
// prints per kind sizes and ratio, checks round trips with our Inflate, writes the streams for python.
let arguments = CommandLine.arguments
let data = [UInt8](FileManager.default.contents(atPath: arguments[1])!)
var parts: [(kind: Int, bytes: [UInt8])] = []
var offset = 0
while offset < data.count {
    let kind = Int(data[offset])
    let length = Int(data[offset + 1]) | Int(data[offset + 2]) << 8 | Int(data[offset + 3]) << 16 | Int(data[offset + 4]) << 24
    parts.append((kind, Array(data[(offset + 5)..<(offset + 5 + length)])))
    offset += 5 + length
}

let env = ProcessInfo.processInfo.environment
func setting(_ name: String, _ base: Int) -> Int { Int(env[name] ?? "") ?? base }
let t = DeflateMatcher.Settings.text, b = DeflateMatcher.Settings.binary
let textSettings = DeflateMatcher.Settings(hashBytes: setting("THASH", t.hashBytes), chainSteps: setting("TCHAIN", t.chainSteps), niceLength: setting("TNICE", t.niceLength), fullInsertLength: setting("TINSERT", t.fullInsertLength))
let binarySettings = DeflateMatcher.Settings(hashBytes: setting("BHASH", b.hashBytes), chainSteps: setting("BCHAIN", b.chainSteps), niceLength: setting("BNICE", b.niceLength), fullInsertLength: setting("BINSERT", b.fullInsertLength))
@inline(never) func benchMarkRunAll(_ parts: [(kind: Int, bytes: [UInt8])]) -> [[UInt8]] {
    var out: [[UInt8]] = []
    out.reserveCapacity(parts.count)
    for part in parts { out.append(Deflate.compress(part.bytes, dynamic: true, text: textSettings, binary: binarySettings)) }
    return out
}

let out = benchMarkRunAll(parts)
let names = ["font", "pdf", "docx", "pptx", "xlsx"]
var input = [Int](repeating: 0, count: 5), output = [Int](repeating: 0, count: 5)
for (index, part) in parts.enumerated() { input[part.kind] += part.bytes.count; output[part.kind] += out[index].count }
for kind in 0..<5 { print("\(names[kind]): \(input[kind]) -> \(output[kind]) ratio \(String(format: "%.4f", Double(input[kind]) / Double(max(1, output[kind]))))") }
let rin = input[1...].reduce(0, +), rout = output[1...].reduce(0, +)
print("rest: \(rin) -> \(rout) ratio \(String(format: "%.4f", Double(rin) / Double(rout)))")
print("all: \(rin + input[0]) -> \(rout + output[0]) ratio \(String(format: "%.4f", Double(rin + input[0]) / Double(rout + output[0]))) parts \(parts.count)")
if arguments.count > 2 && arguments[2] == "check" {
    var bad = 0
    for (index, part) in parts.enumerated() where Inflate.decompress(out[index]) != part.bytes { bad += 1 }
    print("inflate mismatches: \(bad)")
    for (index, part) in parts.enumerated() where Deflate.compress(part.bytes, dynamic: true, text: textSettings, binary: binarySettings) != out[index] { print("nondeterministic \(index)") }
    var file: [UInt8] = []
    for stream in out {
        let n = stream.count
        file += [UInt8(n & 255), UInt8(n >> 8 & 255), UInt8(n >> 16 & 255), UInt8(n >> 24 & 255)] + stream
    }
    FileManager.default.createFile(atPath: arguments[1] + ".deflated", contents: Data(file))
}
