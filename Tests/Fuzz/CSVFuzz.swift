// libFuzzer target: the signal CSV reader (Excel exports) on any bytes, against the shipped
// registries. Built and run by `.ci/fuzz csv`; MJA_FUZZ_REGIONS names the regions folder.
import Agenda
import Foundation

let registry = WorkspaceLoader().load(directory: ProcessInfo.processInfo.environment["MJA_FUZZ_REGIONS"] ?? "regions").registry

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let output = SignalCSVReader(registry: registry).read(text, file: "signalen.csv")
    _ = output.signals.count
    return 0
}
