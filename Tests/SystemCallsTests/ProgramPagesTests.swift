#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import SystemCalls
import TestSupport
import Testing

/// `mja_release_program_pages` gives back only pages of the program file: memory the process wrote
/// (the heap, an anonymous mapping) is left alone whatever it is asked, and keeps its bytes. The
/// pages it does give back are checked on the font files (`EmbeddedFontPagesTests`).
@Suite(.timed) struct ProgramPagesTests {
    @Test(arguments: [1 << 12, 1 << 16, 1 << 20, 3 << 20])
    func leavesTheHeapAlone(size: Int) {
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 4096)
        defer { block.deallocate() }
        for index in 0..<size { block[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        #expect(mja_release_program_pages(block.baseAddress, UInt(size)) == 0)
        #expect((0..<size).allSatisfy { block[$0] == UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    }

    @Test func leavesAnAnonymousMappingAlone() throws {
        let size = 1 << 20
        let mapped = try #require(mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        #expect(mapped != MAP_FAILED)
        defer { munmap(mapped, size) }
        let block = UnsafeMutableRawBufferPointer(start: mapped, count: size)
        block.initializeMemory(as: UInt8.self, repeating: 0xA5)
        #expect(mja_release_program_pages(mapped, UInt(size)) == 0)
        #expect(block.allSatisfy { $0 == 0xA5 })
    }

    @Test func givesNothingBackOfAnEmptyOrPartialRange() {
        #expect(mja_release_program_pages(nil, 0) == 0)
        // Less than a page: no whole page lies inside it, wherever it is.
        var small = "not a page"
        small.withUTF8 { #expect(mja_release_program_pages($0.baseAddress, UInt($0.count)) == 0) }
    }
}
