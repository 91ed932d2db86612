/* See paths_sipcode_c.h. The same work as the C++ sipcode paths: the parse result and the
 * classification are both built completely in memory (an empty asm statement takes each as input). */
#include "paths_sipcode_c.h"

#include <sipcode.h>

#define SIPCODE_BENCH_USE(value) __asm__ volatile("" : : "m"(value))

static uint64_t run(const char *line, size_t n, sipcode_parse_mode mode) {
    const sipcode_parse_result r = sipcode_parse_status_line(line, n, mode);
    sipcode_classification c;
    if (r.ec != SIPCODE_PARSE_OK) return 0;
    c = sipcode_classify(r.code);
    SIPCODE_BENCH_USE(r);
    SIPCODE_BENCH_USE(c);
    return (uint64_t)r.code + r.reason_len;
}

uint64_t sipcode_bench_c_strict(const char *line, size_t n) { return run(line, n, SIPCODE_PARSE_STRICT); }

uint64_t sipcode_bench_c_lenient(const char *line, size_t n) { return run(line, n, SIPCODE_PARSE_LENIENT); }

int sipcode_bench_c_observe(const char *line, size_t n, int lenient, int *code, const char **phrase,
                            size_t *phrase_len) {
    const sipcode_parse_result r =
        sipcode_parse_status_line(line, n, lenient ? SIPCODE_PARSE_LENIENT : SIPCODE_PARSE_STRICT);
    if (r.ec != SIPCODE_PARSE_OK) return 0;
    *code = sipcode_classify(r.code).code;
    *phrase = r.reason;
    *phrase_len = r.reason_len;
    return 1;
}

uint64_t sipcode_bench_c_reason(uint16_t code) { return (uint64_t)(uintptr_t)sipcode_reason_phrase(code); }
