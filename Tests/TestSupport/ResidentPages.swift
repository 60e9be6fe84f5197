#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// How many of the pages that lie wholly inside `bytes` are resident in this process, from
/// `/proc/self/pagemap` (bit 63 of a page's entry); nil where there is no such file (not Linux).
/// For the tests of what the program gives back of its own pages (issue 38).
public func residentPages(_ bytes: UnsafeRawBufferPointer) -> Int? {
    #if os(Linux)
    guard let base = bytes.baseAddress else { return 0 }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let first = (Int(bitPattern: base) + page - 1) / page, last = (Int(bitPattern: base) + bytes.count) / page
    guard last > first else { return 0 }
    let descriptor = open("/proc/self/pagemap", O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var entries = [UInt64](repeating: 0, count: last - first)
    let wanted = entries.count * 8
    let read = entries.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(first * 8)) }
    guard read == wanted else { return nil }
    return entries.filter { $0 >> 63 & 1 == 1 }.count
    #else
    return nil
    #endif
}
