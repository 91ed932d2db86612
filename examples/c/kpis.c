/* sipcode's KPIs from C: each worker process of a proxy counts the first final response of every
 * initial INVITE and the final response of every REGISTER it handled; their sum gives RFC 6076's
 * SER, SEER, ISA and IRA and the industry's ASR and NER.
 * Build: cc -std=c99 -I include examples/c/kpis.c (or link the CMake target sipcode::c). */
#include <sipcode.h>

#include <inttypes.h>
#include <stdio.h>

int main(void) {
    static const int worker1_invites[] = {200, 486, 302, 200, 407, 200};
    static const int worker2_invites[] = {503, 487, SIPCODE_KPI_NO_FINAL_RESPONSE, 200};
    static const int worker2_registers[] = {401, 200, 403, 200};
    sipcode_kpi_counter worker1, worker2, total;
    size_t i;
    int k;

    sipcode_kpi_counter_init(&worker1);
    sipcode_kpi_counter_init(&worker2);
    for (i = 0; i < sizeof worker1_invites / sizeof worker1_invites[0]; ++i) {
        sipcode_kpi_add_session_attempt(&worker1, worker1_invites[i]);
    }
    for (i = 0; i < sizeof worker2_invites / sizeof worker2_invites[0]; ++i) {
        sipcode_kpi_add_session_attempt(&worker2, worker2_invites[i]);
    }
    for (i = 0; i < sizeof worker2_registers / sizeof worker2_registers[0]; ++i) {
        sipcode_kpi_add_registration_attempt(&worker2, worker2_registers[i]);
    }

    sipcode_kpi_counter_init(&total);
    sipcode_kpi_counter_merge(&total, &worker1);
    sipcode_kpi_counter_merge(&total, &worker2);

    for (k = 0; k < SIPCODE_KPI_COUNT; ++k) {
        const sipcode_kpi kpi = (sipcode_kpi)k;
        uint64_t num, den;
        if (sipcode_kpi_ratio(&total, kpi, &num, &den)) {
            printf("%-4s %5.1f %% = %" PRIu64 " / %" PRIu64, sipcode_kpi_name(kpi),
                   100.0 * (double)num / (double)den, num, den);
        } else {
            printf("%-4s   n/a", sipcode_kpi_name(kpi)); /* RFC 6076 s4: undefined, never 0 % */
        }
        printf("  %s\n     counts %s; leaves out %s\n", sipcode_kpi_description(kpi),
               sipcode_kpi_code_set(kpi), sipcode_kpi_excluded_set(kpi));
    }
    return 0;
}
