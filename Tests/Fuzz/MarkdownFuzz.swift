// libFuzzer target: Markdown text parsed and written as HTML (fragment and page) and Markdown, and
// the Markdown output parsed and written again. The Word, PDF and PowerPoint writers have targets
// of their own (DocxFuzz, PDFFuzz, PptxFuzz). Built and run by `.ci/fuzz markdown`.
import Documents
import Markdown

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = Document(metadata: DocumentMetadata(title: "fuzz"), splittingCoverFrom: MarkdownParser.blocks(from: text))
    _ = HTMLWriter().render(document.blocks)
    _ = HTMLPage().render(document)
    let markdown = MarkdownWriter().render(document)
    _ = HTMLWriter().render(MarkdownParser.blocks(from: markdown))
    return 0
}
