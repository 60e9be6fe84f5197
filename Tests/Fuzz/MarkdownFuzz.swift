// libFuzzer target: Markdown text parsed and written by every writer (HTML, HTML page, Markdown),
// and the Markdown output parsed again. Built and run by `.ci/fuzz markdown`.
import Documents
import Markdown

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = MarkdownDocument(parsing: text)
    _ = HTMLWriter().render(document)
    _ = HTMLPage(title: "fuzz").render(document)
    let markdown = MarkdownWriter().render(document)
    _ = HTMLWriter().render(MarkdownDocument(parsing: markdown))
    return 0
}
