#define _GNU_SOURCE
#include <unistd.h>
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
#include <stdint.h>
#if defined(__linux__)
#include <fcntl.h>
#include <sys/mman.h>
#endif
#include "SystemCalls.h"

#if defined(__linux__)
// The first and the one-past-last byte of the program's image, defined by every ELF linker (bfd,
// gold, lld); weak, so a linker without them leaves them null and nothing is given back.
extern const char __ehdr_start[] __attribute__((weak));
extern const char _end[] __attribute__((weak));
#endif

int mja_syncfs(int descriptor) {
#if defined(__linux__)
    return syncfs(descriptor);
#else
    (void)descriptor;
    sync();
    return 0;
#endif
}

int mja_limit_heap_fragmentation(void) {
#if defined(__GLIBC__)
    // A fixed threshold also turns off glibc's own, which rises to 32 MiB once a large block is
    // freed: a document's buffers of 1-32 MiB then come from the heap, whose freed space stays.
    int mapped = mallopt(M_MMAP_THRESHOLD, 1 << 20);
    int trimmed = mallopt(M_TRIM_THRESHOLD, 4 << 20);
    // One arena for every thread: the model read on several threads otherwise lies in several
    // arenas, each with its own free space between what the run keeps (one thread's arena held 50
    // MB at the peak of a build at 100 times the national content).
    int arenas = mallopt(M_ARENA_MAX, 1);
    return mapped == 1 && trimmed == 1 && arenas == 1 ? 0 : -1;
#else
    return 0;
#endif
}

int mja_release_free_memory(void) {
#if defined(__GLIBC__)
    // malloc_trim(0) also gives back the free pages inside the heap and the threads' arenas, not
    // only those at the top: where a run's freed structures left holes between those it keeps.
    return malloc_trim(0);
#else
    return 0;
#endif
}

long mja_release_program_pages(const void *start, unsigned long length) {
#if defined(__linux__)
    uintptr_t from = (uintptr_t)start, to = from + length;
    uintptr_t image = (uintptr_t)__ehdr_start, imageEnd = (uintptr_t)_end;
    if (image == 0 || imageEnd == 0 || from < image || to > imageEnd || to < from) return 0;
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) return 0;
    uintptr_t first = (from + (uintptr_t)page - 1) & ~((uintptr_t)page - 1);
    uintptr_t last = to & ~((uintptr_t)page - 1);
    if (last <= first) return 0;
    // MADV_DONTNEED on a page of the file only drops the copy in memory; on a page the process
    // wrote (its own copy, anonymous since) it would throw the writing away. So every resident page
    // must still be the file's (pagemap bit 61) and none swapped (bit 62), or nothing is given back.
    int pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    if (pagemap < 0) return 0;
    int clean = 1;
    uint64_t entries[512];
    for (uintptr_t address = first; address < last && clean;) {
        size_t count = (last - address) / (uintptr_t)page;
        if (count > 512) count = 512;
        off_t offset = (off_t)(address / (uintptr_t)page * sizeof(uint64_t));
        ssize_t got = pread(pagemap, entries, count * sizeof(uint64_t), offset);
        if (got != (ssize_t)(count * sizeof(uint64_t))) { clean = 0; break; }
        for (size_t index = 0; index < count; index++) {
            uint64_t entry = entries[index];
            if ((entry >> 62) & 1) clean = 0;
            if (((entry >> 63) & 1) && !((entry >> 61) & 1)) clean = 0;
        }
        address += count * (uintptr_t)page;
    }
    close(pagemap);
    if (!clean) return 0;
    if (madvise((void *)first, last - first, MADV_DONTNEED) != 0) return -1;
    return (long)((last - first) / (uintptr_t)page);
#else
    (void)start;
    (void)length;
    return 0;
#endif
}
