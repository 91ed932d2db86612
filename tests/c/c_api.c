/* See c_api.h. Compiled as C99 with the project's warnings (-Wall -Wextra -Wpedantic -Wconversion
 * -Wshadow -Werror). */
#include "c_api.h"

#if !defined(__STDC_VERSION__) || defined(__cplusplus)
#error "c_api.c must be compiled as C"
#endif

long c_api_stdc_version(void) { return (long)__STDC_VERSION__; }

const char *c_api_reason_phrase(int code) { return sipcode_reason_phrase(code); }
const sipcode_status_info *c_api_find(int code) { return sipcode_find(code); }
const sipcode_status_info *c_api_registry(void) { return sipcode_registry(); }
sipcode_classification c_api_classify(int code) { return sipcode_classify(code); }
const char *c_api_user_message(int code) { return sipcode_user_message(code); }
sipcode_advice c_api_advise(int code, const sipcode_request_context *request, const sipcode_retry_after *retry) {
    return sipcode_advise(code, request, retry);
}
sipcode_dialog_effect c_api_effect_on_dialog(int code, const sipcode_request_context *request) {
    return sipcode_effect_on_dialog(code, request);
}
sipcode_request_context c_api_in_dialog(const char *method) { return sipcode_in_dialog(method); }
sipcode_request_context c_api_out_of_dialog(const char *method) { return sipcode_out_of_dialog(method); }
sipcode_q850_to_sip_result c_api_q850_to_sip(int cause, sipcode_q850_location location, int has_diagnostic) {
    return sipcode_q850_to_sip(cause, location, has_diagnostic);
}
sipcode_sip_to_q850_result c_api_sip_to_q850(int status, int warn_code) { return sipcode_sip_to_q850(status, warn_code); }
const char *c_api_q850_cause_name(int cause) { return sipcode_q850_cause_name(cause); }
const sipcode_warn_code_info *c_api_find_warn_code(int code) { return sipcode_find_warn_code(code); }
sipcode_parse_result c_api_parse(const char *p, size_t n, sipcode_parse_mode mode) {
    return sipcode_parse_status_line(p, n, mode);
}
sipcode_parse_result c_api_parse_general(const char *p, size_t n, sipcode_parse_mode mode) {
    return sipcode_detail_parse_line(p, n, mode == SIPCODE_PARSE_LENIENT);
}
const char *c_api_parse_errc_name(int e) { return sipcode_parse_errc_name((sipcode_parse_errc)e); }
const char *c_api_parse_errc_describe(int e) { return sipcode_parse_errc_describe((sipcode_parse_errc)e); }
const char *c_api_next_step_name(int v) { return sipcode_next_step_name((sipcode_next_step)v); }
const char *c_api_next_step_description(int v) { return sipcode_next_step_description((sipcode_next_step)v); }
const char *c_api_proxy_action_name(int v) { return sipcode_proxy_action_name((sipcode_proxy_action)v); }
const char *c_api_proxy_action_description(int v) {
    return sipcode_proxy_action_description((sipcode_proxy_action)v);
}
const char *c_api_dialog_effect_name(int v) { return sipcode_dialog_effect_name((sipcode_dialog_effect)v); }
const char *c_api_dialog_effect_description(int v) {
    return sipcode_dialog_effect_description((sipcode_dialog_effect)v);
}
const char *c_api_header_name(int h) { return sipcode_header_name((sipcode_header_field)h); }
const char *c_api_method_name(unsigned i) { return sipcode_method_name(i); }
const char *c_api_status_class_name(int cls) { return sipcode_status_class_name((sipcode_status_class)cls); }
