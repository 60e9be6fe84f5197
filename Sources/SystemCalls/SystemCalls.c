#define _GNU_SOURCE
#include <unistd.h>
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
#include "SystemCalls.h"

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
