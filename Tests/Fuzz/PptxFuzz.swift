// libFuzzer target: Markdown text parsed and written as a PowerPoint file (PptxWriter). Built and run by
// `.ci/fuzz pptx`.
import Documents
import Markdown

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = Document(metadata: DocumentMetadata(title: "fuzz"), splittingCoverFrom: MarkdownParser.blocks(from: text))
    _ = PptxWriter().render(document)
    return 0
}
