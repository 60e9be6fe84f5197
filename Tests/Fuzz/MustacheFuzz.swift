// libFuzzer target: a Mustache template parsed and rendered with every escaping (as text and as segments), with itself and a
// small partial in its library (so `{{> zelf}}` recurses). Built and run by `.ci/fuzz mustache`.
import Mustache

let context: MustacheValue = [
    "titel": "Werk & <inkomen>", "leeg": "", "waar": true, "onwaar": false, "getal": 42,
    "lijst": [["naam": "een"], ["naam": "twee", "sub": ["x": "y"]]], "niets": nil,
    "diep": ["a": ["b": ["c": "d"]]], "ingebed": .embedded(0),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let template = try? Template(parsing: text, name: "zelf") else { return 0 }
    var library = TemplateLibrary()
    library.add(template)
    if let part = try? Template(parsing: "[{{titel}}{{#lijst}}{{naam}}{{/lijst}}]", name: "deel") { library.add(part) }
    for escaping in Escaping.allCases {
        var problems: [MustacheError] = []
        _ = template.render(context, escaping: escaping, library: library, strict: [], problems: &problems)
        _ = try? template.segments(context, escaping: escaping, library: library)
    }
    return 0
}
