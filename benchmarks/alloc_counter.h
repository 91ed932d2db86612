/* Counts heap allocations made by anything in the process, C libraries included.
 *
 * alloc_counter.c defines malloc, calloc, realloc and the aligned allocators in the executable
 * that links it; the dynamic linker then binds every shared library's calls to them (glibc routes
 * its own internal allocations, and operator new, through malloc too). Each forwards to glibc's
 * allocator and counts the call. Only the correctness/allocation check links it: the timing binary
 * keeps the plain allocator. */
#ifndef SIPCODE_BENCH_ALLOC_COUNTER_H
#define SIPCODE_BENCH_ALLOC_COUNTER_H

#ifdef __cplusplus
extern "C" {
#endif

/** Allocation calls (malloc, calloc, realloc, memalign and friends) since the process started. */
unsigned long long sipcode_bench_allocations(void);

#ifdef __cplusplus
}
#endif

#endif /* SIPCODE_BENCH_ALLOC_COUNTER_H */
