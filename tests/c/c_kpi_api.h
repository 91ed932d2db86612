/* The KPI part of the C header as compiled by a C compiler: c_kpi_api.c is a C99 translation unit
 * that includes <sipcode.h> and gives each KPI function an external name, so that the C++ tests can
 * compare what the C compilation computes with <sipcode/kpi.hpp>. Values of the enum are passed as
 * int, so that the tests can pass values outside it. */
#ifndef SIPCODE_TESTS_C_KPI_API_H
#define SIPCODE_TESTS_C_KPI_API_H

#include <sipcode.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *c_api_kpi_name(int kpi);
const char *c_api_kpi_description(int kpi);
const char *c_api_kpi_code_set(int kpi);
const char *c_api_kpi_excluded_set(int kpi);
int c_api_kpi_attempt_of(int kpi);
int c_api_kpi_in_numerator(int kpi, int final_code);
int c_api_kpi_in_denominator(int kpi, int final_code);
void c_api_kpi_counter_init(sipcode_kpi_counter *counter);
void c_api_kpi_add_session_attempt(sipcode_kpi_counter *counter, int first_final_code);
void c_api_kpi_add_registration_attempt(sipcode_kpi_counter *counter, int final_code);
void c_api_kpi_add_session_attempts(sipcode_kpi_counter *counter, int first_final_code, uint64_t count);
void c_api_kpi_add_registration_attempts(sipcode_kpi_counter *counter, int final_code, uint64_t count);
int c_api_kpi_ratio(const sipcode_kpi_counter *counter, int kpi, uint64_t *numerator, uint64_t *denominator);
void c_api_kpi_counter_merge(sipcode_kpi_counter *into, const sipcode_kpi_counter *from);

#ifdef __cplusplus
}
#endif

#endif
