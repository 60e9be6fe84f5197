#ifndef MJA_SYSTEM_CALLS_H
#define MJA_SYSTEM_CALLS_H

/// syncfs(2): writes out everything pending on the file system that holds `descriptor`'s file.
/// Swift does not import it (a GNU extension of the C library); this wrapper makes it a plain C
/// function, linked like any other, in a static program as in a dynamic one. Returns 0, or -1 with
/// errno set. Where the system has no syncfs, it falls back to sync(2) and returns 0.
int mja_syncfs(int descriptor);

/// Makes the C library's allocator give memory back to the system as soon as it is freed, for a
/// program that makes large documents one after another: blocks of 1 MiB and more are mapped on
/// their own and unmapped when freed, free space at the top of the heap past 4 MiB is returned, and
/// every thread allocates from the one main arena (glibc gives each thread an arena of its own, up to
/// eight per core, and each keeps the free space between the blocks that live on in it).
/// Left to itself, glibc serves blocks of up to 32 MiB from the heap once a large block has been
/// freed, and the space they leave stays with the process: a build at 100 times the national
/// content held 70 MB more than its heap's peak. Returns 0, or -1 when the library refused a
/// setting; does nothing (and returns 0) with another C library.
int mja_limit_heap_fragmentation(void);

/// Gives the free memory of the C library's allocator back to the system: the free pages inside the
/// heap and the threads' arenas as well as those at its top (glibc's `malloc_trim(0)`). For a moment
/// between two stages of a run, when much was freed (the files read and checked, a large document
/// made) and what comes next starts from what is kept. Returns 1 when memory was given back, else
/// 0; does nothing (and returns 0) with another C library.
int mja_release_free_memory(void);

/// Gives back to the system the program's own pages that lie wholly inside the `length` bytes at
/// `start`: bytes of the program file (a literal in its read-only data) that the run has read and
/// will not need again. They leave the process's resident memory and are read from the file again
/// if they are needed after all. Nothing is given back unless the range lies inside the program's
/// own image (from its ELF header to its end) and every resident page of it is still the file's
/// (never written, per /proc/self/pagemap), so no written memory can be lost. Returns the number
/// of pages given back, 0 when none was, -1 when the system refused.
long mja_release_program_pages(const void *start, unsigned long length);

#endif
