/* See alloc_counter.h. glibc exports its allocator under __libc_* names, so the replacements
 * forward there without dlsym() (which may itself allocate). */
#include "alloc_counter.h"

#include <errno.h>
#include <stddef.h>

void* __libc_malloc(size_t size);
void* __libc_calloc(size_t count, size_t size);
void* __libc_realloc(void* p, size_t size);
void* __libc_memalign(size_t alignment, size_t size);
void __libc_free(void* p);

static unsigned long long allocations;

static void counted(void) { __atomic_fetch_add(&allocations, 1, __ATOMIC_RELAXED); }

unsigned long long sipcode_bench_allocations(void) { return __atomic_load_n(&allocations, __ATOMIC_RELAXED); }

void* malloc(size_t size) {
    counted();
    return __libc_malloc(size);
}

void* calloc(size_t count, size_t size) {
    counted();
    return __libc_calloc(count, size);
}

void* realloc(void* p, size_t size) {
    counted();
    return __libc_realloc(p, size);
}

void free(void* p) { __libc_free(p); }

void* memalign(size_t alignment, size_t size) {
    counted();
    return __libc_memalign(alignment, size);
}

void* aligned_alloc(size_t alignment, size_t size) {
    counted();
    return __libc_memalign(alignment, size);
}

int posix_memalign(void** out, size_t alignment, size_t size) {
    void* p;
    if (alignment < sizeof(void*) || (alignment & (alignment - 1)) != 0) return EINVAL;
    counted();
    p = __libc_memalign(alignment, size);
    if (p == NULL && size != 0) return ENOMEM;
    *out = p;
    return 0;
}

void* valloc(size_t size) {
    counted();
    return __libc_memalign(4096, size);
}
