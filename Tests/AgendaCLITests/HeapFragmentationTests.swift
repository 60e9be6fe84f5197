import SystemCalls
import TestSupport
import Testing

/// The allocator settings `mja` starts with (issue 38, memory at 100 times the content).
@Suite(.timed) struct HeapFragmentationTests {
    /// glibc takes the three settings, the one arena too (a value it refuses, such as a mapping
    /// threshold past its maximum of 32 MiB, would leave the build holding freed heap again, 70 MB
    /// at 100x).
    @Test func theCLibraryTakesBothSettings() {
        #expect(mja_limit_heap_fragmentation() == 0)
    }
}
