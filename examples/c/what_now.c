/* sipcode from C: parse a status line, classify its code, decide what to do next in the context of
 * the request it answers, and say it to the user; then the RFC 3398 mapping of a Q.850 cause.
 * Build: cc -std=c99 -I include examples/c/what_now.c (or link the CMake target sipcode::c). */
#include <sipcode.h>

#include <stdio.h>
#include <string.h>

static void what_now(const char *line, const sipcode_request_context *request) {
    const sipcode_parse_result r = sipcode_parse_status_line(line, strlen(line), SIPCODE_PARSE_LENIENT);
    sipcode_classification c;
    sipcode_advice a;
    if (r.ec != SIPCODE_PARSE_OK) {
        printf("not a status line (%s at octet %lu)\n", sipcode_parse_errc_describe(r.ec), (unsigned long)r.consumed);
        return;
    }
    c = sipcode_classify(r.code);
    a = sipcode_advise(r.code, request, NULL);
    printf("%d \"%.*s\": %s, acted on as %d; next: %s%s (dialog: %s)\n", r.code, (int)r.reason_len, r.reason,
           sipcode_status_class_name(c.cls), c.effective, sipcode_next_step_name(a.step),
           a.send_bye ? " + BYE" : "", sipcode_dialog_effect_name(a.dialog));
    printf("  tell the user: %s\n", sipcode_user_message(r.code));
}

int main(void) {
    sipcode_request_context reinvite = sipcode_in_dialog("INVITE");
    sipcode_retry_after later;
    sipcode_advice a;
    sipcode_q850_to_sip_result q;

    what_now("SIP/2.0 486 Busy Here\r\n", NULL); /* NULL: an INVITE outside a dialog */
    what_now("SIP/2.0 477 Unfortunately error on sending to next hop occurred\r\n", NULL);
    what_now("SIP/2.0 408 Request Timeout\r\n", &reinvite);
    what_now("HTTP/1.1 200 OK\r\n", NULL);

    later.seconds = 300;
    later.has_duration = 0;
    later.duration = 0;
    a = sipcode_advise(480, NULL, &later);
    printf("480 with Retry-After 300: %s in %ld ms\n", sipcode_next_step_name(a.step), (long)a.delay_min_ms);

    q = sipcode_q850_to_sip(34, SIPCODE_Q850_LOCATION_PUBLIC_NETWORK_REMOTE, 0);
    printf("Q.850 cause 34 (%s) -> %d %s\n", sipcode_q850_cause_name(34), q.status, sipcode_reason_phrase(q.status));
    return 0;
}
