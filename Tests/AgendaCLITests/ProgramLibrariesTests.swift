import Foundation
import TestSupport
import Testing

/// The built `mja` program maps none of `Foundation`'s libraries (issue 38): one `import Foundation`
/// in any module linked into it would map `libFoundation`, its internationalization and ICU again,
/// about 6 MiB at every size, and nothing else would notice. `Sources/SystemCalls/README.md`,
/// "Towards a program without Foundation".
@Suite(.timed, .endToEnd) struct ProgramLibrariesTests {
    @Test func theProgramNeedsNoFoundation() throws {
        let program = try #require(EndToEndTests.executable, "the mja program was not found next to the tests")
        let bytes = [UInt8](try Data(contentsOf: program))
        let needed = try #require(ELFNeededLibraries.read(bytes), "mja is not a 64-bit ELF program")
        // A statically linked program needs nothing; a dynamically linked one at least the C library.
        // A debug build kept from before a module dropped `Foundation` may link it still: an object
        // file not compiled again keeps the autolink entry its module's other files gave it then
        // (`rm -rf .build` mends that; a clean build, as CI's, does not have them).
        let foundation = needed.filter {
            $0.hasPrefix("libFoundation.so") || $0.hasPrefix("libFoundationInternationalization") || $0.hasPrefix("lib_FoundationICU")
        }
        #expect(foundation.isEmpty, "mja needs \(foundation): a module linked into it imports Foundation")
    }

    @Test func theReaderFindsWhatAProgramNeeds() throws {
        // The reader itself, on a program that surely needs the C library.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "/bin/sh").resolvingSymlinksInPath()))
        let needed = try #require(ELFNeededLibraries.read(bytes))
        #expect(needed.contains { $0.hasPrefix("libc.so") })
        #expect(ELFNeededLibraries.read(Array("#!/bin/sh\n".utf8)) == nil)
    }
}

/// The libraries a 64-bit little-endian ELF program names as needed (`DT_NEEDED` in its dynamic
/// section), as `readelf -d` lists them; empty for a statically linked program, nil for a file that
/// is no such program.
enum ELFNeededLibraries {
    static func read(_ bytes: [UInt8]) -> [String]? {
        guard bytes.count >= 64, bytes[0..<4] == [0x7F, 0x45, 0x4C, 0x46], bytes[4] == 2, bytes[5] == 1 else { return nil }
        func integer(_ offset: Int, _ size: Int) -> Int? {
            guard offset >= 0, offset + size <= bytes.count else { return nil }
            var value = 0
            for index in (0..<size).reversed() { value = value << 8 | Int(bytes[offset + index]) }
            return value
        }
        guard let headers = integer(0x20, 8), let headerSize = integer(0x36, 2), let headerCount = integer(0x38, 2) else { return nil }
        var loads: [(address: Int, offset: Int, size: Int)] = []
        var dynamic: (offset: Int, size: Int)?
        for index in 0..<headerCount {
            let header = headers + index * headerSize
            guard let type = integer(header, 4), let offset = integer(header + 8, 8), let address = integer(header + 16, 8),
                let size = integer(header + 32, 8)
            else { return nil }
            if type == 1 { loads.append((address, offset, size)) }  // PT_LOAD
            if type == 2 { dynamic = (offset, size) }  // PT_DYNAMIC
        }
        guard let dynamic else { return [] }
        var neededOffsets: [Int] = []
        var stringTable: Int?
        var entry = dynamic.offset
        while entry + 16 <= dynamic.offset + dynamic.size, let tag = integer(entry, 8), tag != 0, let value = integer(entry + 8, 8) {
            if tag == 1 { neededOffsets.append(value) }  // DT_NEEDED
            if tag == 5 { stringTable = value }  // DT_STRTAB, an address
            entry += 16
        }
        guard let address = stringTable,
            let load = loads.first(where: { address >= $0.address && address < $0.address + $0.size })
        else { return neededOffsets.isEmpty ? [] : nil }
        let table = address - load.address + load.offset
        return neededOffsets.map { offset in
            var end = table + offset
            while end < bytes.count, bytes[end] != 0 { end += 1 }
            return String(decoding: bytes[min(table + offset, end)..<end], as: UTF8.self)
        }
    }
}
