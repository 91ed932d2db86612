/* See c_kpi_api.h. Compiled as C99 with the project's warnings (-Wall -Wextra -Wpedantic -Wconversion
 * -Wshadow -Werror). */
#include "c_kpi_api.h"

#if !defined(__STDC_VERSION__) || defined(__cplusplus)
#error "c_kpi_api.c must be compiled as C"
#endif

const char *c_api_kpi_name(int kpi) { return sipcode_kpi_name((sipcode_kpi)kpi); }
const char *c_api_kpi_description(int kpi) { return sipcode_kpi_description((sipcode_kpi)kpi); }
const char *c_api_kpi_code_set(int kpi) { return sipcode_kpi_code_set((sipcode_kpi)kpi); }
const char *c_api_kpi_excluded_set(int kpi) { return sipcode_kpi_excluded_set((sipcode_kpi)kpi); }
int c_api_kpi_attempt_of(int kpi) { return (int)sipcode_kpi_attempt_of((sipcode_kpi)kpi); }
int c_api_kpi_in_numerator(int kpi, int final_code) {
    return sipcode_kpi_in_numerator((sipcode_kpi)kpi, final_code);
}
int c_api_kpi_in_denominator(int kpi, int final_code) {
    return sipcode_kpi_in_denominator((sipcode_kpi)kpi, final_code);
}
void c_api_kpi_counter_init(sipcode_kpi_counter *counter) { sipcode_kpi_counter_init(counter); }
void c_api_kpi_add_session_attempt(sipcode_kpi_counter *counter, int first_final_code) {
    sipcode_kpi_add_session_attempt(counter, first_final_code);
}
void c_api_kpi_add_registration_attempt(sipcode_kpi_counter *counter, int final_code) {
    sipcode_kpi_add_registration_attempt(counter, final_code);
}
void c_api_kpi_add_session_attempts(sipcode_kpi_counter *counter, int first_final_code, uint64_t count) {
    sipcode_kpi_add_session_attempts(counter, first_final_code, count);
}
void c_api_kpi_add_registration_attempts(sipcode_kpi_counter *counter, int final_code, uint64_t count) {
    sipcode_kpi_add_registration_attempts(counter, final_code, count);
}
int c_api_kpi_ratio(const sipcode_kpi_counter *counter, int kpi, uint64_t *numerator, uint64_t *denominator) {
    return sipcode_kpi_ratio(counter, (sipcode_kpi)kpi, numerator, denominator);
}
void c_api_kpi_counter_merge(sipcode_kpi_counter *into, const sipcode_kpi_counter *from) {
    sipcode_kpi_counter_merge(into, from);
}
