/* The C header's paths for the benchmark (paths_sipcode_c.c, compiled as C99): parse + classify a
 * line in either mode, and the reason phrase of a code. paths_sipcode.cpp lists them. */
#ifndef SIPCODE_BENCH_PATHS_SIPCODE_C_H
#define SIPCODE_BENCH_PATHS_SIPCODE_C_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The code plus the phrase length when the line parses, 0 when it does not. */
uint64_t sipcode_bench_c_strict(const char *line, size_t n);
uint64_t sipcode_bench_c_lenient(const char *line, size_t n);
/* The same parse, returning what it read; 0 when the line does not parse. */
int sipcode_bench_c_observe(const char *line, size_t n, int lenient, int *code, const char **phrase,
                            size_t *phrase_len);
/* The address of the reason phrase of `code` (0 when unregistered). */
uint64_t sipcode_bench_c_reason(uint16_t code);

#ifdef __cplusplus
}
#endif

#endif
