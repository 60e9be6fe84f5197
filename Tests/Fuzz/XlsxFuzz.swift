// libFuzzer target: the Excel reader (the zip, the workbook's XML) and the signal import on top of
// it, on any bytes, against the shipped registries. Built and run by `.ci/fuzz xlsx`;
// MJA_FUZZ_REGIONS names the regions folder.
import Agenda
import Documents
import Foundation

let registry = WorkspaceLoader().load(directory: ProcessInfo.processInfo.environment["MJA_FUZZ_REGIONS"] ?? "regions").registry

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? XlsxReader(bytes)
    _ = SignalCSVReader(registry: registry).read(xlsx: bytes, file: "signalen.xlsx").signals.count
    return 0
}
