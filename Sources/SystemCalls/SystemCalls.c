#define _GNU_SOURCE
#include <unistd.h>
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
