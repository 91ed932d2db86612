/* The C header's functions as compiled by a C compiler: c_api.c is a C99 translation unit that
 * includes <sipcode.h> and gives each function an external name, so that C++ tests and fuzz
 * targets can compare what the C compilation computes with the C++ library. */
#ifndef SIPCODE_TESTS_C_API_H
#define SIPCODE_TESTS_C_API_H

#include <sipcode.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The value of __STDC_VERSION__ the C file was compiled with (C99: 199901). */
long c_api_stdc_version(void);

const char *c_api_reason_phrase(int code);
const sipcode_status_info *c_api_find(int code);
const sipcode_status_info *c_api_registry(void);
sipcode_classification c_api_classify(int code);
const char *c_api_user_message(int code);
sipcode_advice c_api_advise(int code, const sipcode_request_context *request, const sipcode_retry_after *retry);
sipcode_dialog_effect c_api_effect_on_dialog(int code, const sipcode_request_context *request);
sipcode_request_context c_api_in_dialog(const char *method);
sipcode_request_context c_api_out_of_dialog(const char *method);
sipcode_q850_to_sip_result c_api_q850_to_sip(int cause, sipcode_q850_location location, int has_diagnostic);
sipcode_sip_to_q850_result c_api_sip_to_q850(int status, int warn_code);
const char *c_api_q850_cause_name(int cause);
const sipcode_warn_code_info *c_api_find_warn_code(int code);
sipcode_parse_result c_api_parse(const char *p, size_t n, sipcode_parse_mode mode);
/* The general parser alone (no fast path): what the fast path must agree with. */
sipcode_parse_result c_api_parse_general(const char *p, size_t n, sipcode_parse_mode mode);
const char *c_api_parse_errc_name(int e);
const char *c_api_parse_errc_describe(int e);
const char *c_api_next_step_name(int v);
const char *c_api_next_step_description(int v);
const char *c_api_proxy_action_name(int v);
const char *c_api_proxy_action_description(int v);
const char *c_api_dialog_effect_name(int v);
const char *c_api_dialog_effect_description(int v);
const char *c_api_header_name(int h);
const char *c_api_method_name(unsigned i);
const char *c_api_status_class_name(int cls);

#ifdef __cplusplus
}
#endif

#endif
