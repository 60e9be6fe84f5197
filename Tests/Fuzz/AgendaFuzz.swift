// libFuzzer target: the whole load and check of one agenda file, next to the shipped registries,
// in Dutch and English. Built and run by `.ci/fuzz agenda`; MJA_FUZZ_REGIONS names the regions folder.
import Agenda
import Diagnostics
import Foundation

/// A folder with a link to the shipped registries, made once per process.
let folder: String = {
    let regions = URL(fileURLWithPath: ProcessInfo.processInfo.environment["MJA_FUZZ_REGIONS"] ?? "regions").standardizedFileURL.path
    let folder = NSTemporaryDirectory() + "mja-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try? FileManager.default.createSymbolicLink(atPath: folder + "/registers", withDestinationPath: regions + "/registers")
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let file = folder + "/am05-twente.toml"
    guard FileManager.default.createFile(atPath: file, contents: Data(bytes: data, count: size)) else { return 0 }
    for language in [Language.dutch, .english] {
        let workspace = WorkspaceLoader(language: language).load(files: [file])
        let diagnostics = AgendaChecker(language: language).check(workspace)
        let renderer = DiagnosticRenderer(language: language, colored: false)
        for diagnostic in diagnostics {
            _ = renderer.render(diagnostic) { file, line in file.flatMap { workspace.sources[$0]?.line(line) } }
        }
    }
    return 0
}
