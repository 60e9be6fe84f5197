#ifndef MJA_SYSTEM_CALLS_H
#define MJA_SYSTEM_CALLS_H

/// syncfs(2): writes out everything pending on the file system that holds `descriptor`'s file.
/// Swift does not import it (a GNU extension of the C library); this wrapper makes it a plain C
/// function, linked like any other, in a static program as in a dynamic one. Returns 0, or -1 with
/// errno set. Where the system has no syncfs, it falls back to sync(2) and returns 0.
int mja_syncfs(int descriptor);

#endif
