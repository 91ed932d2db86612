/* The KPI part of <sipcode.h> from a C-only program: compiled as C99 with the project's warnings as
 * errors, and run. The expected figures are worked out by hand from RFC 6076 s4's formulas (and the
 * readings docs/kpis.md gives: 401/407 out of every denominator, no final response an ISA and an
 * IRA), not taken from the library; tests/c_kpi_equality_test.cpp compares every answer with the
 * C++ library. */
#include <sipcode.h>

#include <stdio.h>
#include <string.h>

#if !defined(__STDC_VERSION__) || defined(__cplusplus)
#error "kpi_test.c must be compiled as C"
#endif

static int passed = 0;
static int failed = 0;

static void check(int ok, const char *what, int line) {
    if (ok) {
        ++passed;
    } else {
        ++failed;
        printf("kpi_test.c:%d: FAILED: %s\n", line, what);
    }
}
#define CHECK(expr) check((expr) != 0, #expr, __LINE__)

/* Whether `kpi` of `c` is num / den, and defined exactly when den is not 0. */
static int ratio_is(const sipcode_kpi_counter *c, sipcode_kpi kpi, uint64_t num, uint64_t den) {
    uint64_t n = 99, d = 99;
    const int defined = sipcode_kpi_ratio(c, kpi, &n, &d);
    return n == num && d == den && defined == (den != 0);
}

static void add_sessions(sipcode_kpi_counter *c, const int *codes, size_t count) {
    size_t i;
    for (i = 0; i < count; ++i) sipcode_kpi_add_session_attempt(c, codes[i]);
}

int main(void) {
    sipcode_kpi_counter redirect, mixed, registrations, total, bulk;
    /* RFC 6076 s4.6's example: the first INVITE gets a 302, the INVITE to the new target a 200. */
    static const int redirect_invites[] = {302, 200};
    /* Ten initial INVITEs: four answered, one busy, one redirected, one challenged (and sent again,
     * so counted once more by its own answer), one 503, one cancelled by the caller, one timeout. */
    static const int mixed_invites[] = {200, 200, 486, 302, 200, 407, 200, 503, 487,
                                        SIPCODE_KPI_NO_FINAL_RESPONSE};

    /* The sets, spot by spot, from the RFC's words. */
    CHECK(sipcode_kpi_in_numerator(SIPCODE_KPI_SER, 200) && !sipcode_kpi_in_numerator(SIPCODE_KPI_SER, 202));
    CHECK(!sipcode_kpi_in_denominator(SIPCODE_KPI_SER, 302));
    CHECK(!sipcode_kpi_in_denominator(SIPCODE_KPI_SEER, 380));
    CHECK(sipcode_kpi_in_denominator(SIPCODE_KPI_ISA, 302));
    CHECK(sipcode_kpi_in_denominator(SIPCODE_KPI_ASR, 302));
    CHECK(!sipcode_kpi_in_denominator(SIPCODE_KPI_IRA, 401));
    CHECK(!sipcode_kpi_in_denominator(SIPCODE_KPI_NER, 407));
    CHECK(sipcode_kpi_in_numerator(SIPCODE_KPI_SEER, 603));
    CHECK(!sipcode_kpi_in_numerator(SIPCODE_KPI_SEER, 487));
    CHECK(sipcode_kpi_in_denominator(SIPCODE_KPI_SEER, 487));
    CHECK(sipcode_kpi_in_numerator(SIPCODE_KPI_ISA, SIPCODE_KPI_NO_FINAL_RESPONSE));
    CHECK(sipcode_kpi_in_numerator(SIPCODE_KPI_IRA, SIPCODE_KPI_NO_FINAL_RESPONSE));
    CHECK(!sipcode_kpi_in_numerator(SIPCODE_KPI_SER, SIPCODE_KPI_NO_FINAL_RESPONSE));
    CHECK(sipcode_kpi_in_numerator(SIPCODE_KPI_ISA, 504) && !sipcode_kpi_in_numerator(SIPCODE_KPI_ISA, 502));
    CHECK(!sipcode_kpi_in_numerator(SIPCODE_KPI_IRA, 402));
    CHECK(sipcode_kpi_in_denominator(SIPCODE_KPI_IRA, 402));
    CHECK(sipcode_kpi_in_numerator(SIPCODE_KPI_IRA, 699) && sipcode_kpi_in_numerator(SIPCODE_KPI_IRA, 400));
    CHECK(!sipcode_kpi_in_denominator(SIPCODE_KPI_SER, 180));
    CHECK(!sipcode_kpi_in_denominator(SIPCODE_KPI_ISA, 700));
    CHECK(!sipcode_kpi_in_denominator(SIPCODE_KPI_ISA, -1));
    CHECK(!sipcode_kpi_in_denominator(SIPCODE_KPI_ISA, 199));
    CHECK(!sipcode_kpi_in_denominator((sipcode_kpi)SIPCODE_KPI_COUNT, 200));

    /* Names, descriptions and printed sets. */
    CHECK(strcmp(sipcode_kpi_name(SIPCODE_KPI_SEER), "seer") == 0);
    CHECK(strcmp(sipcode_kpi_name((sipcode_kpi)SIPCODE_KPI_COUNT), "unknown") == 0);
    CHECK(strcmp(sipcode_kpi_description(SIPCODE_KPI_ISA),
                 "ineffective session attempts (RFC 6076 s4.8)") == 0);
    CHECK(strcmp(sipcode_kpi_code_set(SIPCODE_KPI_SEER), "200, 480, 486, 600, 603") == 0);
    CHECK(strcmp(sipcode_kpi_excluded_set(SIPCODE_KPI_SER), "3xx, 401, 407") == 0);
    CHECK(strcmp(sipcode_kpi_code_set((sipcode_kpi)SIPCODE_KPI_COUNT), "") == 0);
    CHECK(sipcode_kpi_attempt_of(SIPCODE_KPI_IRA) == SIPCODE_KPI_ATTEMPT_REGISTRATION);
    CHECK(sipcode_kpi_attempt_of(SIPCODE_KPI_NER) == SIPCODE_KPI_ATTEMPT_SESSION);

    /* A fresh counter: every ratio undefined, never 0 %. */
    sipcode_kpi_counter_init(&redirect);
    CHECK(ratio_is(&redirect, SIPCODE_KPI_SER, 0, 0) && ratio_is(&redirect, SIPCODE_KPI_IRA, 0, 0));

    /* s4.6's redirect: SER = 1 / (2 - 1 with a 3xx); ISA and ASR keep the 302 in the denominator. */
    add_sessions(&redirect, redirect_invites, sizeof redirect_invites / sizeof redirect_invites[0]);
    CHECK(ratio_is(&redirect, SIPCODE_KPI_SER, 1, 1));
    CHECK(ratio_is(&redirect, SIPCODE_KPI_SEER, 1, 1));
    CHECK(ratio_is(&redirect, SIPCODE_KPI_ISA, 0, 2));
    CHECK(ratio_is(&redirect, SIPCODE_KPI_ASR, 1, 2));
    CHECK(ratio_is(&redirect, SIPCODE_KPI_NER, 1, 2));
    CHECK(ratio_is(&redirect, SIPCODE_KPI_IRA, 0, 0));
    CHECK(redirect.session_attempts == 2 && redirect.registration_attempts == 0 && redirect.ignored == 0);

    /* Ten INVITEs: SER and SEER leave out the 302 and the 407 (8 left); ISA, ASR and NER the 407 (9). */
    sipcode_kpi_counter_init(&mixed);
    add_sessions(&mixed, mixed_invites, sizeof mixed_invites / sizeof mixed_invites[0]);
    CHECK(ratio_is(&mixed, SIPCODE_KPI_SER, 4, 8));
    CHECK(ratio_is(&mixed, SIPCODE_KPI_SEER, 5, 8));    /* 4 x 200 and the 486 */
    CHECK(ratio_is(&mixed, SIPCODE_KPI_ISA, 2, 9));     /* the 503 and the timeout */
    CHECK(ratio_is(&mixed, SIPCODE_KPI_ASR, 4, 9));
    CHECK(ratio_is(&mixed, SIPCODE_KPI_NER, 5, 9));
    CHECK(ratio_is(&mixed, SIPCODE_KPI_IRA, 0, 0));
    CHECK(mixed.session_attempts == 10);

    /* REGISTERs (s4.1's REGISTER, 401, REGISTER, 200 is one registration): a 403, a Timer F
     * timeout, a 402 (no IRA, s4.2, but the attempt ends), and a 100, which is no final response. */
    sipcode_kpi_counter_init(&registrations);
    sipcode_kpi_add_registration_attempt(&registrations, 401);
    sipcode_kpi_add_registration_attempt(&registrations, 200);
    sipcode_kpi_add_registration_attempt(&registrations, 403);
    sipcode_kpi_add_registration_attempt(&registrations, SIPCODE_KPI_NO_FINAL_RESPONSE);
    sipcode_kpi_add_registration_attempt(&registrations, 402);
    sipcode_kpi_add_registration_attempt(&registrations, 100);
    CHECK(ratio_is(&registrations, SIPCODE_KPI_IRA, 2, 4));
    CHECK(ratio_is(&registrations, SIPCODE_KPI_SER, 0, 0) && ratio_is(&registrations, SIPCODE_KPI_ISA, 0, 0));
    CHECK(registrations.registration_attempts == 5 && registrations.session_attempts == 0);
    CHECK(registrations.ignored == 1);

    /* Per-worker counters into a total. */
    sipcode_kpi_counter_init(&total);
    sipcode_kpi_counter_merge(&total, &redirect);
    sipcode_kpi_counter_merge(&total, &mixed);
    sipcode_kpi_counter_merge(&total, &registrations);
    CHECK(ratio_is(&total, SIPCODE_KPI_SER, 5, 9));
    CHECK(ratio_is(&total, SIPCODE_KPI_ISA, 2, 11));
    CHECK(ratio_is(&total, SIPCODE_KPI_NER, 6, 11));
    CHECK(ratio_is(&total, SIPCODE_KPI_IRA, 2, 4));
    CHECK(total.session_attempts == 12 && total.registration_attempts == 5 && total.ignored == 1);

    /* A histogram of final codes at once, beyond 32 bits. */
    sipcode_kpi_counter_init(&bulk);
    sipcode_kpi_add_session_attempts(&bulk, 200, UINT64_C(5000000000));
    sipcode_kpi_add_session_attempts(&bulk, 503, UINT64_C(5000000000));
    sipcode_kpi_add_session_attempts(&bulk, 183, 7);
    sipcode_kpi_add_registration_attempts(&bulk, 408, 3);
    CHECK(ratio_is(&bulk, SIPCODE_KPI_SER, UINT64_C(5000000000), UINT64_C(10000000000)));
    CHECK(ratio_is(&bulk, SIPCODE_KPI_ISA, UINT64_C(5000000000), UINT64_C(10000000000)));
    CHECK(ratio_is(&bulk, SIPCODE_KPI_IRA, 3, 3));
    CHECK(bulk.ignored == 7);

    /* Outside the enum: {0, 0}, undefined; NULL outputs are allowed. */
    CHECK(ratio_is(&total, (sipcode_kpi)SIPCODE_KPI_COUNT, 0, 0));
    CHECK(sipcode_kpi_ratio(&total, SIPCODE_KPI_SER, NULL, NULL) == 1);

    printf("sipcode_c_kpi_test: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
