/* GENERATED FILE: do not edit. Produced by tools/generate_registry.py from tools/sipcode.h.in
 * (the hand-written C) and the data files of the C++ headers in data/; change those and
 * re-run `python3 tools/generate_registry.py` (CI runs it with --check). */
/*
 * sipcode for C: SIP response codes in one C99 header.
 *
 *   #include <sipcode.h>
 *
 *   const char *sipcode_reason_phrase(int code);                 NULL if unregistered
 *   sipcode_classification sipcode_classify(int code);           .code .cls .is_final .registered .effective
 *   sipcode_parse_result sipcode_parse_status_line(const char *p, size_t n, sipcode_parse_mode mode);
 *   sipcode_advice sipcode_advise(int code, const sipcode_request_context *request,
 *                                 const sipcode_retry_after *retry);     what a UAC does next
 *   const char *sipcode_user_message(int code);                  never NULL
 *   sipcode_q850_to_sip_result sipcode_q850_to_sip(int cause, sipcode_q850_location location,
 *                                               int has_diagnostic);      RFC 3398 s7.2.4.1
 *   sipcode_sip_to_q850_result sipcode_sip_to_q850(int status, int warn_code);   RFC 3398 s8.2.6.1
 *   int sipcode_kpi_in_numerator(sipcode_kpi kpi, int final_code);   RFC 6076 s4 SER, SEER, ISA, IRA;
 *   int sipcode_kpi_in_denominator(sipcode_kpi kpi, int final_code); ASR, NER
 *   void sipcode_kpi_add_session_attempt(sipcode_kpi_counter *c, int first_final_code);
 *   int sipcode_kpi_ratio(const sipcode_kpi_counter *c, sipcode_kpi kpi, uint64_t *num, uint64_t *den);
 *
 * The same library as the C++ headers <sipcode/...>, with the same answers: the tables are
 * generated from the same data files in data/ by the same generator, and the test suite checks
 * every code, cause and parser case through both. docs/c.md describes the API.
 *
 * Header-only, with internal linkage: every function is `static inline` and every table a
 * `static const` object inside the function that reads it. Nothing needs a build step or a
 * SIPCODE_IMPLEMENTATION define, and nothing is exported from your objects, so two libraries that
 * both include sipcode.h never clash. The cost: a translation unit that calls a function gets its
 * own copy of that function and of the tables it reads (the registry with its texts and the
 * classifications of 100..699 are the largest, about 55 KB together; the parser needs about 7 KB of
 * code and a 256-octet table); a translation unit that calls nothing gets nothing, and pays only
 * the parse time of this file (some tens of milliseconds). docs/c.md has the measured numbers.
 *
 * C99 or later, or C++ (the declarations are extern "C" and the code compiles as C++ too). No heap,
 * no global state to initialise, thread-safe; every string the library returns is NUL-terminated
 * static text, except the phrase the parser returns, which points into the caller's input (with
 * its length). A code outside 0..65535 is not a status code: it is classified as 0.
 */
#ifndef SIPCODE_H
#define SIPCODE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------------------------------
 * Vocabulary */

/** The class of a status code: its hundreds digit, SIPCODE_CLASS_INVALID outside 100..699 (the
 *  numbers of the C++ sipcode::status_class). */
typedef enum sipcode_status_class {
    SIPCODE_CLASS_INVALID = 0,
    SIPCODE_CLASS_PROVISIONAL = 1,
    SIPCODE_CLASS_SUCCESS = 2,
    SIPCODE_CLASS_REDIRECTION = 3,
    SIPCODE_CLASS_REQUEST_FAILURE = 4,
    SIPCODE_CLASS_SERVER_FAILURE = 5,
    SIPCODE_CLASS_GLOBAL_FAILURE = 6
} sipcode_status_class;

/* One row of the table behind the name and description functions. */
typedef struct sipcode_detail_text { const char *name; const char *description; } sipcode_detail_text;

/** Every IANA-registered SIP response code (the C++ sipcode::status). */
typedef enum sipcode_status {
    SIPCODE_STATUS_TRYING = 100,
    SIPCODE_STATUS_RINGING = 180,
    SIPCODE_STATUS_CALL_IS_BEING_FORWARDED = 181,
    SIPCODE_STATUS_QUEUED = 182,
    SIPCODE_STATUS_SESSION_PROGRESS = 183,
    SIPCODE_STATUS_EARLY_DIALOG_TERMINATED = 199,
    SIPCODE_STATUS_OK = 200,
    SIPCODE_STATUS_ACCEPTED = 202,
    SIPCODE_STATUS_NO_NOTIFICATION = 204,
    SIPCODE_STATUS_MULTIPLE_CHOICES = 300,
    SIPCODE_STATUS_MOVED_PERMANENTLY = 301,
    SIPCODE_STATUS_MOVED_TEMPORARILY = 302,
    SIPCODE_STATUS_USE_PROXY = 305,
    SIPCODE_STATUS_ALTERNATIVE_SERVICE = 380,
    SIPCODE_STATUS_BAD_REQUEST = 400,
    SIPCODE_STATUS_UNAUTHORIZED = 401,
    SIPCODE_STATUS_PAYMENT_REQUIRED = 402,
    SIPCODE_STATUS_FORBIDDEN = 403,
    SIPCODE_STATUS_NOT_FOUND = 404,
    SIPCODE_STATUS_METHOD_NOT_ALLOWED = 405,
    SIPCODE_STATUS_NOT_ACCEPTABLE = 406,
    SIPCODE_STATUS_PROXY_AUTHENTICATION_REQUIRED = 407,
    SIPCODE_STATUS_REQUEST_TIMEOUT = 408,
    SIPCODE_STATUS_GONE = 410,
    SIPCODE_STATUS_CONDITIONAL_REQUEST_FAILED = 412,
    SIPCODE_STATUS_REQUEST_ENTITY_TOO_LARGE = 413,
    SIPCODE_STATUS_REQUEST_URI_TOO_LONG = 414,
    SIPCODE_STATUS_UNSUPPORTED_MEDIA_TYPE = 415,
    SIPCODE_STATUS_UNSUPPORTED_URI_SCHEME = 416,
    SIPCODE_STATUS_UNKNOWN_RESOURCE_PRIORITY = 417,
    SIPCODE_STATUS_BAD_EXTENSION = 420,
    SIPCODE_STATUS_EXTENSION_REQUIRED = 421,
    SIPCODE_STATUS_SESSION_INTERVAL_TOO_SMALL = 422,
    SIPCODE_STATUS_INTERVAL_TOO_BRIEF = 423,
    SIPCODE_STATUS_BAD_LOCATION_INFORMATION = 424,
    SIPCODE_STATUS_BAD_ALERT_MESSAGE = 425,
    SIPCODE_STATUS_USE_IDENTITY_HEADER = 428,
    SIPCODE_STATUS_PROVIDE_REFERRER_IDENTITY = 429,
    SIPCODE_STATUS_FLOW_FAILED = 430,
    SIPCODE_STATUS_ANONYMITY_DISALLOWED = 433,
    SIPCODE_STATUS_BAD_IDENTITY_INFO = 436,
    SIPCODE_STATUS_UNSUPPORTED_CREDENTIAL = 437,
    SIPCODE_STATUS_INVALID_IDENTITY_HEADER = 438,
    SIPCODE_STATUS_FIRST_HOP_LACKS_OUTBOUND_SUPPORT = 439,
    SIPCODE_STATUS_MAX_BREADTH_EXCEEDED = 440,
    SIPCODE_STATUS_BAD_INFO_PACKAGE = 469,
    SIPCODE_STATUS_CONSENT_NEEDED = 470,
    SIPCODE_STATUS_TEMPORARILY_UNAVAILABLE = 480,
    SIPCODE_STATUS_CALL_TRANSACTION_DOES_NOT_EXIST = 481,
    SIPCODE_STATUS_LOOP_DETECTED = 482,
    SIPCODE_STATUS_TOO_MANY_HOPS = 483,
    SIPCODE_STATUS_ADDRESS_INCOMPLETE = 484,
    SIPCODE_STATUS_AMBIGUOUS = 485,
    SIPCODE_STATUS_BUSY_HERE = 486,
    SIPCODE_STATUS_REQUEST_TERMINATED = 487,
    SIPCODE_STATUS_NOT_ACCEPTABLE_HERE = 488,
    SIPCODE_STATUS_BAD_EVENT = 489,
    SIPCODE_STATUS_REQUEST_PENDING = 491,
    SIPCODE_STATUS_UNDECIPHERABLE = 493,
    SIPCODE_STATUS_SECURITY_AGREEMENT_REQUIRED = 494,
    SIPCODE_STATUS_SERVER_INTERNAL_ERROR = 500,
    SIPCODE_STATUS_NOT_IMPLEMENTED = 501,
    SIPCODE_STATUS_BAD_GATEWAY = 502,
    SIPCODE_STATUS_SERVICE_UNAVAILABLE = 503,
    SIPCODE_STATUS_SERVER_TIMEOUT = 504,
    SIPCODE_STATUS_VERSION_NOT_SUPPORTED = 505,
    SIPCODE_STATUS_MESSAGE_TOO_LARGE = 513,
    SIPCODE_STATUS_PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED = 555,
    SIPCODE_STATUS_PRECONDITION_FAILURE = 580,
    SIPCODE_STATUS_BUSY_EVERYWHERE = 600,
    SIPCODE_STATUS_DECLINE = 603,
    SIPCODE_STATUS_DOES_NOT_EXIST_ANYWHERE = 604,
    SIPCODE_STATUS_NOT_ACCEPTABLE_ANYWHERE = 606,
    SIPCODE_STATUS_UNWANTED = 607,
    SIPCODE_STATUS_REJECTED = 608
} sipcode_status;

#define SIPCODE_REGISTRY_SIZE 75

/* The groups of sipcode_detail_text_of()'s rows: one per enum, then the header fields and IANA's
 * methods, then the KPIs. */
enum {
    SIPCODE_DETAIL_TEXTS_NEXT_STEP,
    SIPCODE_DETAIL_TEXTS_PROXY_ACTION,
    SIPCODE_DETAIL_TEXTS_DIALOG_EFFECT,
    SIPCODE_DETAIL_TEXTS_HEADER,
    SIPCODE_DETAIL_TEXTS_METHOD,
    SIPCODE_DETAIL_TEXTS_KPI
};

/* Row i of a group; any other i gets the group's first row ("none"), for the header fields and
 * the methods an empty row, for the KPIs "unknown". The names and descriptions of
 * data/actions.csv, the spellings of the header fields the registry names, IANA's methods
 * (data/iana-sip-methods.csv), the KPIs of data/kpi-code-sets.csv. */
static inline const sipcode_detail_text *sipcode_detail_text_of(unsigned group, unsigned i) {
    static const unsigned short groups[6][3] = { /* first row, rows, row of any other i */
        {0, 15, 0}, /* SIPCODE_DETAIL_TEXTS_NEXT_STEP */
        {15, 7, 15}, /* SIPCODE_DETAIL_TEXTS_PROXY_ACTION */
        {22, 4, 22}, /* SIPCODE_DETAIL_TEXTS_DIALOG_EFFECT */
        {26, 50, 97}, /* SIPCODE_DETAIL_TEXTS_HEADER */
        {76, 14, 97}, /* SIPCODE_DETAIL_TEXTS_METHOD */
        {90, 6, 96}, /* SIPCODE_DETAIL_TEXTS_KPI */
    };
    static const sipcode_detail_text rows[98] = {
        /* SIPCODE_DETAIL_TEXTS_NEXT_STEP */
        {"none", "not a status code: nothing is defined"},
        {"wait", "keep waiting for the final response"},
        {"done", "the request succeeded: nothing to retry"},
        {"follow_redirect", "send new requests to the Contact targets (RFC 3261 s8.1.3.4)"},
        {"resend_via_proxy", "resend this one request through the proxy named in Contact (RFC 3261 s21.3.4)"},
        {"resend_with_credentials", "resend with credentials answering every challenge (RFC 3261 s22)"},
        {"negotiate_security", "choose a mechanism from Security-Server and resend (RFC 3329 s2)"},
        {"resend_modified", "change what the response names and resend as a new transaction (RFC 3261 s8.1.3.5)"},
        {"fail_over", "send the same request to the next server now (RFC 3263 s4.3)"},
        {"retry_later", "the same request may succeed later: retry after Retry-After, never at once without one"},
        {"retry_after_random_delay", "glare: retry once after a random delay (RFC 3261 s14.1)"},
        {"ask_user", "needs a human decision; no automatic retry"},
        {"give_up", "do not retry this request"},
        {"end_usage", "the dialog usage of the request is over: release it, other usages continue (RFC 5057 s5.1); an invite usage is ended with BYE (RFC 3261 s12.2.1.2)"},
        {"end_dialog", "the dialog and every usage of it are over: release them and send nothing more in it (RFC 5057 s5.1)"},
        /* SIPCODE_DETAIL_TEXTS_PROXY_ACTION */
        {"none", "not a status code: nothing is defined"},
        {"absorb", "not forwarded: 100 is hop-by-hop (RFC 3261 s16.7 step 5)"},
        {"forward_now", "forwarded upstream at once (RFC 3261 s16.7 step 5)"},
        {"recurse", "may add new targets to the target set instead of keeping the response (RFC 3261 s16.7 step 4)"},
        {"collect", "kept for best-response selection (RFC 3261 s16.7 step 6)"},
        {"fail_over", "try the next server (RFC 3263 s4.3); SHOULD NOT be forwarded upstream, send 500 when it is the only response (RFC 3261 s16.7 step 6)"},
        {"cancel_branches", "cancel the pending branches, start no new ones, forward it as the best response (RFC 3261 s16.7 steps 5, 6, 10)"},
        /* SIPCODE_DETAIL_TEXTS_DIALOG_EFFECT */
        {"none", "the dialog is untouched"},
        {"transaction", "only this request failed; the dialog and its usages go on (RFC 5057 s5.1)"},
        {"usage", "the dialog usage the request belongs to ends; other usages of the dialog go on (RFC 5057 s5.1)"},
        {"dialog", "the whole dialog ends with every usage sharing it (RFC 5057 s5.1)"},
        /* SIPCODE_DETAIL_TEXTS_HEADER */
        {"Accept", ""},
        {"Accept-Encoding", ""},
        {"Accept-Language", ""},
        {"Accept-Resource-Priority", ""},
        {"AlertMsg-Error", ""},
        {"Allow", ""},
        {"Allow-Events", ""},
        {"Authorization", ""},
        {"Call-Info", ""},
        {"Contact", ""},
        {"Content-Encoding", ""},
        {"Content-Language", ""},
        {"Content-Type", ""},
        {"Event", ""},
        {"Expires", ""},
        {"Feature-Caps", ""},
        {"From", ""},
        {"Geolocation", ""},
        {"Geolocation-Error", ""},
        {"Identity", ""},
        {"Info-Package", ""},
        {"Max-Breadth", ""},
        {"Max-Forwards", ""},
        {"Min-Expires", ""},
        {"Min-SE", ""},
        {"Path", ""},
        {"Permission-Missing", ""},
        {"Privacy", ""},
        {"Proxy-Authenticate", ""},
        {"Proxy-Authorization", ""},
        {"Proxy-Require", ""},
        {"Reason", ""},
        {"Recv-Info", ""},
        {"Referred-By", ""},
        {"Require", ""},
        {"Resource-Priority", ""},
        {"Retry-After", ""},
        {"Route", ""},
        {"RSeq", ""},
        {"Security-Client", ""},
        {"Security-Server", ""},
        {"Security-Verify", ""},
        {"Session-Expires", ""},
        {"SIP-If-Match", ""},
        {"Supported", ""},
        {"Suppress-If-Match", ""},
        {"Unsupported", ""},
        {"Via", ""},
        {"Warning", ""},
        {"WWW-Authenticate", ""},
        /* SIPCODE_DETAIL_TEXTS_METHOD */
        {"ACK", ""},
        {"BYE", ""},
        {"CANCEL", ""},
        {"INFO", ""},
        {"INVITE", ""},
        {"MESSAGE", ""},
        {"NOTIFY", ""},
        {"OPTIONS", ""},
        {"PRACK", ""},
        {"PUBLISH", ""},
        {"REFER", ""},
        {"REGISTER", ""},
        {"SUBSCRIBE", ""},
        {"UPDATE", ""},
        /* SIPCODE_DETAIL_TEXTS_KPI */
        {"ser", "session establishment ratio (RFC 6076 s4.6)"},
        {"seer", "session establishment effectiveness ratio (RFC 6076 s4.7)"},
        {"isa", "ineffective session attempts (RFC 6076 s4.8)"},
        {"ira", "ineffective registration attempts (RFC 6076 s4.2)"},
        {"asr", "answer seizure ratio (industry, ITU-T E.411)"},
        {"ner", "network effectiveness ratio (industry, ITU-T E.411; codes of RFC 6076 s4.7)"},
        {"unknown", "unknown"},
        {"", ""},
    };
    const unsigned short *g = groups[group < 6U ? group : 0U];
    return &rows[i < g[1] ? g[0] + i : g[2]];
}

/** What a UAC does next after a response. Names and descriptions: sipcode_next_step_name(), sipcode_next_step_description(). */
typedef enum sipcode_next_step {
    SIPCODE_NEXT_STEP_NONE, /* not a status code: nothing is defined */
    SIPCODE_NEXT_STEP_WAIT, /* keep waiting for the final response */
    SIPCODE_NEXT_STEP_DONE, /* the request succeeded: nothing to retry */
    SIPCODE_NEXT_STEP_FOLLOW_REDIRECT, /* send new requests to the Contact targets (RFC 3261 s8.1.3.4) */
    SIPCODE_NEXT_STEP_RESEND_VIA_PROXY, /* resend this one request through the proxy named in Contact (RFC 3261 s21.3.4) */
    SIPCODE_NEXT_STEP_RESEND_WITH_CREDENTIALS, /* resend with credentials answering every challenge (RFC 3261 s22) */
    SIPCODE_NEXT_STEP_NEGOTIATE_SECURITY, /* choose a mechanism from Security-Server and resend (RFC 3329 s2) */
    SIPCODE_NEXT_STEP_RESEND_MODIFIED, /* change what the response names and resend as a new transaction (RFC 3261 s8.1.3.5) */
    SIPCODE_NEXT_STEP_FAIL_OVER, /* send the same request to the next server now (RFC 3263 s4.3) */
    SIPCODE_NEXT_STEP_RETRY_LATER, /* the same request may succeed later: retry after Retry-After, never at once without one */
    SIPCODE_NEXT_STEP_RETRY_AFTER_RANDOM_DELAY, /* glare: retry once after a random delay (RFC 3261 s14.1) */
    SIPCODE_NEXT_STEP_ASK_USER, /* needs a human decision; no automatic retry */
    SIPCODE_NEXT_STEP_GIVE_UP, /* do not retry this request */
    SIPCODE_NEXT_STEP_END_USAGE, /* the dialog usage of the request is over: release it, other usages continue (RFC 5057 s5.1); an invite usage is ended with BYE (RFC 3261 s12.2.1.2) */
    SIPCODE_NEXT_STEP_END_DIALOG /* the dialog and every usage of it are over: release them and send nothing more in it (RFC 5057 s5.1) */
} sipcode_next_step;

#define SIPCODE_NEXT_STEP_COUNT 15

/** The enumerator's name, "wait"; "none" outside the enum. */
static inline const char *sipcode_next_step_name(sipcode_next_step i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_NEXT_STEP, (unsigned)i)->name;
}

/** What the value means, with its RFC basis. */
static inline const char *sipcode_next_step_description(sipcode_next_step i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_NEXT_STEP, (unsigned)i)->description;
}

/** What a stateful proxy does with a response (RFC 3261 s16.7). Names and descriptions: sipcode_proxy_action_name(), sipcode_proxy_action_description(). */
typedef enum sipcode_proxy_action {
    SIPCODE_PROXY_ACTION_NONE, /* not a status code: nothing is defined */
    SIPCODE_PROXY_ACTION_ABSORB, /* not forwarded: 100 is hop-by-hop (RFC 3261 s16.7 step 5) */
    SIPCODE_PROXY_ACTION_FORWARD_NOW, /* forwarded upstream at once (RFC 3261 s16.7 step 5) */
    SIPCODE_PROXY_ACTION_RECURSE, /* may add new targets to the target set instead of keeping the response (RFC 3261 s16.7 step 4) */
    SIPCODE_PROXY_ACTION_COLLECT, /* kept for best-response selection (RFC 3261 s16.7 step 6) */
    SIPCODE_PROXY_ACTION_FAIL_OVER, /* try the next server (RFC 3263 s4.3); SHOULD NOT be forwarded upstream, send 500 when it is the only response (RFC 3261 s16.7 step 6) */
    SIPCODE_PROXY_ACTION_CANCEL_BRANCHES /* cancel the pending branches, start no new ones, forward it as the best response (RFC 3261 s16.7 steps 5, 6, 10) */
} sipcode_proxy_action;

#define SIPCODE_PROXY_ACTION_COUNT 7

/** The enumerator's name, "absorb"; "none" outside the enum. */
static inline const char *sipcode_proxy_action_name(sipcode_proxy_action i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_PROXY_ACTION, (unsigned)i)->name;
}

/** What the value means, with its RFC basis. */
static inline const char *sipcode_proxy_action_description(sipcode_proxy_action i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_PROXY_ACTION, (unsigned)i)->description;
}

/** What a response does to the dialog of its request (RFC 5057 s5.1). Names and descriptions: sipcode_dialog_effect_name(), sipcode_dialog_effect_description(). */
typedef enum sipcode_dialog_effect {
    SIPCODE_DIALOG_EFFECT_NONE, /* the dialog is untouched */
    SIPCODE_DIALOG_EFFECT_TRANSACTION, /* only this request failed; the dialog and its usages go on (RFC 5057 s5.1) */
    SIPCODE_DIALOG_EFFECT_USAGE, /* the dialog usage the request belongs to ends; other usages of the dialog go on (RFC 5057 s5.1) */
    SIPCODE_DIALOG_EFFECT_DIALOG /* the whole dialog ends with every usage sharing it (RFC 5057 s5.1) */
} sipcode_dialog_effect;

#define SIPCODE_DIALOG_EFFECT_COUNT 4

/** The enumerator's name, "transaction"; "none" outside the enum. */
static inline const char *sipcode_dialog_effect_name(sipcode_dialog_effect i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_DIALOG_EFFECT, (unsigned)i)->name;
}

/** What the value means, with its RFC basis. */
static inline const char *sipcode_dialog_effect_description(sipcode_dialog_effect i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_DIALOG_EFFECT, (unsigned)i)->description;
}

/** Header fields named by the registry's next-step semantics, in case-insensitive order;
 *  sipcode_header_name() spells them. */
typedef enum sipcode_header_field {
    SIPCODE_HEADER_ACCEPT,
    SIPCODE_HEADER_ACCEPT_ENCODING,
    SIPCODE_HEADER_ACCEPT_LANGUAGE,
    SIPCODE_HEADER_ACCEPT_RESOURCE_PRIORITY,
    SIPCODE_HEADER_ALERTMSG_ERROR,
    SIPCODE_HEADER_ALLOW,
    SIPCODE_HEADER_ALLOW_EVENTS,
    SIPCODE_HEADER_AUTHORIZATION,
    SIPCODE_HEADER_CALL_INFO,
    SIPCODE_HEADER_CONTACT,
    SIPCODE_HEADER_CONTENT_ENCODING,
    SIPCODE_HEADER_CONTENT_LANGUAGE,
    SIPCODE_HEADER_CONTENT_TYPE,
    SIPCODE_HEADER_EVENT,
    SIPCODE_HEADER_EXPIRES,
    SIPCODE_HEADER_FEATURE_CAPS,
    SIPCODE_HEADER_FROM,
    SIPCODE_HEADER_GEOLOCATION,
    SIPCODE_HEADER_GEOLOCATION_ERROR,
    SIPCODE_HEADER_IDENTITY,
    SIPCODE_HEADER_INFO_PACKAGE,
    SIPCODE_HEADER_MAX_BREADTH,
    SIPCODE_HEADER_MAX_FORWARDS,
    SIPCODE_HEADER_MIN_EXPIRES,
    SIPCODE_HEADER_MIN_SE,
    SIPCODE_HEADER_PATH,
    SIPCODE_HEADER_PERMISSION_MISSING,
    SIPCODE_HEADER_PRIVACY,
    SIPCODE_HEADER_PROXY_AUTHENTICATE,
    SIPCODE_HEADER_PROXY_AUTHORIZATION,
    SIPCODE_HEADER_PROXY_REQUIRE,
    SIPCODE_HEADER_REASON,
    SIPCODE_HEADER_RECV_INFO,
    SIPCODE_HEADER_REFERRED_BY,
    SIPCODE_HEADER_REQUIRE,
    SIPCODE_HEADER_RESOURCE_PRIORITY,
    SIPCODE_HEADER_RETRY_AFTER,
    SIPCODE_HEADER_ROUTE,
    SIPCODE_HEADER_RSEQ,
    SIPCODE_HEADER_SECURITY_CLIENT,
    SIPCODE_HEADER_SECURITY_SERVER,
    SIPCODE_HEADER_SECURITY_VERIFY,
    SIPCODE_HEADER_SESSION_EXPIRES,
    SIPCODE_HEADER_SIP_IF_MATCH,
    SIPCODE_HEADER_SUPPORTED,
    SIPCODE_HEADER_SUPPRESS_IF_MATCH,
    SIPCODE_HEADER_UNSUPPORTED,
    SIPCODE_HEADER_VIA,
    SIPCODE_HEADER_WARNING,
    SIPCODE_HEADER_WWW_AUTHENTICATE
} sipcode_header_field;

#define SIPCODE_HEADER_COUNT 50
#define SIPCODE_METHOD_COUNT 14

/** The canonical spelling of a header field, "WWW-Authenticate"; "" if out of range. */
static inline const char *sipcode_header_name(sipcode_header_field i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_HEADER, (unsigned)i)->name;
}

/** IANA's SIP methods (case-sensitive), sorted; "" if out of range. */
static inline const char *sipcode_method_name(unsigned i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_METHOD, (unsigned)i)->name;
}

/** The ratios of RFC 6076 s4 and the industry's ASR and NER (data/kpi-code-sets.csv; the C++
 *  sipcode::kpi). Each comment gives the numerator's codes / the denominator's. Names and
 *  descriptions: sipcode_kpi_name(), sipcode_kpi_description(). */
typedef enum sipcode_kpi {
    SIPCODE_KPI_SER, /* session establishment ratio (RFC 6076 s4.6):
        200 / all but 3xx, 401, 407 */
    SIPCODE_KPI_SEER, /* session establishment effectiveness ratio (RFC 6076 s4.7):
        200, 480, 486, 600, 603 / all but 3xx, 401, 407 */
    SIPCODE_KPI_ISA, /* ineffective session attempts (RFC 6076 s4.8):
        408, 500, 503, 504, no final response / all but 401, 407 */
    SIPCODE_KPI_IRA, /* ineffective registration attempts (RFC 6076 s4.2):
        4xx (not 401, 402, 407), 5xx, 6xx, no final response / all but 401, 407 */
    SIPCODE_KPI_ASR, /* answer seizure ratio (industry, ITU-T E.411):
        200 / all but 401, 407 */
    SIPCODE_KPI_NER /* network effectiveness ratio (industry, ITU-T E.411; codes of RFC 6076 s4.7):
        200, 480, 486, 600, 603 / all but 401, 407 */
} sipcode_kpi;

#define SIPCODE_KPI_COUNT 6

/** The enumerator's name, "ser" (the Prometheus label value); "unknown" outside the enum. */
static inline const char *sipcode_kpi_name(sipcode_kpi i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_KPI, (unsigned)i)->name;
}

/** "session establishment ratio (RFC 6076 s4.6)": the title and its source; "unknown" outside the enum. */
static inline const char *sipcode_kpi_description(sipcode_kpi i) {
    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_KPI, (unsigned)i)->description;
}


/** One row of the registry. Every string is NUL-terminated static text. */
typedef struct sipcode_status_info {
    int code;                        /* the code this row describes */
    sipcode_status_class cls;
    int deprecated;                  /* IANA marks it deprecated (202) */
    const char *name;                /* "busy_here" */
    const char *reason;              /* the reason phrase as IANA spells it, "Busy Here" */
    const char *references;          /* IANA's reference cell, "RFC3261" */
    sipcode_next_step uac;           /* what a UAC does next (outside a dialog) */
    sipcode_proxy_action proxy;      /* what a stateful proxy does with it */
    sipcode_dialog_effect dialog;    /* what it does to the dialog of an in-dialog request */
    uint64_t response_headers;       /* bit h: header field h (sipcode_header_name) of the response guides the step */
    uint64_t request_headers;        /* the same for fields of the request the response is about */
    const char *response_header_names;  /* the same fields as text, "Retry-After, Warning"; "" if none */
    const char *request_header_names;
    const char *basis;               /* the RFC sections the step comes from */
    const char *dialog_basis;        /* the RFC section or note the dialog effect comes from */
    const char *hint;                /* operator-facing remediation hint */
    const char *user_message;        /* plain-language message for an end user */
} sipcode_status_info;

/** What classify() found (RFC 3261 s8.1.3.2). */
typedef struct sipcode_classification {
    int code;                        /* the code as received; 0 for a value outside 0..65535 */
    sipcode_status_class cls;        /* SIPCODE_CLASS_INVALID outside 100..699 */
    int is_final;                    /* 200..699 */
    int registered;                  /* IANA has registered `code` */
    int effective;                   /* the code to act on; 0 when cls is invalid */
    const sipcode_status_info *info;   /* the row of `code`, NULL if unregistered */
    const sipcode_status_info *acted;  /* the row of `effective`, NULL when cls is invalid */
} sipcode_classification;

/** Why a status line was rejected; the numbers of the C++ sipcode::parse_errc. */
typedef enum sipcode_parse_errc {
    SIPCODE_PARSE_OK = 0,
    SIPCODE_PARSE_INCOMPLETE,               /* the input ends before the status line does */
    SIPCODE_PARSE_LEADING_EMPTY_LINE,       /* strict: CR or LF before the status line */
    SIPCODE_PARSE_NOT_SIP,                  /* the line does not start with "SIP/" */
    SIPCODE_PARSE_BAD_VERSION,              /* "SIP/" is not followed by 1*DIGIT "." 1*DIGIT */
    SIPCODE_PARSE_UNSUPPORTED_VERSION,      /* a well-formed version other than SIP/2.0 */
    SIPCODE_PARSE_MISSING_SP_AFTER_VERSION,
    SIPCODE_PARSE_EXTRA_SPACE,              /* strict: more than one SP, or an HTAB, before the code */
    SIPCODE_PARSE_MISSING_CODE,
    SIPCODE_PARSE_CODE_NOT_NUMERIC,
    SIPCODE_PARSE_CODE_TOO_SHORT,
    SIPCODE_PARSE_CODE_TOO_LONG,
    SIPCODE_PARSE_CODE_OUT_OF_RANGE,        /* three digits outside 100..699; `code` holds them */
    SIPCODE_PARSE_MISSING_SP_AFTER_CODE,
    SIPCODE_PARSE_BAD_PHRASE_CHAR,          /* strict: a printable octet the Reason-Phrase grammar excludes */
    SIPCODE_PARSE_BAD_ESCAPE,               /* strict: '%' not followed by two hex digits */
    SIPCODE_PARSE_BAD_UTF8,                 /* strict */
    SIPCODE_PARSE_CONTROL_CHAR,
    SIPCODE_PARSE_NUL_BYTE,
    SIPCODE_PARSE_BARE_CR,
    SIPCODE_PARSE_BARE_LF                   /* strict: an LF without the CR before it */
} sipcode_parse_errc;

#define SIPCODE_PARSE_ERRC_COUNT 21

typedef enum sipcode_parse_mode {
    SIPCODE_PARSE_STRICT = 0,   /* RFC 3261 s25.1 exactly */
    SIPCODE_PARSE_LENIENT = 1   /* what real traffic sends: see docs/c.md and <sipcode/parse.hpp> */
} sipcode_parse_mode;

/** A parsed status line. `reason` points into the caller's input and is NOT NUL-terminated: use
 *  reason_len. On success `consumed` counts the line with its terminator; on failure it is the
 *  offset of the defect (n for SIPCODE_PARSE_INCOMPLETE) and reason is NULL. */
typedef struct sipcode_parse_result {
    sipcode_parse_errc ec;
    size_t consumed;
    int code;                  /* the three-digit code (also set for SIPCODE_PARSE_CODE_OUT_OF_RANGE) */
    const char *reason;
    size_t reason_len;
    const char *version;       /* "SIP/2.0" as it appeared, when it was read; else NULL */
    size_t version_len;
} sipcode_parse_result;

/** The request a response answers. Build it with sipcode_out_of_dialog() or sipcode_in_dialog()
 *  and set the flags; a NULL context means an INVITE outside a dialog. */
typedef struct sipcode_request_context {
    const char *method;        /* case-sensitive, need not be NUL-terminated */
    size_t method_len;
    int in_dialog;             /* sent inside a dialog (it had a To tag) */
    int terminating;           /* NOTIFY with Subscription-State terminated, SUBSCRIBE with Expires 0 */
    int new_usage;             /* a SUBSCRIBE that starts a second subscription in the dialog */
    int call_id_owner;         /* this UA generated the dialog's Call-ID (the 491 timer) */
} sipcode_request_context;

/** A parsed Retry-After value. */
typedef struct sipcode_retry_after {
    uint32_t seconds;
    int has_duration;
    uint32_t duration;
} sipcode_retry_after;

/** What a UAC does next, concretely (the C++ sipcode::advice). */
typedef struct sipcode_advice {
    sipcode_next_step step;
    sipcode_dialog_effect dialog;    /* what the response did to the request's dialog */
    int send_bye;                    /* end the invite usage with a BYE (RFC 3261 s12.2.1.2) */
    int64_t delay_min_ms;            /* earliest time to act, from the response */
    int64_t delay_max_ms;            /* latest; equal to delay_min_ms except for a random delay */
    int has_delay;
    int64_t avoid_server_for_s;      /* fail over: keep this server out of rotation this long */
    int64_t available_for_s;         /* Retry-After duration */
    int has_duration;
    int code;
    int effective;                   /* the code RFC 3261 s8.1.3.2 says to act on */
    int acted_on;                    /* the row the step came from (a dialog rule may change it) */
    const char *basis;               /* the RFC sections the step rests on */
    const char *dialog_basis;        /* the RFC section or note the dialog effect rests on */
} sipcode_advice;

/** Where a Q.850 cause was generated (the location field of the cause indicators). */
typedef enum sipcode_q850_location {
    SIPCODE_Q850_LOCATION_USER = 0,
    SIPCODE_Q850_LOCATION_PRIVATE_NETWORK_LOCAL = 1,
    SIPCODE_Q850_LOCATION_PUBLIC_NETWORK_LOCAL = 2,
    SIPCODE_Q850_LOCATION_TRANSIT_NETWORK = 3,
    SIPCODE_Q850_LOCATION_PUBLIC_NETWORK_REMOTE = 4,
    SIPCODE_Q850_LOCATION_PRIVATE_NETWORK_REMOTE = 5,
    SIPCODE_Q850_LOCATION_INTERNATIONAL_NETWORK = 7,
    SIPCODE_Q850_LOCATION_BEYOND_INTERWORKING = 10
} sipcode_q850_location;

/** Which rule produced a Q.850 mapping; the numbers of the C++ sipcode::q850_basis. */
typedef enum sipcode_q850_basis {
    SIPCODE_Q850_BASIS_TABLE = 0,
    SIPCODE_Q850_BASIS_USER_LOCATION,   /* cause -> SIP: the 6xx for a cause at the user (21 -> 603) */
    SIPCODE_Q850_BASIS_DIAGNOSTIC,      /* cause -> SIP: the alternative with a diagnostic (22 -> 301) */
    SIPCODE_Q850_BASIS_WARNING,         /* SIP -> cause: 488/606 by their Warning code */
    SIPCODE_Q850_BASIS_CLASS_DEFAULT,   /* cause -> SIP: mapped as its class's "unspecified" cause */
    SIPCODE_Q850_BASIS_UNLISTED,        /* nothing listed: cause -> SIP 500, SIP -> cause 31 */
    SIPCODE_Q850_BASIS_NO_MAPPING       /* cause 16 (BYE/CANCEL instead), status 487 */
} sipcode_q850_basis;

typedef struct sipcode_q850_to_sip_result {
    int status;                      /* 0 only with SIPCODE_Q850_BASIS_NO_MAPPING */
    sipcode_q850_basis basis;
} sipcode_q850_to_sip_result;

typedef struct sipcode_sip_to_q850_result {
    int cause;                       /* 0 only with SIPCODE_Q850_BASIS_NO_MAPPING */
    int user_location;               /* location 'user' for 6xx, 'network' otherwise */
    int retry_first;                 /* authenticate or repair and retry before releasing */
    sipcode_q850_basis basis;
} sipcode_sip_to_q850_result;

/* Rows of the generated tables. */
typedef struct sipcode_q850_cause_info { int cause; const char *name; } sipcode_q850_cause_info;
typedef struct sipcode_warn_code_info { int code; const char *text; const char *reference; } sipcode_warn_code_info;
typedef struct sipcode_detail_isup_row { unsigned char cause; unsigned short status, user_status, diagnostic_status; } sipcode_detail_isup_row;
typedef struct sipcode_detail_sip_row { unsigned short status; unsigned char cause, by_warning, retry_first; } sipcode_detail_sip_row;
typedef struct sipcode_detail_warning_row { unsigned short warn_code; unsigned char cause; } sipcode_detail_warning_row;
typedef enum sipcode_detail_scope {
    SIPCODE_DETAIL_ANYWHERE, SIPCODE_DETAIL_IN_DIALOG, SIPCODE_DETAIL_ESTABLISHED,
    SIPCODE_DETAIL_TERMINATING, SIPCODE_DETAIL_NEW_USAGE
} sipcode_detail_scope;
typedef struct sipcode_detail_dialog_rule {
    unsigned methods;                /* bit i: method i of sipcode_method_name(); the bit after the last: any other */
    sipcode_detail_scope where;
    unsigned classes;                /* bit n: nxx */
    unsigned effects;                /* bit e: the row's own dialog effect e */
    unsigned short codes[4];
    sipcode_dialog_effect effect;
    int acts_as;                     /* 0: as itself */
    int has_step;
    sipcode_next_step step;
    const char *basis;
} sipcode_detail_dialog_rule;

/** What a KPI counts (the C++ sipcode::kpi_attempt). */
typedef enum sipcode_kpi_attempt {
    SIPCODE_KPI_ATTEMPT_SESSION = 0,      /* an initial INVITE (no To tag), by its first final response */
    SIPCODE_KPI_ATTEMPT_REGISTRATION = 1  /* a REGISTER request (not its retransmissions) */
} sipcode_kpi_attempt;

/** Counts attempts by their final response and holds every KPI's ratio (the C++
 *  sipcode::kpi_counter). Start it with sipcode_kpi_counter_init(), feed it with
 *  sipcode_kpi_add_session_attempt() and sipcode_kpi_add_registration_attempt(), read it with
 *  sipcode_kpi_ratio(). Fixed size, no allocation; not synchronised: keep one per thread or process
 *  and add them up with sipcode_kpi_counter_merge(). */
typedef struct sipcode_kpi_counter {
    uint64_t numerator[SIPCODE_KPI_COUNT];    /* per KPI, in enum order */
    uint64_t denominator[SIPCODE_KPI_COUNT];
    uint64_t session_attempts;       /* counted, whatever their final response (3xx and challenges too) */
    uint64_t registration_attempts;
    uint64_t ignored;                /* given a code that is neither 200..699 nor "no final response" */
} sipcode_kpi_counter;

typedef struct sipcode_detail_kpi_row {
    sipcode_kpi_attempt attempt;
    const char *code_set;            /* the numerator's codes as printed */
    const char *excluded_set;        /* the codes out of the denominator as printed; "" if none */
} sipcode_detail_kpi_row;
typedef struct sipcode_detail_kpi_bits { unsigned char numerator, denominator; } sipcode_detail_kpi_bits;

/* ------------------------------------------------------------------------------------------------
 * Generated tables */

/* What sipcode_classify() returns for each code 100..699, and the registry rows, in one object
 * so that a classification points at the rows themselves. */
typedef struct sipcode_detail_registry_tables {
    sipcode_classification classified[600];
    sipcode_status_info rows[SIPCODE_REGISTRY_SIZE];
} sipcode_detail_registry_tables;

static inline const sipcode_detail_registry_tables *sipcode_detail_registry_data(void) {
    static const sipcode_detail_registry_tables t = {{
        {100, SIPCODE_CLASS_PROVISIONAL, 0, 1, 100, &t.rows[0], &t.rows[0]},
        {101, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {102, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {103, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {104, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {105, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {106, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {107, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {108, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {109, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {110, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {111, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {112, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {113, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {114, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {115, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {116, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {117, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {118, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {119, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {120, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {121, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {122, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {123, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {124, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {125, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {126, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {127, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {128, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {129, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {130, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {131, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {132, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {133, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {134, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {135, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {136, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {137, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {138, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {139, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {140, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {141, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {142, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {143, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {144, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {145, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {146, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {147, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {148, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {149, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {150, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {151, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {152, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {153, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {154, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {155, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {156, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {157, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {158, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {159, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {160, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {161, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {162, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {163, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {164, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {165, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {166, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {167, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {168, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {169, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {170, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {171, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {172, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {173, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {174, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {175, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {176, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {177, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {178, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {179, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {180, SIPCODE_CLASS_PROVISIONAL, 0, 1, 180, &t.rows[1], &t.rows[1]},
        {181, SIPCODE_CLASS_PROVISIONAL, 0, 1, 181, &t.rows[2], &t.rows[2]},
        {182, SIPCODE_CLASS_PROVISIONAL, 0, 1, 182, &t.rows[3], &t.rows[3]},
        {183, SIPCODE_CLASS_PROVISIONAL, 0, 1, 183, &t.rows[4], &t.rows[4]},
        {184, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {185, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {186, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {187, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {188, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {189, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {190, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {191, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {192, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {193, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {194, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {195, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {196, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {197, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {198, SIPCODE_CLASS_PROVISIONAL, 0, 0, 183, NULL, &t.rows[4]},
        {199, SIPCODE_CLASS_PROVISIONAL, 0, 1, 199, &t.rows[5], &t.rows[5]},
        {200, SIPCODE_CLASS_SUCCESS, 1, 1, 200, &t.rows[6], &t.rows[6]},
        {201, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {202, SIPCODE_CLASS_SUCCESS, 1, 1, 200, &t.rows[7], &t.rows[6]},
        {203, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {204, SIPCODE_CLASS_SUCCESS, 1, 1, 204, &t.rows[8], &t.rows[8]},
        {205, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {206, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {207, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {208, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {209, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {210, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {211, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {212, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {213, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {214, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {215, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {216, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {217, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {218, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {219, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {220, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {221, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {222, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {223, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {224, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {225, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {226, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {227, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {228, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {229, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {230, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {231, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {232, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {233, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {234, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {235, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {236, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {237, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {238, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {239, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {240, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {241, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {242, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {243, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {244, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {245, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {246, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {247, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {248, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {249, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {250, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {251, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {252, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {253, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {254, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {255, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {256, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {257, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {258, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {259, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {260, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {261, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {262, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {263, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {264, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {265, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {266, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {267, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {268, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {269, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {270, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {271, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {272, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {273, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {274, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {275, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {276, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {277, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {278, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {279, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {280, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {281, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {282, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {283, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {284, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {285, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {286, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {287, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {288, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {289, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {290, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {291, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {292, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {293, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {294, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {295, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {296, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {297, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {298, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {299, SIPCODE_CLASS_SUCCESS, 1, 0, 200, NULL, &t.rows[6]},
        {300, SIPCODE_CLASS_REDIRECTION, 1, 1, 300, &t.rows[9], &t.rows[9]},
        {301, SIPCODE_CLASS_REDIRECTION, 1, 1, 301, &t.rows[10], &t.rows[10]},
        {302, SIPCODE_CLASS_REDIRECTION, 1, 1, 302, &t.rows[11], &t.rows[11]},
        {303, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {304, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {305, SIPCODE_CLASS_REDIRECTION, 1, 1, 305, &t.rows[12], &t.rows[12]},
        {306, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {307, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {308, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {309, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {310, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {311, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {312, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {313, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {314, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {315, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {316, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {317, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {318, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {319, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {320, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {321, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {322, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {323, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {324, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {325, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {326, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {327, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {328, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {329, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {330, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {331, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {332, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {333, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {334, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {335, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {336, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {337, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {338, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {339, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {340, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {341, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {342, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {343, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {344, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {345, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {346, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {347, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {348, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {349, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {350, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {351, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {352, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {353, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {354, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {355, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {356, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {357, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {358, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {359, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {360, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {361, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {362, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {363, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {364, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {365, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {366, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {367, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {368, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {369, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {370, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {371, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {372, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {373, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {374, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {375, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {376, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {377, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {378, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {379, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {380, SIPCODE_CLASS_REDIRECTION, 1, 1, 380, &t.rows[13], &t.rows[13]},
        {381, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {382, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {383, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {384, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {385, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {386, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {387, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {388, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {389, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {390, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {391, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {392, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {393, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {394, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {395, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {396, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {397, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {398, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {399, SIPCODE_CLASS_REDIRECTION, 1, 0, 300, NULL, &t.rows[9]},
        {400, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 400, &t.rows[14], &t.rows[14]},
        {401, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 401, &t.rows[15], &t.rows[15]},
        {402, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 402, &t.rows[16], &t.rows[16]},
        {403, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 403, &t.rows[17], &t.rows[17]},
        {404, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 404, &t.rows[18], &t.rows[18]},
        {405, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 405, &t.rows[19], &t.rows[19]},
        {406, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 406, &t.rows[20], &t.rows[20]},
        {407, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 407, &t.rows[21], &t.rows[21]},
        {408, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 408, &t.rows[22], &t.rows[22]},
        {409, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {410, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 410, &t.rows[23], &t.rows[23]},
        {411, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {412, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 412, &t.rows[24], &t.rows[24]},
        {413, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 413, &t.rows[25], &t.rows[25]},
        {414, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 414, &t.rows[26], &t.rows[26]},
        {415, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 415, &t.rows[27], &t.rows[27]},
        {416, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 416, &t.rows[28], &t.rows[28]},
        {417, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 417, &t.rows[29], &t.rows[29]},
        {418, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {419, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {420, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 420, &t.rows[30], &t.rows[30]},
        {421, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 421, &t.rows[31], &t.rows[31]},
        {422, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 422, &t.rows[32], &t.rows[32]},
        {423, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 423, &t.rows[33], &t.rows[33]},
        {424, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 424, &t.rows[34], &t.rows[34]},
        {425, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 425, &t.rows[35], &t.rows[35]},
        {426, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {427, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {428, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 428, &t.rows[36], &t.rows[36]},
        {429, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 429, &t.rows[37], &t.rows[37]},
        {430, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 430, &t.rows[38], &t.rows[38]},
        {431, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {432, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {433, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 433, &t.rows[39], &t.rows[39]},
        {434, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {435, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {436, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 436, &t.rows[40], &t.rows[40]},
        {437, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 437, &t.rows[41], &t.rows[41]},
        {438, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 438, &t.rows[42], &t.rows[42]},
        {439, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 439, &t.rows[43], &t.rows[43]},
        {440, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 440, &t.rows[44], &t.rows[44]},
        {441, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {442, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {443, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {444, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {445, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {446, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {447, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {448, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {449, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {450, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {451, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {452, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {453, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {454, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {455, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {456, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {457, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {458, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {459, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {460, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {461, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {462, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {463, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {464, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {465, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {466, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {467, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {468, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {469, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 469, &t.rows[45], &t.rows[45]},
        {470, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 470, &t.rows[46], &t.rows[46]},
        {471, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {472, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {473, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {474, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {475, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {476, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {477, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {478, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {479, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {480, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 480, &t.rows[47], &t.rows[47]},
        {481, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 481, &t.rows[48], &t.rows[48]},
        {482, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 482, &t.rows[49], &t.rows[49]},
        {483, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 483, &t.rows[50], &t.rows[50]},
        {484, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 484, &t.rows[51], &t.rows[51]},
        {485, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 485, &t.rows[52], &t.rows[52]},
        {486, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 486, &t.rows[53], &t.rows[53]},
        {487, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 487, &t.rows[54], &t.rows[54]},
        {488, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 488, &t.rows[55], &t.rows[55]},
        {489, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 489, &t.rows[56], &t.rows[56]},
        {490, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {491, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 491, &t.rows[57], &t.rows[57]},
        {492, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {493, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 493, &t.rows[58], &t.rows[58]},
        {494, SIPCODE_CLASS_REQUEST_FAILURE, 1, 1, 494, &t.rows[59], &t.rows[59]},
        {495, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {496, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {497, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {498, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {499, SIPCODE_CLASS_REQUEST_FAILURE, 1, 0, 400, NULL, &t.rows[14]},
        {500, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 500, &t.rows[60], &t.rows[60]},
        {501, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 501, &t.rows[61], &t.rows[61]},
        {502, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 502, &t.rows[62], &t.rows[62]},
        {503, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 503, &t.rows[63], &t.rows[63]},
        {504, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 504, &t.rows[64], &t.rows[64]},
        {505, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 505, &t.rows[65], &t.rows[65]},
        {506, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {507, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {508, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {509, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {510, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {511, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {512, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {513, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 513, &t.rows[66], &t.rows[66]},
        {514, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {515, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {516, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {517, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {518, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {519, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {520, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {521, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {522, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {523, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {524, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {525, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {526, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {527, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {528, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {529, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {530, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {531, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {532, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {533, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {534, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {535, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {536, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {537, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {538, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {539, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {540, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {541, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {542, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {543, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {544, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {545, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {546, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {547, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {548, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {549, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {550, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {551, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {552, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {553, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {554, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {555, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 555, &t.rows[67], &t.rows[67]},
        {556, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {557, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {558, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {559, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {560, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {561, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {562, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {563, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {564, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {565, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {566, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {567, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {568, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {569, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {570, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {571, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {572, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {573, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {574, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {575, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {576, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {577, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {578, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {579, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {580, SIPCODE_CLASS_SERVER_FAILURE, 1, 1, 580, &t.rows[68], &t.rows[68]},
        {581, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {582, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {583, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {584, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {585, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {586, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {587, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {588, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {589, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {590, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {591, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {592, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {593, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {594, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {595, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {596, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {597, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {598, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {599, SIPCODE_CLASS_SERVER_FAILURE, 1, 0, 500, NULL, &t.rows[60]},
        {600, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 1, 600, &t.rows[69], &t.rows[69]},
        {601, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {602, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {603, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 1, 603, &t.rows[70], &t.rows[70]},
        {604, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 1, 604, &t.rows[71], &t.rows[71]},
        {605, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {606, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 1, 606, &t.rows[72], &t.rows[72]},
        {607, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 1, 607, &t.rows[73], &t.rows[73]},
        {608, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 1, 608, &t.rows[74], &t.rows[74]},
        {609, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {610, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {611, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {612, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {613, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {614, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {615, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {616, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {617, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {618, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {619, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {620, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {621, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {622, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {623, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {624, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {625, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {626, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {627, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {628, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {629, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {630, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {631, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {632, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {633, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {634, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {635, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {636, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {637, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {638, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {639, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {640, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {641, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {642, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {643, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {644, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {645, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {646, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {647, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {648, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {649, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {650, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {651, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {652, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {653, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {654, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {655, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {656, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {657, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {658, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {659, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {660, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {661, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {662, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {663, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {664, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {665, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {666, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {667, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {668, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {669, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {670, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {671, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {672, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {673, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {674, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {675, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {676, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {677, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {678, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {679, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {680, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {681, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {682, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {683, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {684, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {685, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {686, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {687, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {688, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {689, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {690, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {691, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {692, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {693, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {694, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {695, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {696, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {697, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {698, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
        {699, SIPCODE_CLASS_GLOBAL_FAILURE, 1, 0, 600, NULL, &t.rows[69]},
    }, {
        {100, SIPCODE_CLASS_PROVISIONAL, 0, "trying", "Trying", "RFC3261",
         SIPCODE_NEXT_STEP_WAIT, SIPCODE_PROXY_ACTION_ABSORB, SIPCODE_DIALOG_EFFECT_NONE, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.1.1; s16.7",
         "RFC 3261 s13.2.2.1: a provisional response ends nothing",
         "The next hop got the request and is working on it. No action needed: it stops INVITE retransmissions and proxies never forward it.",
         "Connecting."},
        {180, SIPCODE_CLASS_PROVISIONAL, 0, "ringing", "Ringing", "RFC3261",
         SIPCODE_NEXT_STEP_WAIT, SIPCODE_PROXY_ACTION_FORWARD_NOW, SIPCODE_DIALOG_EFFECT_NONE, UINT64_C(0x0000004400000200), UINT64_C(0x0000000000000000),
         "Contact, Require, RSeq", "",
         "RFC 3261 s21.1.2; s13.2.2.1; s16.7; RFC 3262 s4",
         "RFC 3261 s13.2.2.1: a provisional response ends nothing",
         "The callee is being alerted. Play local ringback unless early media arrives; if Require lists 100rel, acknowledge the RSeq with PRACK.",
         "Ringing."},
        {181, SIPCODE_CLASS_PROVISIONAL, 0, "call_is_being_forwarded", "Call Is Being Forwarded", "RFC3261",
         SIPCODE_NEXT_STEP_WAIT, SIPCODE_PROXY_ACTION_FORWARD_NOW, SIPCODE_DIALOG_EFFECT_NONE, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.1.3",
         "RFC 3261 s13.2.2.1: a provisional response ends nothing",
         "A server is forwarding the call to another destination. Informational only; keep waiting for the final response.",
         "Your call is being forwarded."},
        {182, SIPCODE_CLASS_PROVISIONAL, 0, "queued", "Queued", "RFC3261",
         SIPCODE_NEXT_STEP_WAIT, SIPCODE_PROXY_ACTION_FORWARD_NOW, SIPCODE_DIALOG_EFFECT_NONE, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.1.4; RFC 4412 s4.7.1.2",
         "RFC 3261 s13.2.2.1: a provisional response ends nothing",
         "The callee is busy or unavailable and the call was queued. Keep waiting; the reason phrase may say the queue position or expected wait.",
         "Your call is in a queue. Please hold."},
        {183, SIPCODE_CLASS_PROVISIONAL, 0, "session_progress", "Session Progress", "RFC3261",
         SIPCODE_NEXT_STEP_WAIT, SIPCODE_PROXY_ACTION_FORWARD_NOW, SIPCODE_DIALOG_EFFECT_NONE, UINT64_C(0x0000004400000200), UINT64_C(0x0000000000000000),
         "Contact, Require, RSeq", "",
         "RFC 3261 s21.1.5; s8.1.3.2; RFC 3262 s4",
         "RFC 3261 s13.2.2.1: a provisional response ends nothing",
         "The call is progressing, often with early media (tones, announcements) in the SDP. Play it; send PRACK if Require lists 100rel. Unknown 1xx codes count as 183.",
         "Call in progress."},
        {199, SIPCODE_CLASS_PROVISIONAL, 0, "early_dialog_terminated", "Early Dialog Terminated", "RFC6228",
         SIPCODE_NEXT_STEP_WAIT, SIPCODE_PROXY_ACTION_FORWARD_NOW, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000080000000), UINT64_C(0x0000100000000000),
         "Reason", "Supported",
         "RFC 6228 s4; s5; s6",
         "RFC 6228 s5: the UAC terminates the early dialog the 199 names",
         "One early dialog of a forked call ended; the Reason header holds the final code. Release that dialog's media only. Sent only if the request had Supported: 199.",
         "Still trying to connect your call."},
        {200, SIPCODE_CLASS_SUCCESS, 0, "ok", "OK", "RFC3261",
         SIPCODE_NEXT_STEP_DONE, SIPCODE_PROXY_ACTION_FORWARD_NOW, SIPCODE_DIALOG_EFFECT_NONE, UINT64_C(0x0000000000004200), UINT64_C(0x0000000000000000),
         "Contact, Expires", "",
         "RFC 3261 s21.2.1; s13.2.2.4; s16.7",
         "RFC 5057 s4: a 2xx ends no usage (except to BYE or a terminating NOTIFY)",
         "The request succeeded. For INVITE, send the ACK to the Contact in the 2xx; for REGISTER or SUBSCRIBE, refresh before the granted Expires runs out.",
         "Done."},
        {202, SIPCODE_CLASS_SUCCESS, 1, "accepted", "Accepted", "RFC6665",
         SIPCODE_NEXT_STEP_DONE, SIPCODE_PROXY_ACTION_FORWARD_NOW, SIPCODE_DIALOG_EFFECT_NONE, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 6665 s8.3.1; RFC 3428 s7",
         "RFC 5057 s4: a 2xx ends no usage (except to BYE or a terminating NOTIFY)",
         "Deprecated: receivers treat it exactly like 200 OK. It must never answer SUBSCRIBE or NOTIFY (RFC 6665); a MESSAGE relay still returns it to say the message was accepted but not yet delivered (RFC 3428 s7).",
         "Request accepted."},
        {204, SIPCODE_CLASS_SUCCESS, 0, "no_notification", "No Notification", "RFC5839",
         SIPCODE_NEXT_STEP_DONE, SIPCODE_PROXY_ACTION_FORWARD_NOW, SIPCODE_DIALOG_EFFECT_NONE, UINT64_C(0x0000000000004000), UINT64_C(0x0000200000000000),
         "Expires", "Suppress-If-Match",
         "RFC 5839 s5.6; s5.7; s6.3; s7.1",
         "RFC 5057 s4: a 2xx ends no usage (except to BYE or a terminating NOTIFY)",
         "The entity-tag in Suppress-If-Match still matches: the subscription is refreshed and no NOTIFY follows. Read Expires for the new lifetime (0 means ended).",
         "Nothing has changed."},
        {300, SIPCODE_CLASS_REDIRECTION, 0, "multiple_choices", "Multiple Choices", "RFC3261",
         SIPCODE_NEXT_STEP_FOLLOW_REDIRECT, SIPCODE_PROXY_ACTION_RECURSE, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000200), UINT64_C(0x0000000000000000),
         "Contact", "",
         "RFC 3261 s21.3.1; s8.1.3.4; s16.7",
         "RFC 5057 s5.1 (3xx): mid-dialog redirection concerns the request and the dialog is kept",
         "The callee has several addresses in Contact. Try them in q-value order or let the user pick; add each URI to the target set only once to avoid loops.",
         "This person can be reached at several places."},
        {301, SIPCODE_CLASS_REDIRECTION, 0, "moved_permanently", "Moved Permanently", "RFC3261",
         SIPCODE_NEXT_STEP_FOLLOW_REDIRECT, SIPCODE_PROXY_ACTION_RECURSE, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000200), UINT64_C(0x0000000000000000),
         "Contact", "",
         "RFC 3261 s21.3.2; s8.1.3.4; s16.7",
         "RFC 5057 s5.1 (3xx): mid-dialog redirection concerns the request and the dialog is kept",
         "The user has moved for good to the address in Contact. Retry there and update address books, caches and routing data that hold the old URI.",
         "This number has moved permanently."},
        {302, SIPCODE_CLASS_REDIRECTION, 0, "moved_temporarily", "Moved Temporarily", "RFC3261",
         SIPCODE_NEXT_STEP_FOLLOW_REDIRECT, SIPCODE_PROXY_ACTION_RECURSE, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000004200), UINT64_C(0x0000000000000000),
         "Contact, Expires", "",
         "RFC 3261 s21.3.3; s8.1.3.4; s16.7",
         "RFC 5057 s5.1 (3xx): mid-dialog redirection concerns the request and the dialog is kept",
         "Retry at the Contact URI. Cache it only for the Expires header or contact expires parameter; without one, use it for this attempt only.",
         "Your call is being redirected."},
        {305, SIPCODE_CLASS_REDIRECTION, 0, "use_proxy", "Use Proxy", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_VIA_PROXY, SIPCODE_PROXY_ACTION_RECURSE, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000200), UINT64_C(0x0000000000000000),
         "Contact", "",
         "RFC 3261 s21.3.4; s16.7",
         "RFC 5057 s5.1 (3xx): mid-dialog redirection concerns the request and the dialog is kept",
         "Resend this one request through the proxy URI given in Contact. Only a UAS may send 305, so check routing if an intermediary sent it.",
         "Connecting through another route."},
        {380, SIPCODE_CLASS_REDIRECTION, 0, "alternative_service", "Alternative Service", "RFC3261",
         SIPCODE_NEXT_STEP_ASK_USER, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.3.5",
         "RFC 5057 s5.1 (3xx): mid-dialog redirection concerns the request and the dialog is kept",
         "The call failed but the message body describes alternative services. No automatic behaviour is defined; show the options to the user or log the body.",
         "The call failed. Other services may be available."},
        {400, SIPCODE_CLASS_REQUEST_FAILURE, 0, "bad_request", "Bad Request", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0001000000000000), UINT64_C(0x0000000000000000),
         "Warning", "",
         "RFC 3261 s21.4.1; s8.1.3.2",
         "RFC 5057 s5.1 table 2",
         "The request was malformed, so resending it unchanged fails again. Read the reason phrase and any Warning header to find the offending field, then fix the software or configuration that built it. Unknown 4xx codes are treated as 400.",
         "The call could not be completed due to an error."},
        {401, SIPCODE_CLASS_REQUEST_FAILURE, 0, "unauthorized", "Unauthorized", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_WITH_CREDENTIALS, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0002000010000000), UINT64_C(0x0000000020000080),
         "Proxy-Authenticate, WWW-Authenticate", "Authorization, Proxy-Authorization",
         "RFC 3261 s8.1.3.5; s21.4.2; s22.1; s22.2; s16.7 step 7; s20 table 3",
         "RFC 5057 s5.1 table 2",
         "Resend with CSeq plus one, an Authorization answering each WWW-Authenticate challenge and a Proxy-Authorization for each Proxy-Authenticate a proxy added (s16.7 step 7). If it repeats, check the account username, password and realm.",
         "Your account could not be verified."},
        {402, SIPCODE_CLASS_REQUEST_FAILURE, 0, "payment_required", "Payment Required", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.4.3",
         "RFC 5057 s5.1 table 2 note 1 (reserved: as an unknown 4xx)",
         "Reserved code with no defined use; handle it like 400. If a provider sends it, check the account balance or billing status with that provider.",
         "The call could not be completed."},
        {403, SIPCODE_CLASS_REQUEST_FAILURE, 0, "forbidden", "Forbidden", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0001000000000000), UINT64_C(0x0000000000000000),
         "Warning", "",
         "RFC 3261 s21.4.4; RFC 4412 s4.6.4",
         "RFC 5057 s5.1 table 2",
         "The server understood but refused the request; credentials will not help. Check account permissions, dial plan, IP access lists and any Warning header.",
         "This call is not allowed."},
        {404, SIPCODE_CLASS_REQUEST_FAILURE, 0, "not_found", "Not Found", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000001000000000), UINT64_C(0x0000000000000000),
         "Retry-After", "",
         "RFC 3261 s21.4.5; s20.33",
         "RFC 5057 s5.1 table 2 note 2",
         "The user is unknown at this domain. Check the user part and domain of the Request-URI and the callee's registration; another server may still know the user.",
         "That number could not be found."},
        {405, SIPCODE_CLASS_REQUEST_FAILURE, 0, "method_not_allowed", "Method Not Allowed", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_USAGE, UINT64_C(0x0000000000000020), UINT64_C(0x0000000000000000),
         "Allow", "",
         "RFC 3261 s21.4.6; s8.2.1",
         "RFC 5057 s5.1 table 2 note 3",
         "This method is not allowed for the Request-URI. Use only the methods listed in the Allow header, or fix the target's configuration.",
         "This action is not supported here."},
        {406, SIPCODE_CLASS_REQUEST_FAILURE, 0, "not_acceptable", "Not Acceptable", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000001),
         "", "Accept",
         "RFC 3261 s21.4.7",
         "RFC 5057 s5.1 table 2",
         "The resource can only answer with content that the request's Accept header excluded. Widen Accept to include that type and resend.",
         "The other side cannot reply in a supported format."},
        {407, SIPCODE_CLASS_REQUEST_FAILURE, 0, "proxy_authentication_required", "Proxy Authentication Required", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_WITH_CREDENTIALS, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0002000010000000), UINT64_C(0x0000000020000080),
         "Proxy-Authenticate, WWW-Authenticate", "Authorization, Proxy-Authorization",
         "RFC 3261 s8.1.3.5; s21.4.8; s22.3; s16.7 step 7; s20 table 3",
         "RFC 5057 s5.1 table 2",
         "A proxy wants credentials. Resend with CSeq plus one, a Proxy-Authorization answering each Proxy-Authenticate challenge and an Authorization for each WWW-Authenticate (s16.7 step 7); check the outbound proxy username, password and realm.",
         "Your account could not be verified by the network."},
        {408, SIPCODE_CLASS_REQUEST_FAILURE, 0, "request_timeout", "Request Timeout", "RFC3261",
         SIPCODE_NEXT_STEP_RETRY_LATER, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_USAGE, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.4.9; s8.1.3.1; s12.2.1.2; s16.7; s16.8",
         "RFC 5057 s5.1 table 2 note 4 and s5.2 (as a transaction timeout: the usage)",
         "No final response arrived in time. Check that the next hop and callee are reachable; outside a dialog the same request may be retried later. Inside a dialog the usage of the request is over (RFC 5057 s5.2): end a call with BYE.",
         "There was no answer in time. Please try again."},
        {410, SIPCODE_CLASS_REQUEST_FAILURE, 0, "gone", "Gone", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.4.10",
         "RFC 5057 s5.1 table 2 note 2",
         "The user used to exist here but is permanently gone, with no forwarding address. Remove the URI from directories, speed dials and routing data.",
         "That number is no longer in service."},
        {412, SIPCODE_CLASS_REQUEST_FAILURE, 0, "conditional_request_failed", "Conditional Request Failed", "RFC3903",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000080000000000),
         "", "SIP-If-Match",
         "RFC 3903 s11.2.1; s5",
         "RFC 5057 s5.1 table 2",
         "The state agent no longer knows the entity-tag in SIP-If-Match (expired or lost). Send a fresh initial PUBLISH with full state and no SIP-If-Match.",
         "Your status could not be updated."},
        {413, SIPCODE_CLASS_REQUEST_FAILURE, 0, "request_entity_too_large", "Request Entity Too Large", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000001000000000), UINT64_C(0x0000000000000000),
         "Retry-After", "",
         "RFC 3261 s8.1.3.5; s21.4.11; s20.33",
         "RFC 5057 s5.1 table 2",
         "The request body is larger than the server accepts. Resend with a smaller body or none; if Retry-After is present, the limit is temporary.",
         "The message is too large to send."},
        {414, SIPCODE_CLASS_REQUEST_FAILURE, 0, "request_uri_too_long", "Request-URI Too Long", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.4.12",
         "RFC 5057 s5.1 table 2",
         "The Request-URI is longer than the server will process, so resending it unchanged fails again. Shorten it where it is built (dial plan, URI parameters, embedded headers).",
         "The address dialed is too long."},
        {415, SIPCODE_CLASS_REQUEST_FAILURE, 0, "unsupported_media_type", "Unsupported Media Type", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000007), UINT64_C(0x0000000000001c00),
         "Accept, Accept-Encoding, Accept-Language", "Content-Encoding, Content-Language, Content-Type",
         "RFC 3261 s8.1.3.5; s21.4.13; s16.7",
         "RFC 5057 s5.1 table 2",
         "The body format is not supported. Resend using only the types, encodings and languages listed in the Accept, Accept-Encoding and Accept-Language headers.",
         "The other side cannot handle this type of content."},
        {416, SIPCODE_CLASS_REQUEST_FAILURE, 0, "unsupported_uri_scheme", "Unsupported URI Scheme", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_RECURSE, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s8.1.3.5; s21.4.14; s16.7",
         "RFC 5057 s5.1 table 2 note 2",
         "The Request-URI scheme (for example tel:) is not supported. Retry with a sip: or sips: URI; a proxy that rewrote the URI should add the SIP form to its target set.",
         "That address type is not supported."},
        {417, SIPCODE_CLASS_REQUEST_FAILURE, 0, "unknown_resource_priority", "Unknown Resource-Priority", "RFC4412",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000008), UINT64_C(0x0000000800000000),
         "Accept-Resource-Priority", "Resource-Priority",
         "RFC 4412 s4.6.2; s4.7.1",
         "RFC 5057 s5.1 table 2",
         "No Resource-Priority value was understood although the request required resource-priority. Retry with a value listed in Accept-Resource-Priority.",
         "The priority level of this call is not supported."},
        {420, SIPCODE_CLASS_REQUEST_FAILURE, 0, "bad_extension", "Bad Extension", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000400000000000), UINT64_C(0x0000000440000000),
         "Unsupported", "Proxy-Require, Require",
         "RFC 3261 s8.1.3.5; s8.2.2.3; s21.4.15; s16.7",
         "RFC 5057 s5.1 table 2",
         "The server lacks an extension the request required. Remove the option-tags listed in Unsupported from Require and Proxy-Require, then resend.",
         "The other side does not support a required feature."},
        {421, SIPCODE_CLASS_REQUEST_FAILURE, 0, "extension_required", "Extension Required", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000400000000), UINT64_C(0x0000100000000000),
         "Require", "Supported",
         "RFC 3261 s21.4.16",
         "RFC 5057 s5.1 table 2",
         "The server needs the extensions listed in its Require header (e.g. 100rel, timer). Enable them and list them in Supported, then resend; otherwise give up.",
         "The other side requires a feature this call lacks."},
        {422, SIPCODE_CLASS_REQUEST_FAILURE, 0, "session_interval_too_small", "Session Interval Too Small", "RFC4028",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000001000000), UINT64_C(0x0000040001000000),
         "Min-SE", "Min-SE, Session-Expires",
         "RFC 4028 s6",
         "RFC 5057 s5.1 table 2 note 5",
         "Session-Expires was below the server's minimum. Retry with Session-Expires at least the Min-SE value from the response, and carry that Min-SE in the request.",
         "The call settings were not accepted."},
        {423, SIPCODE_CLASS_REQUEST_FAILURE, 0, "interval_too_brief", "Interval Too Brief", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000800000), UINT64_C(0x0000000000004000),
         "Min-Expires", "Expires",
         "RFC 3261 s10.2.8; s21.4.17; s20.23",
         "RFC 5057 s5.1 table 2",
         "The requested registration or subscription lifetime is too short. Retry with Expires and any Contact expires parameter at least the Min-Expires value.",
         "The service did not accept these settings."},
        {424, SIPCODE_CLASS_REQUEST_FAILURE, 0, "bad_location_information", "Bad Location Information", "RFC6442",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000040000), UINT64_C(0x0000000000020000),
         "Geolocation-Error", "Geolocation",
         "RFC 6442 s4.3",
         "RFC 6442 s4.3 (not in RFC 5057): a 424 is a final response within a transaction and must not end an existing dialog",
         "The location conveyed with the request could not be used. Check the Geolocation-Error code, then fix, re-supply or grant permission for the Geolocation data.",
         "Your location information could not be used."},
        {425, SIPCODE_CLASS_REQUEST_FAILURE, 0, "bad_alert_message", "Bad Alert Message", "RFC8876",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000010), UINT64_C(0x0000000000000000),
         "AlertMsg-Error", "",
         "RFC 8876 s5.1; s5.2",
         "RFC 8876 s5.2 (not in RFC 5057): does not terminate an existing dialog",
         "The CAP payload of a non-interactive emergency MESSAGE was unusable. Check the AlertMsg-Error code (missing, corrupt or unclear purpose) and fix the payload.",
         "The emergency alert could not be processed."},
        {428, SIPCODE_CLASS_REQUEST_FAILURE, 0, "use_identity_header", "Use Identity Header", "RFC8224",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000080000),
         "", "Identity",
         "RFC 8224 s6.2.2",
         "RFC 5057 s5.1 table 2",
         "The verifier requires a signed Identity header. Route the request through an authentication service and check that call signing is enabled for this caller.",
         "The network must verify caller ID before placing this call."},
        {429, SIPCODE_CLASS_REQUEST_FAILURE, 0, "provide_referrer_identity", "Provide Referrer Identity", "RFC3892",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000200000000),
         "", "Referred-By",
         "RFC 3892 s5; s2.3",
         "RFC 5057 s5.1 table 2 note 6",
         "The transfer target wants a signed Referred-By token. Report the failure to the referrer so it can send the REFER again with a valid Referred-By token.",
         "The transfer could not be completed."},
        {430, SIPCODE_CLASS_REQUEST_FAILURE, 0, "flow_failed", "Flow Failed", "RFC5626",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_RECURSE, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000002000000000),
         "", "Route",
         "RFC 5626 s5.3.1; s7; s11.5",
         "RFC 5626 s11.5 (not in RFC 5057): an endpoint handles 430 as 400, which fails only the transaction",
         "The edge proxy's flow to the callee's device is gone. The authoritative proxy should try another registration of the same instance (another reg-id, RFC 5626 s7); the callee's device re-forms its flow. A caller cannot repair it and handles it as 400 (s11.5).",
         "The person you called could not be reached."},
        {433, SIPCODE_CLASS_REQUEST_FAILURE, 0, "anonymity_disallowed", "Anonymity Disallowed", "RFC5079",
         SIPCODE_NEXT_STEP_ASK_USER, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000008010000),
         "", "From, Privacy",
         "RFC 5079 s5; s4",
         "RFC 5079 s4 (not in RFC 5057): a 433 to a mid-dialog request ends neither the dialog nor the usage",
         "The callee rejects anonymous requests. Ask the user whether to reveal their identity; if so, resend with a real From and without the Privacy header.",
         "This person does not accept calls from hidden numbers."},
        {436, SIPCODE_CLASS_REQUEST_FAILURE, 0, "bad_identity_info", "Bad Identity Info", "RFC8224",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000080000),
         "", "Identity",
         "RFC 8224 s6.2.2",
         "RFC 5057 s5.1 table 2",
         "The verifier could not fetch or use the credential referenced by the Identity header. Check that the certificate URL is reachable and the signer is set up correctly.",
         "The network could not check the caller ID of this call."},
        {437, SIPCODE_CLASS_REQUEST_FAILURE, 0, "unsupported_credential", "Unsupported Credential", "RFC8224",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000080000),
         "", "Identity",
         "RFC 8224 s6.2.2",
         "RFC 5057 s5.1 table 2",
         "The verifier cannot validate the credential that signed the Identity header. Check the signer's certificate chain and that the verifier trusts its issuer.",
         "The network could not confirm the caller ID of this call."},
        {438, SIPCODE_CLASS_REQUEST_FAILURE, 0, "invalid_identity_header", "Invalid Identity Header", "RFC8224",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000080000),
         "", "Identity",
         "RFC 8224 s6.2.2",
         "RFC 5057 s5.1 table 2",
         "The Identity header signature did not verify. Check that no intermediary alters signed fields such as From, To or Date, and that the signer uses the right key.",
         "The caller ID of this call did not pass the network check."},
        {439, SIPCODE_CLASS_REQUEST_FAILURE, 0, "first_hop_lacks_outbound_support", "First Hop Lacks Outbound Support", "RFC5626",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000100002000200),
         "", "Contact, Path, Supported",
         "RFC 5626 s6; s11.6",
         "RFC 5626 s6 (not in RFC 5057): answers a REGISTER, which has no dialog (RFC 5057 s2)",
         "The registrar saw an outbound REGISTER but the first hop added no Path with the ob parameter. Register via an outbound-capable edge proxy, or drop reg-id from Contact.",
         "Registration with the service failed."},
        {440, SIPCODE_CLASS_REQUEST_FAILURE, 0, "max_breadth_exceeded", "Max-Breadth Exceeded", "RFC5393",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000200000),
         "", "Max-Breadth",
         "RFC 5393 s5.1; s5.3.3",
         "RFC 5393 s5.1 (not in RFC 5057): the request did not reach all destinations, a complaint about this request's forking",
         "The parallel forking budget in Max-Breadth ran out. Check forking, hunt group and call-forward settings for too many parallel branches or fork loops.",
         "The call could not be routed."},
        {469, SIPCODE_CLASS_REQUEST_FAILURE, 0, "bad_info_package", "Bad Info Package", "RFC6086",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000100000000), UINT64_C(0x0000000000100000),
         "Recv-Info", "Info-Package",
         "RFC 6086 s4.2.2",
         "RFC 6086 s4.2.2 (not in RFC 5057): the INFO package was refused, the invite usage goes on",
         "The peer does not accept this INFO package in the dialog. Stop sending it and use only packages listed in Recv-Info (for example send DTMF another way).",
         "The information could not be sent during this call."},
        {470, SIPCODE_CLASS_REQUEST_FAILURE, 0, "consent_needed", "Consent Needed", "RFC5360",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000004000000), UINT64_C(0x0000000000000000),
         "Permission-Missing", "",
         "RFC 5360 s5.1",
         "RFC 5360 s5.1 (not in RFC 5057): consent is missing for this request only",
         "A relay needs the recipients' permission first. Obtain consent for the URIs listed in Permission-Missing through the consent framework, then retry.",
         "The recipient must agree before you can contact them."},
        {480, SIPCODE_CLASS_REQUEST_FAILURE, 0, "temporarily_unavailable", "Temporarily Unavailable", "RFC3261",
         SIPCODE_NEXT_STEP_RETRY_LATER, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_USAGE, UINT64_C(0x0000001000000000), UINT64_C(0x0000000000000000),
         "Retry-After", "",
         "RFC 3261 s21.4.18; s20.33",
         "RFC 5057 s5.1 table 2 note 7",
         "The callee is reachable in principle but not now (not registered, do not disturb). Check the callee's registration, retry after Retry-After, or use voicemail.",
         "The person you called is not available right now."},
        {481, SIPCODE_CLASS_REQUEST_FAILURE, 0, "call_transaction_does_not_exist", "Call/Transaction Does Not Exist", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_USAGE, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.4.19; s12.2.1.2; s15.1.1; s9.2",
         "RFC 5057 s5.1 table 2 note 8",
         "The peer has no matching dialog usage or transaction (lost state, restart, wrong tags). Inside a dialog that usage is over (RFC 5057 note 8): end a call with BYE. To a CANCEL or PRACK it concerns only that request.",
         "The other side has no record of this call or request."},
        {482, SIPCODE_CLASS_REQUEST_FAILURE, 0, "loop_detected", "Loop Detected", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000000000000), UINT64_C(0x0000800000000000),
         "", "Via",
         "RFC 3261 s21.4.20; s8.2.2.2; s16.3",
         "RFC 5057 s5.1 table 2 note 9",
         "A proxy saw this request loop, or a UAS got a merged copy by another path. Inspect the Via list and check routing, DNS and forking rules for cycles.",
         "The call could not be routed correctly."},
        {483, SIPCODE_CLASS_REQUEST_FAILURE, 0, "too_many_hops", "Too Many Hops", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000400000),
         "", "Max-Forwards",
         "RFC 3261 s21.4.21; s16.3",
         "RFC 5057 s5.1 table 2 note 10",
         "Max-Forwards reached zero on the way. Look for a routing loop, or raise the initial Max-Forwards (70 is usual) if the path is legitimately long.",
         "The call could not reach its destination."},
        {484, SIPCODE_CLASS_REQUEST_FAILURE, 0, "address_incomplete", "Address Incomplete", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.4.22; s16.7",
         "RFC 5057 s5.1 table 2 note 2",
         "The dialled address is incomplete. Collect more digits and resend (overlap dialling), or check the dial plan and number normalisation on the trunk.",
         "The number you dialed is incomplete."},
        {485, SIPCODE_CLASS_REQUEST_FAILURE, 0, "ambiguous", "Ambiguous", "RFC3261",
         SIPCODE_NEXT_STEP_ASK_USER, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000000000200), UINT64_C(0x0000000000000000),
         "Contact", "",
         "RFC 3261 s21.4.23",
         "RFC 5057 s5.1 table 2 note 2",
         "The address matches several users. Show the candidates from Contact, if any, and let the user choose; never pick one automatically.",
         "That address matches more than one person."},
        {486, SIPCODE_CLASS_REQUEST_FAILURE, 0, "busy_here", "Busy Here", "RFC3261",
         SIPCODE_NEXT_STEP_RETRY_LATER, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000001000000000), UINT64_C(0x0000000000000000),
         "Retry-After", "",
         "RFC 3261 s21.4.24; s20.33",
         "RFC 5057 s5.1 table 2 note 11",
         "The callee's device reported busy. Route to voicemail or a hunt group, or retry after Retry-After if the response carries one.",
         "The line is busy."},
        {487, SIPCODE_CLASS_REQUEST_FAILURE, 0, "request_terminated", "Request Terminated", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.4.25",
         "RFC 5057 s5.1 table 2",
         "The request was cancelled by CANCEL or BYE, the normal result when the caller hangs up. If unexpected, look for CANCELs from a forking proxy or timer.",
         "The call was cancelled."},
        {488, SIPCODE_CLASS_REQUEST_FAILURE, 0, "not_acceptable_here", "Not Acceptable Here", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0001000000000000), UINT64_C(0x0000000000000001),
         "Warning", "Accept",
         "RFC 3261 s21.4.26",
         "RFC 5057 s5.1 table 2",
         "The session offer was rejected at this target. Check the Warning header (codec, transport, encryption), align codec and SRTP settings, then send a new offer.",
         "The other phone does not support this type of call."},
        {489, SIPCODE_CLASS_REQUEST_FAILURE, 0, "bad_event", "Bad Event", "RFC6665",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_USAGE, UINT64_C(0x0000000000000040), UINT64_C(0x0000000000002000),
         "Allow-Events", "Event",
         "RFC 6665 s8.3.2",
         "RFC 5057 s5.1 table 2 note 12",
         "The notifier does not support the package in the Event header. Subscribe to a package listed in Allow-Events, or stop subscribing to this target.",
         "The requested updates are not available."},
        {491, SIPCODE_CLASS_REQUEST_FAILURE, 0, "request_pending", "Request Pending", "RFC3261",
         SIPCODE_NEXT_STEP_RETRY_AFTER_RANDOM_DELAY, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s14.1; s14.2; s21.4.27",
         "RFC 5057 s5.1 table 2",
         "Both sides sent a re-INVITE at once (glare). Wait a random 2.1-4.0 s if you own the Call-ID, otherwise 0-2.0 s, then retry once if still needed.",
         "The call is being updated. Please wait."},
        {493, SIPCODE_CLASS_REQUEST_FAILURE, 0, "undecipherable", "Undecipherable", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.4.28; s23.2",
         "RFC 5057 s5.1 table 2",
         "The recipient could not decrypt the S/MIME body. Re-encrypt with the public key supplied in the response body, or resend unencrypted if policy allows.",
         "The secure message could not be read."},
        {494, SIPCODE_CLASS_REQUEST_FAILURE, 0, "security_agreement_required", "Security Agreement Required", "RFC3329",
         SIPCODE_NEXT_STEP_NEGOTIATE_SECURITY, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000010400000000), UINT64_C(0x0000028000000000),
         "Require, Security-Server", "Security-Client, Security-Verify",
         "RFC 3329 s2.3.1",
         "RFC 5057 s5.1 table 2",
         "The server requires a security agreement. Pick a mechanism from Security-Server, set up the association, and resend with Security-Client and Security-Verify.",
         "A secure connection is required."},
        {500, SIPCODE_CLASS_SERVER_FAILURE, 0, "server_internal_error", "Server Internal Error", "RFC3261",
         SIPCODE_NEXT_STEP_RETRY_LATER, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000001000000000), UINT64_C(0x0000000000000000),
         "Retry-After", "",
         "RFC 3261 s21.5.1; s20.33; s12.2.2; s14.2; s8.1.3.2",
         "RFC 5057 s5.1 table 2 note 13",
         "The server hit an unexpected error. Retry after Retry-After or a few seconds and check its logs. Also sent for out-of-order CSeq or an overlapping INVITE.",
         "A network error occurred. Please try again."},
        {501, SIPCODE_CLASS_SERVER_FAILURE, 0, "not_implemented", "Not Implemented", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_USAGE, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.5.2",
         "RFC 5057 s5.1 table 2 note 3",
         "The server does not recognise this method for any user. Query the peer with OPTIONS before using the method, or fall back to one it supports.",
         "This feature is not supported by the other side."},
        {502, SIPCODE_CLASS_SERVER_FAILURE, 0, "bad_gateway", "Bad Gateway", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.5.3",
         "RFC 5057 s5.1 table 2 note 14",
         "A gateway or proxy got an invalid response from the next hop. Check the downstream server or trunk for malformed replies and interoperability faults.",
         "The call could not be connected through the network."},
        {503, SIPCODE_CLASS_SERVER_FAILURE, 0, "service_unavailable", "Service Unavailable", "RFC3261",
         SIPCODE_NEXT_STEP_FAIL_OVER, SIPCODE_PROXY_ACTION_FAIL_OVER, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000001000000000), UINT64_C(0x0000000000000000),
         "Retry-After", "",
         "RFC 3261 s21.5.4; s20.33; s16.7; RFC 3263 s4.3",
         "RFC 5057 s5.1 table 2 note 15",
         "The server is overloaded or under maintenance. Fail over to the next DNS SRV target and avoid this one for the Retry-After period; check its capacity. Inside a dialog the route is fixed: retry later instead.",
         "The service is temporarily unavailable."},
        {504, SIPCODE_CLASS_SERVER_FAILURE, 0, "server_timeout", "Server Time-out", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.5.5",
         "RFC 5057 s5.1 table 2 note 16",
         "A server the proxy or gateway consulted (DNS, location service, ENUM) did not answer in time. Check the health and latency of those back-end services.",
         "The network took too long to respond."},
        {505, SIPCODE_CLASS_SERVER_FAILURE, 0, "version_not_supported", "Version Not Supported", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.5.6",
         "RFC 5057 s5.1 table 2",
         "The server refuses the SIP version in the request line, so the request cannot succeed as sent. Look for a stack or middlebox that writes a version other than SIP/2.0.",
         "This service could not handle the request."},
        {513, SIPCODE_CLASS_SERVER_FAILURE, 0, "message_too_large", "Message Too Large", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.5.7; s18.1.1",
         "RFC 5057 s5.1 table 2",
         "The message exceeds what the server can process. Shrink it (compact headers, fewer bodies) and send large requests over TCP, as s18.1.1 requires.",
         "The message is too large for the network."},
        {555, SIPCODE_CLASS_SERVER_FAILURE, 0, "push_notification_service_not_supported", "Push Notification Service Not Supported", "RFC8599",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000200),
         "", "Contact",
         "RFC 8599 s4.1.1; s4.1.5; s5.6.1",
         "RFC 8599 s4.1.1 (not in RFC 5057): answers a REGISTER, which has no dialog (RFC 5057 s2)",
         "The proxy does not support the push service named in the Contact pn-provider parameter. Register with a supported push service, or without push.",
         "Push notifications are not available for your device."},
        {580, SIPCODE_CLASS_SERVER_FAILURE, 0, "precondition_failure", "Precondition Failure", "RFC3312",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_COLLECT, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3312 s8",
         "RFC 5057 s5.1 table 2",
         "The callee cannot meet the mandatory preconditions in the SDP, such as a QoS reservation. Check resource reservation and bandwidth on the access network.",
         "The network could not provide the quality this call needs."},
        {600, SIPCODE_CLASS_GLOBAL_FAILURE, 0, "busy_everywhere", "Busy Everywhere", "RFC3261",
         SIPCODE_NEXT_STEP_RETRY_LATER, SIPCODE_PROXY_ACTION_CANCEL_BRANCHES, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000001000000000), UINT64_C(0x0000000000000000),
         "Retry-After", "",
         "RFC 3261 s21.6.1; s20.33; s16.7",
         "RFC 5057 s5.1 table 2 note 17",
         "The callee is busy and no other device will answer. Do not try other targets; offer voicemail or retry after Retry-After if given.",
         "The person you called is busy."},
        {603, SIPCODE_CLASS_GLOBAL_FAILURE, 0, "decline", "Decline", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_CANCEL_BRANCHES, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000001000000000), UINT64_C(0x0000000000000000),
         "Retry-After", "",
         "RFC 3261 s21.6.2; s20.33; s16.7",
         "RFC 5057 s5.1 table 2",
         "The callee explicitly declined. Do not try other targets; if Retry-After is present, wait at least that long before calling again.",
         "The call was declined."},
        {604, SIPCODE_CLASS_GLOBAL_FAILURE, 0, "does_not_exist_anywhere", "Does Not Exist Anywhere", "RFC3261",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_CANCEL_BRANCHES, SIPCODE_DIALOG_EFFECT_DIALOG, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 3261 s21.6.3; s16.7",
         "RFC 5057 s5.1 table 2 note 2",
         "Authoritative answer: the user does not exist anywhere. Check the dialled number or URI and remove it from directories and routing data.",
         "That number does not exist."},
        {606, SIPCODE_CLASS_GLOBAL_FAILURE, 0, "not_acceptable_anywhere", "Not Acceptable", "RFC3261",
         SIPCODE_NEXT_STEP_RESEND_MODIFIED, SIPCODE_PROXY_ACTION_CANCEL_BRANCHES, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0001000000000000), UINT64_C(0x0000000000000000),
         "Warning", "",
         "RFC 3261 s21.6.4; s16.7",
         "RFC 5057 s5.1 table 2",
         "The callee cannot support the offered session anywhere. Read the Warning header for reasons, then let the caller decide whether to retry with other media.",
         "The person you called cannot take this type of call."},
        {607, SIPCODE_CLASS_GLOBAL_FAILURE, 0, "unwanted", "Unwanted", "RFC8197",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_CANCEL_BRANCHES, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000000), UINT64_C(0x0000000000000000),
         "", "",
         "RFC 8197 s4; RFC 8688 s1; RFC 3261 s16.7",
         "RFC 8197 s4 (not in RFC 5057): a 6xx, handled as 600 (RFC 5057 s5.1 note 17)",
         "The called party marked this call as unwanted. Do not retry; call analytics may use this signal, so review the caller's calling pattern.",
         "The call was refused by the person you called."},
        {608, SIPCODE_CLASS_GLOBAL_FAILURE, 0, "rejected", "Rejected", "RFC8688",
         SIPCODE_NEXT_STEP_GIVE_UP, SIPCODE_PROXY_ACTION_CANCEL_BRANCHES, SIPCODE_DIALOG_EFFECT_TRANSACTION, UINT64_C(0x0000000000000100), UINT64_C(0x0000000000008000),
         "Call-Info", "Feature-Caps",
         "RFC 8688 s3.1; s3.2; s3.3; s3.4; RFC 3261 s16.7",
         "RFC 8688 s3.1 (not in RFC 5057): a 6xx, handled as 600 (RFC 5057 s5.1 note 17)",
         "A call-analytics service in the network rejected the call. The jCard in Call-Info (purpose=jwscard) names the operator to contact for redress.",
         "The call was blocked by the network."},
    }};
    return &t;
}

/** The registry: one row per registered code, sorted by code (SIPCODE_REGISTRY_SIZE rows). */
static inline const sipcode_status_info *sipcode_registry(void) { return sipcode_detail_registry_data()->rows; }

/* The row of each code 100..699 plus one, 0 where the code is not registered. */
static inline const unsigned char *sipcode_detail_registry_index(void) {
    static const unsigned char index[600] = {
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 2, 3, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6,
        7, 0, 8, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        10, 11, 12, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 24, 0, 25, 26, 27, 28, 29, 30, 0, 0, 31, 32, 33, 34, 35,
        36, 0, 0, 37, 38, 39, 0, 0, 40, 0, 0, 41, 42, 43, 44, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 46, 47, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 58, 0, 59, 60, 0, 0, 0, 0, 0,
        61, 62, 63, 64, 65, 66, 0, 0, 0, 0, 0, 0, 0, 67, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 68, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 69, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        70, 0, 0, 71, 72, 0, 73, 74, 75, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    };
    return index;
}

#define SIPCODE_DETAIL_DIALOG_RULE_COUNT 17

/* data/dialog-rules.csv: the first rule that matches wins. */
static inline const sipcode_detail_dialog_rule *sipcode_detail_dialog_rules(void) {
    static const sipcode_detail_dialog_rule rules[SIPCODE_DETAIL_DIALOG_RULE_COUNT] = {
        {0x0001U, SIPCODE_DETAIL_ANYWHERE, 0x7eU, 0x00U, {0, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_NONE, 0, 1, SIPCODE_NEXT_STEP_NONE,
         "RFC 3261 s17.1.1.1: ACK is never answered"},
        {0x0004U, SIPCODE_DETAIL_ANYWHERE, 0x78U, 0x00U, {0, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 1, SIPCODE_NEXT_STEP_GIVE_UP,
         "RFC 5057 s5.1 note 8; RFC 3261 s9.1, s9.2: only the CANCEL failed, the INVITE goes on and gets its own final response"},
        {0x0a00U, SIPCODE_DETAIL_ANYWHERE, 0x78U, 0x00U, {0, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 5057 s2: REGISTER and PUBLISH create no dialog or usage"},
        {0x7fefU, SIPCODE_DETAIL_ANYWHERE, 0x00U, 0x00U, {199, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_NONE, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 6228 s4: 199 answers an INVITE only"},
        {0x0002U, SIPCODE_DETAIL_IN_DIALOG, 0x04U, 0x00U, {0, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_USAGE, 0, 1, SIPCODE_NEXT_STEP_DONE,
         "RFC 5057 s4.1: a 2xx to BYE ends the invite usage"},
        {0x0040U, SIPCODE_DETAIL_TERMINATING, 0x04U, 0x00U, {0, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_USAGE, 0, 1, SIPCODE_NEXT_STEP_DONE,
         "RFC 5057 s4.2: a 2xx to a terminating NOTIFY ends the subscription"},
        {0x1042U, SIPCODE_DETAIL_TERMINATING, 0x00U, 0x00U, {401, 407, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 3261 s22.2: resend the request with credentials"},
        {0x1042U, SIPCODE_DETAIL_TERMINATING, 0x00U, 0x06U, {0, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_USAGE, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 3261 s15.1.1; RFC 5057 s5.1 notes 13 and 17: a usage whose ending request failed is over"},
        {0x0100U, SIPCODE_DETAIL_IN_DIALOG, 0x00U, 0x00U, {481, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 3262 s3: the PRACK matched no unacknowledged reliable provisional response"},
        {0x1400U, SIPCODE_DETAIL_NEW_USAGE, 0x00U, 0x04U, {0, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 5057 s5.6: refusing a new usage leaves the dialog and its other usages as they were"},
        {0x1000U, SIPCODE_DETAIL_ESTABLISHED, 0x00U, 0x00U, {408, 502, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 6665 s4.1.2.2: a refresh failing with a code not listed there leaves the subscription valid until it expires"},
        {0x0040U, SIPCODE_DETAIL_ESTABLISHED, 0x00U, 0x00U, {502, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 6665 s4.2.2: a NOTIFY failing with a code not listed there leaves the subscription in place"},
        {0x40a0U, SIPCODE_DETAIL_IN_DIALOG, 0x00U, 0x04U, {0, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 5057 s5.3: OPTIONS, MESSAGE and unknown methods belong to no usage, only failures that end the dialog affect it"},
        {0x0008U, SIPCODE_DETAIL_IN_DIALOG, 0x00U, 0x00U, {405, 489, 501, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 0, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 5057 s5.1 note 3: INFO is not integral to the invite usage"},
        {0x6fbfU, SIPCODE_DETAIL_IN_DIALOG, 0x00U, 0x00U, {489, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 400, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 5057 s5.1 note 12: outside SUBSCRIBE and NOTIFY, 489 is handled as an unknown 4xx"},
        {0x7fffU, SIPCODE_DETAIL_IN_DIALOG, 0x00U, 0x00U, {422, 486, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 400, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 5057 s5.1 notes 5 and 11: meaningless inside an established usage, handled as an unknown 4xx"},
        {0x7fffU, SIPCODE_DETAIL_IN_DIALOG, 0x00U, 0x00U, {503, 0, 0, 0}, SIPCODE_DIALOG_EFFECT_TRANSACTION, 500, 0, SIPCODE_NEXT_STEP_NONE,
         "RFC 5057 s5.1 note 15: the route set of a dialog is fixed, so there is no other server to fail over to: handled as 500"},
    };
    return rules;
}

#define SIPCODE_Q850_CAUSE_COUNT 71

/* Every cause value Q.850 defines, sorted (data/q850-causes.csv). */
static inline const sipcode_q850_cause_info *sipcode_q850_causes(void) {
    static const sipcode_q850_cause_info rows[SIPCODE_Q850_CAUSE_COUNT] = {
        {1, "Unallocated (unassigned) number"},
        {2, "No route to specified transit network (national use)"},
        {3, "No route to destination"},
        {4, "Send special information tone"},
        {5, "Misdialled trunk prefix (national use)"},
        {6, "Channel unacceptable"},
        {7, "Call awarded and being delivered in an established channel"},
        {8, "Preemption"},
        {9, "Preemption - circuit reserved for reuse"},
        {14, "QoR: ported number"},
        {16, "Normal call clearing"},
        {17, "User busy"},
        {18, "No user responding"},
        {19, "No answer from user (user alerted)"},
        {20, "Subscriber absent"},
        {21, "Call rejected"},
        {22, "Number changed"},
        {23, "Redirection to new destination"},
        {24, "Call rejected due to feature at the destination"},
        {25, "Exchange routing error"},
        {26, "Non-selected user clearing"},
        {27, "Destination out of order"},
        {28, "Invalid number format (address incomplete)"},
        {29, "Facility rejected"},
        {30, "Response to STATUS ENQUIRY"},
        {31, "Normal, unspecified"},
        {34, "No circuit/channel available"},
        {38, "Network out of order"},
        {39, "Permanent frame mode connection out of service"},
        {40, "Permanent frame mode connection operational"},
        {41, "Temporary failure"},
        {42, "Switching equipment congestion"},
        {43, "Access information discarded"},
        {44, "Requested circuit/channel not available"},
        {46, "Precedence call blocked"},
        {47, "Resource unavailable, unspecified"},
        {49, "Quality of service not available"},
        {50, "Requested facility not subscribed"},
        {53, "Outgoing calls barred within CUG"},
        {55, "Incoming calls barred within CUG"},
        {57, "Bearer capability not authorized"},
        {58, "Bearer capability not presently available"},
        {62, "Inconsistency in designated outgoing access information and subscriber class"},
        {63, "Service or option not available, unspecified"},
        {65, "Bearer capability not implemented"},
        {66, "Channel type not implemented"},
        {69, "Requested facility not implemented"},
        {70, "Only restricted digital information bearer capability is available (national use)"},
        {79, "Service or option not implemented, unspecified"},
        {81, "Invalid call reference value"},
        {82, "Identified channel does not exist"},
        {83, "A suspended call exists, but this call identity does not"},
        {84, "Call identity in use"},
        {85, "No call suspended"},
        {86, "Call having the requested call identity has been cleared"},
        {87, "User not member of CUG"},
        {88, "Incompatible destination"},
        {90, "Non-existent CUG"},
        {91, "Invalid transit network selection (national use)"},
        {95, "Invalid message, unspecified"},
        {96, "Mandatory information element is missing"},
        {97, "Message type non-existent or not implemented"},
        {98, "Message not compatible with call state or message type non-existent or not implemented"},
        {99, "Information element / parameter non-existent or not implemented"},
        {100, "Invalid information element contents"},
        {101, "Message not compatible with call state"},
        {102, "Recovery on timer expiry"},
        {103, "Parameter non-existent or not implemented, passed on"},
        {110, "Message with unrecognized parameter, discarded"},
        {111, "Protocol error, unspecified"},
        {127, "Interworking, unspecified"},
    };
    return rows;
}

#define SIPCODE_DETAIL_ISUP_ROW_COUNT 32

/* RFC 3398 s7.2.4.1: cause, status, status at the user, status with a diagnostic (0: as status). */
static inline const sipcode_detail_isup_row *sipcode_detail_isup_rows(void) {
    static const sipcode_detail_isup_row rows[SIPCODE_DETAIL_ISUP_ROW_COUNT] = {
        {1, 404, 0, 0},
        {2, 404, 0, 0},
        {3, 404, 0, 0},
        {16, 0, 0, 0},
        {17, 486, 0, 0},
        {18, 408, 0, 0},
        {19, 480, 0, 0},
        {20, 480, 0, 0},
        {21, 403, 603, 0},
        {22, 410, 0, 301},
        {23, 410, 0, 0},
        {26, 404, 0, 0},
        {27, 502, 0, 0},
        {28, 484, 0, 0},
        {29, 501, 0, 0},
        {31, 480, 0, 0},
        {34, 503, 0, 0},
        {38, 503, 0, 0},
        {41, 503, 0, 0},
        {42, 503, 0, 0},
        {47, 503, 0, 0},
        {55, 403, 0, 0},
        {57, 403, 0, 0},
        {58, 503, 0, 0},
        {65, 488, 0, 0},
        {70, 488, 0, 0},
        {79, 501, 0, 0},
        {87, 403, 0, 0},
        {88, 503, 0, 0},
        {102, 504, 0, 0},
        {111, 500, 0, 0},
        {127, 500, 0, 0},
    };
    return rows;
}

#define SIPCODE_DETAIL_SIP_ROW_COUNT 37

/* RFC 3398 s8.2.6.1: status, cause (0: none or by Warning), by Warning, retry first. */
static inline const sipcode_detail_sip_row *sipcode_detail_sip_rows(void) {
    static const sipcode_detail_sip_row rows[SIPCODE_DETAIL_SIP_ROW_COUNT] = {
        {400, 41, 0, 0},
        {401, 21, 0, 1},
        {402, 21, 0, 0},
        {403, 21, 0, 0},
        {404, 1, 0, 0},
        {405, 63, 0, 0},
        {406, 79, 0, 1},
        {407, 21, 0, 1},
        {408, 102, 0, 0},
        {410, 22, 0, 0},
        {413, 127, 0, 1},
        {414, 127, 0, 1},
        {415, 79, 0, 1},
        {416, 127, 0, 1},
        {420, 127, 0, 1},
        {421, 127, 0, 1},
        {423, 127, 0, 1},
        {480, 18, 0, 0},
        {481, 41, 0, 0},
        {482, 25, 0, 0},
        {483, 25, 0, 0},
        {484, 28, 0, 1},
        {485, 1, 0, 0},
        {486, 17, 0, 0},
        {487, 0, 0, 0},
        {488, 0, 1, 0},
        {500, 41, 0, 0},
        {501, 79, 0, 0},
        {502, 38, 0, 0},
        {503, 41, 0, 0},
        {504, 102, 0, 0},
        {505, 127, 0, 1},
        {513, 127, 0, 1},
        {600, 17, 0, 0},
        {603, 21, 0, 0},
        {604, 1, 0, 0},
        {606, 0, 1, 0},
    };
    return rows;
}

#define SIPCODE_DETAIL_UNLISTED_STATUS_CAUSE 31

#define SIPCODE_DETAIL_WARNING_ROW_COUNT 11

/* sipcode's Warning code -> cause table for 488 and 606 (data/q850-warning-causes.csv). */
static inline const sipcode_detail_warning_row *sipcode_detail_warning_rows(void) {
    static const sipcode_detail_warning_row rows[SIPCODE_DETAIL_WARNING_ROW_COUNT] = {
        {300, 65},
        {301, 65},
        {302, 65},
        {303, 65},
        {304, 65},
        {305, 65},
        {306, 65},
        {307, 65},
        {330, 65},
        {331, 65},
        {370, 58},
    };
    return rows;
}

#define SIPCODE_WARN_CODE_COUNT 15

/* IANA's warn-codes, sorted (data/iana-warning-codes.csv). */
static inline const sipcode_warn_code_info *sipcode_warn_codes(void) {
    static const sipcode_warn_code_info rows[SIPCODE_WARN_CODE_COUNT] = {
        {300, "Incompatible network protocol", "RFC3261"},
        {301, "Incompatible network address formats", "RFC3261"},
        {302, "Incompatible transport protocol", "RFC3261"},
        {303, "Incompatible bandwidth units", "RFC3261"},
        {304, "Media type not available", "RFC3261"},
        {305, "Incompatible media format", "RFC3261"},
        {306, "Attribute not understood", "RFC3261"},
        {307, "Session description parameter not understood", "RFC3261"},
        {308, "Incompatible language specification", "RFC8373"},
        {330, "Multicast not available", "RFC3261"},
        {331, "Unicast not available", "RFC3261"},
        {370, "Insufficient bandwidth", "RFC3261"},
        {380, "SIPS Not Allowed", "RFC5630"},
        {381, "SIPS Required", "RFC5630"},
        {399, "Miscellaneous warning", "RFC3261"},
    };
    return rows;
}

/* Per KPI, in enum order: what it counts and its code sets as printed (data/kpi-code-sets.csv). */
static inline const sipcode_detail_kpi_row *sipcode_detail_kpi_rows(void) {
    static const sipcode_detail_kpi_row rows[SIPCODE_KPI_COUNT] = {
        {SIPCODE_KPI_ATTEMPT_SESSION, "200", "3xx, 401, 407"},
        {SIPCODE_KPI_ATTEMPT_SESSION, "200, 480, 486, 600, 603", "3xx, 401, 407"},
        {SIPCODE_KPI_ATTEMPT_SESSION, "408, 500, 503, 504, no final response", "401, 407"},
        {SIPCODE_KPI_ATTEMPT_REGISTRATION, "4xx (not 401, 402, 407), 5xx, 6xx, no final response", "401, 407"},
        {SIPCODE_KPI_ATTEMPT_SESSION, "200", "401, 407"},
        {SIPCODE_KPI_ATTEMPT_SESSION, "200, 480, 486, 600, 603", "401, 407"},
    };
    return rows;
}

#define SIPCODE_DETAIL_KPI_OF_SESSION 0x37U /* the KPIs of a session attempt */
#define SIPCODE_DETAIL_KPI_OF_REGISTRATION 0x08U /* the KPIs of a registration attempt */
#define SIPCODE_DETAIL_KPI_OUTCOME_COUNT 501

/* For each outcome (0: no final response; 1..500: the codes 200..699), the KPIs that count it in
 * their numerator and in their denominator: bit k stands for KPI k. */
static inline const sipcode_detail_kpi_bits *sipcode_detail_kpi_outcomes(void) {
    static const sipcode_detail_kpi_bits outcomes[SIPCODE_DETAIL_KPI_OUTCOME_COUNT] = {
        {12, 63}, /* no final response */
        {51, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 200.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 210.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 220.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 230.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 240.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 250.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 260.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 270.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 280.. */
        {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, {0, 63}, /* 290.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 300.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 310.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 320.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 330.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 340.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 350.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 360.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 370.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 380.. */
        {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, {0, 60}, /* 390.. */
        {8, 63}, {0, 0}, {0, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {0, 0}, {12, 63}, {8, 63}, /* 400.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 410.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 420.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 430.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 440.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 450.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 460.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 470.. */
        {42, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {42, 63}, {8, 63}, {8, 63}, {8, 63}, /* 480.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 490.. */
        {12, 63}, {8, 63}, {8, 63}, {12, 63}, {12, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 500.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 510.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 520.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 530.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 540.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 550.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 560.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 570.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 580.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 590.. */
        {42, 63}, {8, 63}, {8, 63}, {42, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 600.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 610.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 620.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 630.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 640.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 650.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 660.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 670.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 680.. */
        {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, {8, 63}, /* 690.. */
    };
    return outcomes;
}


/* ------------------------------------------------------------------------------------------------
 * Lookups and classify */

/** The registry row of `code`, or NULL if IANA has not registered it. O(1). */
static inline const sipcode_status_info *sipcode_find(int code) {
    unsigned slot;
    if (code < 100 || code > 699) return NULL;
    slot = sipcode_detail_registry_index()[code - 100];
    return slot == 0 ? NULL : &sipcode_registry()[slot - 1];
}

/** True if IANA has registered `code`. */
static inline int sipcode_is_registered(int code) { return sipcode_find(code) != NULL; }

/** The registered reason phrase ("Busy Here"), or NULL for an unregistered code. */
static inline const char *sipcode_reason_phrase(int code) {
    const sipcode_status_info *info = sipcode_find(code);
    return info != NULL ? info->reason : NULL;
}

/** The class of any value: its hundreds digit for 100..699, SIPCODE_CLASS_INVALID otherwise. */
static inline sipcode_status_class sipcode_class_of(int code) {
    return code >= 100 && code <= 699 ? (sipcode_status_class)(code / 100) : SIPCODE_CLASS_INVALID;
}

/** "provisional" ... "global_failure"; "invalid" for SIPCODE_CLASS_INVALID and other values. */
static inline const char *sipcode_status_class_name(sipcode_status_class cls) {
    static const char *const names[7] = {"invalid", "provisional", "success", "redirection",
                                         "request_failure", "server_failure", "global_failure"};
    const unsigned i = (unsigned)cls;
    return names[i < 7U ? i : 0U];
}

/** The code RFC 3261 s8.1.3.2 (and RFC 6665 s8.3.1 for 202) says to act on; 0 outside 100..699. */
static inline int sipcode_effective_code(int code) {
    if (code < 100 || code > 699) return 0;
    if (code == 202) return 200;
    if (sipcode_find(code) != NULL) return code;
    if (code < 200) return 183;
    return code / 100 * 100;
}

/** Classifies any value; never fails. A value outside 0..65535 is classified as 0. */
static inline sipcode_classification sipcode_classify(int code) {
    /* Outside 100..699: no class, not final, no row, nothing to act on. */
    static const sipcode_classification none = {0, SIPCODE_CLASS_INVALID, 0, 0, 0, NULL, NULL};
    sipcode_classification c;
    if (code >= 100 && code <= 699) return sipcode_detail_registry_data()->classified[code - 100];
    c = none;
    c.code = code < 0 || code > 65535 ? 0 : code;
    return c;
}

/** The English message for an end user: the registry's for a registered code, else its class's;
 *  never NULL (the C++ sipcode::english_catalog). */
static inline const char *sipcode_user_message(int code) {
    static const char *const by_class[7] = {
        "The call failed.", "Call in progress.", "Request completed.", "Your call is being redirected.",
        "The call could not be completed.", "A network error occurred. Please try again.",
        "The call cannot be completed."};
    const sipcode_status_info *info = sipcode_find(code);
    return info != NULL ? info->user_message : by_class[sipcode_class_of(code)];
}

/* ------------------------------------------------------------------------------------------------
 * What a UAC does next (the C++ sipcode::advise, docs/next-steps.md) */

/** A request sent outside any dialog; `method` is a NUL-terminated method name ("INVITE"). */
static inline sipcode_request_context sipcode_out_of_dialog(const char *method) {
    sipcode_request_context r;
    r.method = method;
    r.method_len = method != NULL ? strlen(method) : 0;
    r.in_dialog = 0;
    r.terminating = 0;
    r.new_usage = 0;
    r.call_id_owner = 0;
    return r;
}

/** A request sent inside a dialog; set .terminating, .new_usage, .call_id_owner as they apply. */
static inline sipcode_request_context sipcode_in_dialog(const char *method) {
    sipcode_request_context r = sipcode_out_of_dialog(method);
    r.in_dialog = 1;
    return r;
}

static inline int sipcode_detail_method_is(const sipcode_request_context *r, const char *name) {
    const size_t n = strlen(name);
    return r->method_len == n && (n == 0 || memcmp(r->method, name, n) == 0);
}

static inline unsigned sipcode_detail_method_index(const sipcode_request_context *r) {
    unsigned i;
    for (i = 0; i < SIPCODE_METHOD_COUNT; ++i) {
        if (sipcode_detail_method_is(r, sipcode_method_name(i))) return i;
    }
    return SIPCODE_METHOD_COUNT;
}

static inline int sipcode_detail_is_terminating(const sipcode_request_context *r) {
    return r->in_dialog && (r->terminating || sipcode_detail_method_is(r, "BYE"));
}

static inline int sipcode_detail_is_new_usage(const sipcode_request_context *r) {
    return r->in_dialog && (r->new_usage || sipcode_detail_method_is(r, "REFER"));
}

static inline int sipcode_detail_scope_matches(sipcode_detail_scope where, const sipcode_request_context *r) {
    switch (where) {
    case SIPCODE_DETAIL_ANYWHERE: return 1;
    case SIPCODE_DETAIL_IN_DIALOG: return r->in_dialog;
    case SIPCODE_DETAIL_TERMINATING: return sipcode_detail_is_terminating(r);
    case SIPCODE_DETAIL_NEW_USAGE: return sipcode_detail_is_new_usage(r);
    case SIPCODE_DETAIL_ESTABLISHED:
        return r->in_dialog && !sipcode_detail_is_terminating(r) && !sipcode_detail_is_new_usage(r);
    }
    return 0;
}

static inline const sipcode_detail_dialog_rule *sipcode_detail_find_rule(const sipcode_status_info *row,
                                                                         const sipcode_request_context *r) {
    const sipcode_detail_dialog_rule *rules = sipcode_detail_dialog_rules();
    const unsigned method = sipcode_detail_method_index(r);
    unsigned i, k;
    for (i = 0; i < SIPCODE_DETAIL_DIALOG_RULE_COUNT; ++i) {
        const sipcode_detail_dialog_rule *rule = &rules[i];
        if (((rule->methods >> method) & 1U) == 0 || !sipcode_detail_scope_matches(rule->where, r)) continue;
        if ((rule->classes >> (unsigned)(row->code / 100)) & 1U) return rule;
        if ((rule->effects >> (unsigned)row->dialog) & 1U) return rule;
        for (k = 0; k < 4; ++k) {
            if (rule->codes[k] == row->code) return rule;
        }
    }
    return NULL;
}

typedef struct sipcode_detail_dialog_decision {
    sipcode_dialog_effect effect;
    const sipcode_detail_dialog_rule *rule;
    const char *basis;
} sipcode_detail_dialog_decision;

static inline sipcode_detail_dialog_decision sipcode_detail_decide_dialog(const sipcode_status_info *row,
                                                                          const sipcode_request_context *r) {
    sipcode_detail_dialog_decision d;
    d.rule = sipcode_detail_find_rule(row, r);
    if (d.rule != NULL) {
        d.effect = d.rule->effect;
        d.basis = d.rule->basis;
    } else if (r->in_dialog) {
        d.effect = row->dialog;
        d.basis = row->dialog_basis;
    } else if (row->code == 199) {
        d.effect = SIPCODE_DIALOG_EFFECT_DIALOG;
        d.basis = "RFC 6228 s4: a 199 ends the early dialog it names";
    } else {
        d.effect = row->code >= 300 ? SIPCODE_DIALOG_EFFECT_TRANSACTION : SIPCODE_DIALOG_EFFECT_NONE;
        d.basis = "RFC 5057 s5.1: outside a dialog a response ends no dialog or usage";
    }
    return d;
}

/** What a response with this code does to the dialog of the request (NULL: an INVITE outside a
 *  dialog). Codes outside 100..699: none. */
static inline sipcode_dialog_effect sipcode_effect_on_dialog(int code, const sipcode_request_context *request) {
    const sipcode_request_context invite = sipcode_out_of_dialog("INVITE");
    const sipcode_status_info *row = sipcode_find(sipcode_classify(code).effective);
    if (row == NULL) return SIPCODE_DIALOG_EFFECT_NONE;
    return sipcode_detail_decide_dialog(row, request != NULL ? request : &invite).effect;
}

/** What a UAC does after a response with `code` to `request` (NULL: an INVITE outside a dialog),
 *  with the response's Retry-After when it had one (NULL otherwise). */
static inline sipcode_advice sipcode_advise(int code, const sipcode_request_context *request,
                                            const sipcode_retry_after *retry) {
    const sipcode_request_context invite = sipcode_out_of_dialog("INVITE");
    const sipcode_classification c = sipcode_classify(code);
    const sipcode_request_context *r = request != NULL ? request : &invite;
    const sipcode_status_info *row = c.acted;
    const sipcode_status_info *acted;
    sipcode_detail_dialog_decision d;
    sipcode_advice a;
    int timed;
    a.step = SIPCODE_NEXT_STEP_NONE;
    a.dialog = SIPCODE_DIALOG_EFFECT_NONE;
    a.send_bye = 0;
    a.delay_min_ms = 0;
    a.delay_max_ms = 0;
    a.has_delay = 0;
    a.avoid_server_for_s = 0;
    a.available_for_s = 0;
    a.has_duration = 0;
    a.code = c.code;
    a.effective = c.effective;
    a.acted_on = 0;
    if (row == NULL) {
        a.basis = a.dialog_basis = "RFC 3261 s7.2: status codes are 100 to 699";
        return a;
    }
    d = sipcode_detail_decide_dialog(row, r);
    a.dialog = d.effect;
    a.dialog_basis = d.basis;
    acted = row;
    if (d.rule != NULL && d.rule->acts_as != 0) acted = sipcode_find(d.rule->acts_as);
    a.acted_on = acted->code;
    a.basis = acted == row ? acted->basis : d.basis;
    if (d.rule != NULL && d.rule->has_step) {
        a.step = d.rule->step;
        a.basis = d.basis;
        return a;
    }
    if (c.is_final && (d.effect == SIPCODE_DIALOG_EFFECT_USAGE || d.effect == SIPCODE_DIALOG_EFFECT_DIALOG)) {
        a.step = d.effect == SIPCODE_DIALOG_EFFECT_USAGE ? SIPCODE_NEXT_STEP_END_USAGE : SIPCODE_NEXT_STEP_END_DIALOG;
        a.send_bye = d.effect == SIPCODE_DIALOG_EFFECT_USAGE &&
                     (sipcode_detail_method_is(r, "INVITE") || sipcode_detail_method_is(r, "UPDATE") ||
                      sipcode_detail_method_is(r, "PRACK") || sipcode_detail_method_is(r, "INFO"));
        a.basis = d.basis;
        return a;
    }
    timed = retry != NULL && ((acted->response_headers >> SIPCODE_HEADER_RETRY_AFTER) & 1U) != 0;
    if (timed && retry->has_duration) {
        a.available_for_s = (int64_t)retry->duration;
        a.has_duration = 1;
    }
    a.step = acted->uac;
    if (a.step == SIPCODE_NEXT_STEP_FAIL_OVER) {
        if (timed) a.avoid_server_for_s = (int64_t)retry->seconds;
    } else if (a.step == SIPCODE_NEXT_STEP_RETRY_AFTER_RANDOM_DELAY) {
        a.has_delay = 1;
        a.delay_min_ms = r->call_id_owner ? 2100 : 0;
        a.delay_max_ms = r->call_id_owner ? 4000 : 2000;
    } else if (timed) {
        a.step = SIPCODE_NEXT_STEP_RETRY_LATER;
        a.has_delay = 1;
        a.delay_min_ms = a.delay_max_ms = (int64_t)retry->seconds * 1000;
    }
    return a;
}

/* ------------------------------------------------------------------------------------------------
 * Q.850 and RFC 3398 (the default profile of the C++ <sipcode/q850.hpp>) */

/** The Q.850 row of `cause`, or NULL when Q.850 defines no such cause. */
static inline const sipcode_q850_cause_info *sipcode_find_q850_cause(int cause) {
    const sipcode_q850_cause_info *causes = sipcode_q850_causes();
    unsigned i;
    for (i = 0; i < SIPCODE_Q850_CAUSE_COUNT; ++i) {
        if (causes[i].cause == cause) return &causes[i];
    }
    return NULL;
}

/** Q.850's name of `cause` ("User busy"), or NULL when Q.850 defines no such cause. */
static inline const char *sipcode_q850_cause_name(int cause) {
    const sipcode_q850_cause_info *info = sipcode_find_q850_cause(cause);
    return info != NULL ? info->name : NULL;
}

/** The "unspecified" cause of the Q.850 class of `cause` (31, 47, 63, ... 127); 0 above 127. */
static inline int sipcode_q850_unspecified_cause(int cause) {
    if (cause < 0 || cause > 127) return 0;
    return cause < 32 ? 31 : (cause / 16 + 1) * 16 - 1;
}

static inline const sipcode_detail_isup_row *sipcode_detail_find_isup_row(int cause) {
    const sipcode_detail_isup_row *rows = sipcode_detail_isup_rows();
    unsigned i;
    for (i = 0; i < SIPCODE_DETAIL_ISUP_ROW_COUNT; ++i) {
        if (rows[i].cause == cause) return &rows[i];
    }
    return NULL;
}

/** ISUP cause -> SIP final response (RFC 3398 s7.2.4.1), for a cause at `location`, with or
 *  without a diagnostic. A network cause without diagnostic: SIPCODE_Q850_LOCATION_PUBLIC_NETWORK_REMOTE, 0. */
static inline sipcode_q850_to_sip_result sipcode_q850_to_sip(int cause, sipcode_q850_location location,
                                                          int has_diagnostic) {
    sipcode_q850_to_sip_result r;
    const sipcode_detail_isup_row *row = sipcode_detail_find_isup_row(cause);
    if (row != NULL) {
        if (row->status == 0) {
            r.status = 0;
            r.basis = SIPCODE_Q850_BASIS_NO_MAPPING;
        } else if (has_diagnostic && row->diagnostic_status != 0) {
            r.status = row->diagnostic_status;
            r.basis = SIPCODE_Q850_BASIS_DIAGNOSTIC;
        } else if (location == SIPCODE_Q850_LOCATION_USER && row->user_status != 0) {
            r.status = row->user_status;
            r.basis = SIPCODE_Q850_BASIS_USER_LOCATION;
        } else {
            r.status = row->status;
            r.basis = SIPCODE_Q850_BASIS_TABLE;
        }
        return r;
    }
    row = sipcode_detail_find_isup_row(sipcode_q850_unspecified_cause(cause));
    if (row != NULL && row->cause != 0 && row->status != 0) {
        r.status = row->status;
        r.basis = SIPCODE_Q850_BASIS_CLASS_DEFAULT;
        return r;
    }
    r.status = 500;
    r.basis = SIPCODE_Q850_BASIS_UNLISTED;
    return r;
}

/** SIP final response -> ISUP cause (RFC 3398 s8.2.6.1); `warn_code` is the response's Warning
 *  code, 0 when it has none. */
static inline sipcode_sip_to_q850_result sipcode_sip_to_q850(int status, int warn_code) {
    const sipcode_detail_sip_row *rows = sipcode_detail_sip_rows();
    const sipcode_detail_warning_row *warnings = sipcode_detail_warning_rows();
    sipcode_sip_to_q850_result r;
    unsigned i;
    r.user_location = status >= 600 && status <= 699;
    r.retry_first = 0;
    r.cause = SIPCODE_DETAIL_UNLISTED_STATUS_CAUSE;
    r.basis = SIPCODE_Q850_BASIS_UNLISTED;
    for (i = 0; i < SIPCODE_DETAIL_SIP_ROW_COUNT; ++i) {
        if (rows[i].status != status) continue;
        r.retry_first = rows[i].retry_first;
        if (rows[i].by_warning) {
            unsigned k;
            for (k = 0; warn_code != 0 && k < SIPCODE_DETAIL_WARNING_ROW_COUNT; ++k) {
                if (warnings[k].warn_code == warn_code) {
                    r.cause = warnings[k].cause;
                    r.basis = SIPCODE_Q850_BASIS_WARNING;
                    break;
                }
            }
            return r;
        }
        r.cause = rows[i].cause;
        r.basis = rows[i].cause == 0 ? SIPCODE_Q850_BASIS_NO_MAPPING : SIPCODE_Q850_BASIS_TABLE;
        return r;
    }
    return r;
}

/** IANA's warn-code row of `code`, or NULL. */
static inline const sipcode_warn_code_info *sipcode_find_warn_code(int code) {
    const sipcode_warn_code_info *rows = sipcode_warn_codes();
    unsigned i;
    for (i = 0; i < SIPCODE_WARN_CODE_COUNT; ++i) {
        if (rows[i].code == code) return &rows[i];
    }
    return NULL;
}

/* ------------------------------------------------------------------------------------------------
 * KPIs: the ratios of RFC 6076 s4 (SER, SEER, ISA, IRA) and the industry's ASR and NER, and a
 * counter that computes them live (the C++ <sipcode/kpi.hpp>; docs/kpis.md gives the code sets and
 * the readings behind them: 401/407 out of every denominator, no final response an ISA and an IRA,
 * 487 in the session denominators). A session KPI counts each initial INVITE (no To tag) once, by
 * its first final response; a registration KPI counts each REGISTER request once. Retransmissions
 * are not new requests (RFC 6076 s4): count transactions, not messages. */

/** The final code to pass when no final response came: the transaction timed out (Timer B for an
 *  INVITE, Timer F for a REGISTER, RFC 3261 s17.1). */
#define SIPCODE_KPI_NO_FINAL_RESPONSE 0

/* The row of sipcode_detail_kpi_outcomes() for what a KPI can count (a final response 200..699, or
 * SIPCODE_KPI_NO_FINAL_RESPONSE); NULL for any other code. */
static inline const sipcode_detail_kpi_bits *sipcode_detail_kpi_outcome(int code) {
    if (code == SIPCODE_KPI_NO_FINAL_RESPONSE) return &sipcode_detail_kpi_outcomes()[0];
    if (code < 200 || code > 699) return NULL;
    return &sipcode_detail_kpi_outcomes()[code - 199];
}

/** The final responses the numerator of `kpi` counts, as text: "200, 480, 486, 600, 603";
 *  "4xx (not 401, 402, 407), 5xx, 6xx, no final response". "" outside the enum. */
static inline const char *sipcode_kpi_code_set(sipcode_kpi kpi) {
    const unsigned k = (unsigned)kpi;
    return k < SIPCODE_KPI_COUNT ? sipcode_detail_kpi_rows()[k].code_set : "";
}

/** The final responses that take an attempt out of the denominator of `kpi`, as text: "3xx, 401,
 *  407". "" when none do, and outside the enum. */
static inline const char *sipcode_kpi_excluded_set(sipcode_kpi kpi) {
    const unsigned k = (unsigned)kpi;
    return k < SIPCODE_KPI_COUNT ? sipcode_detail_kpi_rows()[k].excluded_set : "";
}

/** What `kpi` counts: initial INVITEs (session) or REGISTER requests (registration); session
 *  outside the enum, as in C++. */
static inline sipcode_kpi_attempt sipcode_kpi_attempt_of(sipcode_kpi kpi) {
    const unsigned k = (unsigned)kpi;
    return k < SIPCODE_KPI_COUNT ? sipcode_detail_kpi_rows()[k].attempt : SIPCODE_KPI_ATTEMPT_SESSION;
}

/** Whether an attempt whose final response is `final_code` (200..699, or
 *  SIPCODE_KPI_NO_FINAL_RESPONSE) counts in the denominator of `kpi`. 0 for any other code (a 1xx,
 *  a negative value, 700 and up) and outside the enum. O(1). */
static inline int sipcode_kpi_in_denominator(sipcode_kpi kpi, int final_code) {
    const sipcode_detail_kpi_bits *o = sipcode_detail_kpi_outcome(final_code);
    const unsigned k = (unsigned)kpi;
    return o != NULL && k < SIPCODE_KPI_COUNT && ((o->denominator >> k) & 1U) != 0;
}

/** Whether an attempt whose final response is `final_code` counts in the numerator of `kpi` (and
 *  so in its denominator too). 0 for codes no KPI counts and outside the enum. O(1). */
static inline int sipcode_kpi_in_numerator(sipcode_kpi kpi, int final_code) {
    const sipcode_detail_kpi_bits *o = sipcode_detail_kpi_outcome(final_code);
    const unsigned k = (unsigned)kpi;
    return o != NULL && k < SIPCODE_KPI_COUNT && ((o->numerator >> k) & 1U) != 0;
}

/** Sets every count of `counter` to 0. */
static inline void sipcode_kpi_counter_init(sipcode_kpi_counter *counter) {
    memset(counter, 0, sizeof *counter);
}

static inline void sipcode_detail_kpi_add(sipcode_kpi_counter *counter, sipcode_kpi_attempt attempt, int code,
                                          uint64_t count) {
    const sipcode_detail_kpi_bits *o = sipcode_detail_kpi_outcome(code);
    unsigned mine, k;
    if (o == NULL) {
        counter->ignored += count;
        return;
    }
    if (attempt == SIPCODE_KPI_ATTEMPT_SESSION) {
        counter->session_attempts += count;
        mine = SIPCODE_DETAIL_KPI_OF_SESSION;
    } else {
        counter->registration_attempts += count;
        mine = SIPCODE_DETAIL_KPI_OF_REGISTRATION;
    }
    for (k = 0; k < SIPCODE_KPI_COUNT; ++k) {
        counter->numerator[k] += (uint64_t)(((o->numerator & mine) >> k) & 1U) * count;
        counter->denominator[k] += (uint64_t)(((o->denominator & mine) >> k) & 1U) * count;
    }
}

/** An initial INVITE (no To tag), once, by its first final response: 200..699, or
 *  SIPCODE_KPI_NO_FINAL_RESPONSE when none came. Any other value is counted in `ignored` only. */
static inline void sipcode_kpi_add_session_attempt(sipcode_kpi_counter *counter, int first_final_code) {
    sipcode_detail_kpi_add(counter, SIPCODE_KPI_ATTEMPT_SESSION, first_final_code, 1);
}

/** A REGISTER request, once (not its retransmissions), by its final response: 200..699, or
 *  SIPCODE_KPI_NO_FINAL_RESPONSE when none came. Any other value is counted in `ignored` only. */
static inline void sipcode_kpi_add_registration_attempt(sipcode_kpi_counter *counter, int final_code) {
    sipcode_detail_kpi_add(counter, SIPCODE_KPI_ATTEMPT_REGISTRATION, final_code, 1);
}

/** `count` initial INVITEs with the same first final response at once (from a histogram of final
 *  codes). */
static inline void sipcode_kpi_add_session_attempts(sipcode_kpi_counter *counter, int first_final_code,
                                                    uint64_t count) {
    sipcode_detail_kpi_add(counter, SIPCODE_KPI_ATTEMPT_SESSION, first_final_code, count);
}

/** `count` REGISTER requests with the same final response at once. */
static inline void sipcode_kpi_add_registration_attempts(sipcode_kpi_counter *counter, int final_code,
                                                         uint64_t count) {
    sipcode_detail_kpi_add(counter, SIPCODE_KPI_ATTEMPT_REGISTRATION, final_code, count);
}

/** The two counts of `kpi` into *numerator and *denominator (either may be NULL); {0, 0} outside
 *  the enum. Returns whether the ratio is defined: 0 when the denominator is 0 (RFC 6076 s4), and
 *  then print "n/a", never 0 %. */
static inline int sipcode_kpi_ratio(const sipcode_kpi_counter *counter, sipcode_kpi kpi, uint64_t *numerator,
                                    uint64_t *denominator) {
    const unsigned k = (unsigned)kpi;
    const uint64_t num = k < SIPCODE_KPI_COUNT ? counter->numerator[k] : 0;
    const uint64_t den = k < SIPCODE_KPI_COUNT ? counter->denominator[k] : 0;
    if (numerator != NULL) *numerator = num;
    if (denominator != NULL) *denominator = den;
    return den != 0;
}

/** Adds the counts of `from` to `into` (per-thread or per-trunk counters into a total). */
static inline void sipcode_kpi_counter_merge(sipcode_kpi_counter *into, const sipcode_kpi_counter *from) {
    unsigned k;
    for (k = 0; k < SIPCODE_KPI_COUNT; ++k) {
        into->numerator[k] += from->numerator[k];
        into->denominator[k] += from->denominator[k];
    }
    into->session_attempts += from->session_attempts;
    into->registration_attempts += from->registration_attempts;
    into->ignored += from->ignored;
}

/* ------------------------------------------------------------------------------------------------
 * The status-line parser (the C++ <sipcode/parse.hpp>, rule for rule: same modes, same errors,
 * same `consumed`). Reads only p[0..n); no NUL terminator needed. */

/** "ok", "incomplete", ... "bare_lf": the C++ to_string(parse_errc); "unknown" for other values. */
static inline const char *sipcode_parse_errc_name(sipcode_parse_errc e) {
    static const char *const names[SIPCODE_PARSE_ERRC_COUNT] = {
        "ok", "incomplete", "leading_empty_line", "not_sip", "bad_version", "unsupported_version",
        "missing_sp_after_version", "extra_space", "missing_code", "code_not_numeric", "code_too_short",
        "code_too_long", "code_out_of_range", "missing_sp_after_code", "bad_phrase_char", "bad_escape",
        "bad_utf8", "control_char", "nul_byte", "bare_cr", "bare_lf"};
    const unsigned i = (unsigned)e;
    return i < SIPCODE_PARSE_ERRC_COUNT ? names[i] : "unknown";
}

/** One line of English: the C++ describe(parse_errc); "unknown parse error" for other values. */
static inline const char *sipcode_parse_errc_describe(sipcode_parse_errc e) {
    static const char *const texts[SIPCODE_PARSE_ERRC_COUNT] = {
        "success", "input ends before the status line does", "empty line before the status line",
        "line does not start with SIP/", "malformed SIP version", "SIP version other than 2.0",
        "no space after the SIP version", "extra whitespace before the status code", "no status code",
        "status code is not numeric", "status code has fewer than three digits",
        "status code has more than three digits", "status code outside 100-699",
        "no space after the status code", "character not allowed in a reason phrase",
        "percent sign not followed by two hex digits", "invalid UTF-8 sequence in the reason phrase",
        "control character in the status line", "NUL byte in the status line", "CR not followed by LF",
        "LF without a preceding CR"};
    const unsigned i = (unsigned)e;
    return i < SIPCODE_PARSE_ERRC_COUNT ? texts[i] : "unknown parse error";
}

/* Octet classes inside the reason phrase; everything below SIPCODE_DETAIL_PO_CONTROL is allowed
 * in lenient mode. */
enum {
    SIPCODE_DETAIL_PO_OK = 0, SIPCODE_DETAIL_PO_LENIENT, SIPCODE_DETAIL_PO_PERCENT,
    SIPCODE_DETAIL_PO_UTF8_2, SIPCODE_DETAIL_PO_UTF8_3, SIPCODE_DETAIL_PO_UTF8_4,
    SIPCODE_DETAIL_PO_UTF8_5, SIPCODE_DETAIL_PO_UTF8_6, SIPCODE_DETAIL_PO_BAD_HIGH,
    SIPCODE_DETAIL_PO_CONTROL, SIPCODE_DETAIL_PO_NUL, SIPCODE_DETAIL_PO_CR, SIPCODE_DETAIL_PO_LF
};

/* 0 ok (incl. SP, HTAB, 0x80..0xBF), 1 lenient-only printable, 2 '%', 3..7 UTF-8 lead octets of
 * 2..6-octet sequences, 8 0xFE/0xFF, 9 control, 10 NUL, 11 CR, 12 LF. */
static inline const unsigned char *sipcode_detail_phrase_table(void) {
    static const unsigned char table[256] = {
        10, 9, 9, 9, 9, 9, 9, 9, 9, 0, 12, 9, 9, 11, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        0, 0, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 9,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 8, 8};
    return table;
}

static inline int sipcode_detail_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int sipcode_detail_is_hex(unsigned char c) {
    return sipcode_detail_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline int sipcode_detail_is_ws(unsigned char c) { return c == ' ' || c == '\t'; }
static inline int sipcode_detail_is_line_end(unsigned char c) { return c == '\r' || c == '\n'; }

static inline sipcode_parse_result sipcode_detail_fail(sipcode_parse_result r, sipcode_parse_errc e, size_t at) {
    r.ec = e;
    r.consumed = at;
    return r;
}

/* The error for an unexpected octet `c` where a structural element was expected. */
static inline sipcode_parse_errc sipcode_detail_octet_error(unsigned char c, sipcode_parse_errc otherwise) {
    if (c == 0) return SIPCODE_PARSE_NUL_BYTE;
    if (c != '\r' && c != '\n' && c != '\t' && (c < 0x20 || c == 0x7F)) return SIPCODE_PARSE_CONTROL_CHAR;
    return otherwise;
}

/* The fast paths of the C++ parser: "SIP/2.0 ddd " read as two little-endian words (g++ and clang),
 * and the phrase checked 16 octets at a time with SSE2 (GNU vector extensions, as in C++, so that no
 * intrinsics header is included). Other compilers and targets use the general path alone. */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__)
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SIPCODE_DETAIL_C_FAST_PREFIX 1
#endif
#endif
#if defined(SIPCODE_DETAIL_C_FAST_PREFIX) && defined(__SSE2__)
#define SIPCODE_DETAIL_C_FAST_PHRASE 1
#endif
/* With the fast path in front, the general parser is kept out of line (as in C++: inlined, its many
 * live values made every caller save and restore registers even on the fast path). Without
 * optimisation it stays `inline`, so that an unoptimised translation unit that never parses does
 * not get a copy. */
#if defined(SIPCODE_DETAIL_C_FAST_PREFIX) && defined(__OPTIMIZE__)
#define SIPCODE_DETAIL_C_GENERAL_PATH static __attribute__((noinline))
#else
#define SIPCODE_DETAIL_C_GENERAL_PATH static inline
#endif

static inline sipcode_parse_result sipcode_detail_empty_result(void) {
    sipcode_parse_result r;
    r.ec = SIPCODE_PARSE_INCOMPLETE;
    r.consumed = 0;
    r.code = 0;
    r.reason = NULL;
    r.reason_len = 0;
    r.version = NULL;
    r.version_len = 0;
    return r;
}

#if defined(SIPCODE_DETAIL_C_FAST_PHRASE)
/* The fast phrase scan of the C++ parser (<sipcode/detail/status_line_fast.hpp>, which gives the
 * grammar behind each step), in C: it only certifies a phrase (it ends at this CRLF and every
 * octet before it is valid) or has a doubt, and the general parser below then reads the line. */
typedef signed char sipcode_detail_s16 __attribute__((vector_size(16)));
typedef char sipcode_detail_c16 __attribute__((vector_size(16)));

static inline sipcode_detail_s16 sipcode_detail_load16(const char *p) {
    sipcode_detail_s16 v;
    __builtin_memcpy(&v, p, 16);
    return v;
}

/* Bit k set when the sign bit of lane k is set (pmovmskb). */
static inline unsigned sipcode_detail_lane_mask(sipcode_detail_s16 v) {
    return (unsigned)__builtin_ia32_pmovmskb128((sipcode_detail_c16)v);
}

/* Lane k all ones when octet k of v is a plain phrase octet: letters, SP and 0x27..0x3B, phrase
 * octets in both modes; any other octet ("!" too) takes the slower checks. Range tests with signed
 * compares: x + (0x80 - lo) < 0x80 + (hi - lo + 1), wrapping. */
static inline sipcode_detail_s16 sipcode_detail_plain_lanes(sipcode_detail_s16 v) {
    const sipcode_detail_s16 letter = (sipcode_detail_s16)((v | 0x20) + 0x1F) < -128 + 26; /* a-z, A-Z */
    const sipcode_detail_s16 mark = (sipcode_detail_s16)(v + 0x59) < -128 + 21;            /* 0x27..0x3B */
    const sipcode_detail_s16 space = (sipcode_detail_s16)(v == 0x20);                      /* SP */
    return letter | mark | space;
}

/* Bit k set when octet k of v is not a plain phrase octet. */
static inline unsigned sipcode_detail_non_plain_mask(sipcode_detail_s16 v) {
    return sipcode_detail_lane_mask(sipcode_detail_plain_lanes(v)) ^ 0xFFFFU;
}

/* Lane k all ones when octet k of v is no control octet (0x00..0x1F but HTAB, and 0x7F): the octets
 * lenient mode stops at. */
static inline sipcode_detail_s16 sipcode_detail_no_control_lanes(sipcode_detail_s16 v) {
    const sipcode_detail_s16 low = (sipcode_detail_s16)(v ^ -128) < -128 + 0x20; /* 0x00..0x1F */
    const sipcode_detail_s16 tab = (sipcode_detail_s16)(v != '\t');
    const sipcode_detail_s16 del = (sipcode_detail_s16)(v == 0x7F);
    return ~((low & tab) | del);
}

/* The first index >= i of p[0..n) (n >= 16, i < n) whose octet is not in the lanes of
 * plain_lanes (lenient 0) or no_control_lanes (lenient 1), or n. Reads only inside p[0..n): the
 * last block is the final 16 octets, with the octets before i ignored. */
#define SIPCODE_DETAIL_FIND_STOP(name, skip)                                                          \
    static inline size_t name(const char *p, size_t n, size_t i) {                                    \
        unsigned mask;                                                                                \
        for (; n - i > 64; i += 64) { /* long phrases: four blocks, one test */                       \
            const sipcode_detail_s16 all = skip(sipcode_detail_load16(p + i)) &                       \
                                           skip(sipcode_detail_load16(p + i + 16)) &                  \
                                           skip(sipcode_detail_load16(p + i + 32)) &                  \
                                           skip(sipcode_detail_load16(p + i + 48));                   \
            if (sipcode_detail_lane_mask(all) != 0xFFFFU) break;                                      \
        }                                                                                             \
        for (; n - i > 16; i += 16) {                                                                 \
            mask = sipcode_detail_lane_mask(skip(sipcode_detail_load16(p + i))) ^ 0xFFFFU;            \
            if (mask != 0) return i + (size_t)__builtin_ctz(mask);                                    \
        }                                                                                             \
        mask = (sipcode_detail_lane_mask(skip(sipcode_detail_load16(p + n - 16))) ^ 0xFFFFU) >>       \
               (16 - (n - i));                                                                        \
        return mask != 0 ? i + (size_t)__builtin_ctz(mask) : n;                                      \
    }
SIPCODE_DETAIL_FIND_STOP(sipcode_detail_find_plain_stop, sipcode_detail_plain_lanes)
SIPCODE_DETAIL_FIND_STOP(sipcode_detail_find_control_stop, sipcode_detail_no_control_lanes)
#undef SIPCODE_DETAIL_FIND_STOP

/* The first index >= i of p[0..n) that is not a plain octet (or n); inputs shorter than 16 octets
 * are left to the scalar scan. */
static inline size_t sipcode_detail_skip_plain(const char *p, size_t n, size_t i) {
    if (n < 16 || i >= n) return i;
    return sipcode_detail_find_plain_stop(p, n, i);
}
#endif

/* The end of the run of phrase octets from `i` that `mode` accepts on their own. */
static inline size_t sipcode_detail_scan_run(const char *p, size_t n, size_t i, int lenient) {
    const unsigned char *table = sipcode_detail_phrase_table();
#if defined(SIPCODE_DETAIL_C_FAST_PHRASE)
    const unsigned limit = lenient ? (unsigned)SIPCODE_DETAIL_PO_CONTROL : (unsigned)SIPCODE_DETAIL_PO_OK + 1U;
    for (;;) {
        unsigned char c;
        i = sipcode_detail_skip_plain(p, n, i);
        if (i == n) return i;
        c = (unsigned char)p[i];
        if (c == '\r' || table[c] >= limit) return i;
        ++i;
    }
#else
    if (lenient) {
        while (i < n && table[(unsigned char)p[i]] < SIPCODE_DETAIL_PO_CONTROL) ++i;
    } else {
        while (i < n && table[(unsigned char)p[i]] == SIPCODE_DETAIL_PO_OK) ++i;
    }
    return i;
#endif
}

/* Scans the reason phrase from `i`; fills reason/consumed or returns the error. */
SIPCODE_DETAIL_C_GENERAL_PATH sipcode_parse_result sipcode_detail_parse_phrase(
    const char *p, size_t n, size_t i, int lenient, sipcode_parse_result r) {
    const unsigned char *table = sipcode_detail_phrase_table();
    size_t start = i;
    if (lenient) {
        while (start < n && sipcode_detail_is_ws((unsigned char)p[start])) ++start;
        i = start;
    }
    for (;;) {
        size_t end, after;
        i = sipcode_detail_scan_run(p, n, i, lenient);
        end = i;
        after = i;
        if (i == n) {
            if (!lenient) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
            after = n;
        } else if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') {
            after = i + 2;
        } else {
            const unsigned char c = (unsigned char)p[i];
            size_t k, follow;
            switch (table[c]) {
            case SIPCODE_DETAIL_PO_CR:
                if (i + 1 < n) {
                    if (p[i + 1] != '\n') return sipcode_detail_fail(r, SIPCODE_PARSE_BARE_CR, i);
                    after = i + 2;
                } else {
                    if (!lenient) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
                    after = n;
                }
                break;
            case SIPCODE_DETAIL_PO_LF:
                if (!lenient) return sipcode_detail_fail(r, SIPCODE_PARSE_BARE_LF, i);
                after = i + 1;
                break;
            case SIPCODE_DETAIL_PO_NUL: return sipcode_detail_fail(r, SIPCODE_PARSE_NUL_BYTE, i);
            case SIPCODE_DETAIL_PO_CONTROL: return sipcode_detail_fail(r, SIPCODE_PARSE_CONTROL_CHAR, i);
            case SIPCODE_DETAIL_PO_LENIENT: return sipcode_detail_fail(r, SIPCODE_PARSE_BAD_PHRASE_CHAR, i);
            case SIPCODE_DETAIL_PO_BAD_HIGH: return sipcode_detail_fail(r, SIPCODE_PARSE_BAD_UTF8, i);
            case SIPCODE_DETAIL_PO_PERCENT:
                for (k = 1; k <= 2; ++k) {
                    if (i + k >= n) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
                    if (!sipcode_detail_is_hex((unsigned char)p[i + k])) {
                        return sipcode_detail_fail(r, SIPCODE_PARSE_BAD_ESCAPE, i);
                    }
                }
                i += 3;
                continue;
            default: /* a UTF-8 lead octet */
                follow = (size_t)(table[c] - SIPCODE_DETAIL_PO_UTF8_2) + 1U;
                for (k = 1; k <= follow; ++k) {
                    unsigned char cont;
                    if (i + k >= n) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
                    cont = (unsigned char)p[i + k];
                    if (cont < 0x80 || cont > 0xBF) return sipcode_detail_fail(r, SIPCODE_PARSE_BAD_UTF8, i);
                }
                i += follow + 1;
                continue;
            }
        }
        if (lenient) {
            while (end > start && sipcode_detail_is_ws((unsigned char)p[end - 1])) --end;
        }
        r.reason = p + start;
        r.reason_len = end - start;
        r.consumed = after;
        r.ec = SIPCODE_PARSE_OK;
        return r;
    }
}

/* The whole status line, every rule checked in order. */
SIPCODE_DETAIL_C_GENERAL_PATH sipcode_parse_result sipcode_detail_parse_line(const char *p, size_t n,
                                                                                   int lenient) {
    sipcode_parse_result r = sipcode_detail_empty_result();
    size_t i = 0, k, version_start, code_start;
    unsigned value = 0;
    int part;
    unsigned char sep;
    if (p == NULL) n = 0; /* p may be NULL when n is 0 */

    /* Leading empty lines: CRLF or a bare LF. A CR is a line end only with its LF. */
    if (lenient) {
        while (i < n && sipcode_detail_is_line_end((unsigned char)p[i])) {
            if (p[i] == '\r') {
                if (i + 1 == n) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
                if (p[i + 1] != '\n') return sipcode_detail_fail(r, SIPCODE_PARSE_BARE_CR, i);
                ++i;
            }
            ++i;
        }
    } else if (n > 0 && sipcode_detail_is_line_end((unsigned char)p[0])) {
        return sipcode_detail_fail(r, SIPCODE_PARSE_LEADING_EMPTY_LINE, 0);
    }

    /* SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT */
    version_start = i;
    for (k = 0; k < 4; ++k, ++i) {
        unsigned char c;
        if (i == n) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
        c = (unsigned char)p[i];
        if (c >= 'a' && c <= 'z' && k < 3) c = (unsigned char)(c - 'a' + 'A');
        if (c != (unsigned char)"SIP/"[k]) {
            return sipcode_detail_fail(r, sipcode_detail_octet_error((unsigned char)p[i], SIPCODE_PARSE_NOT_SIP), i);
        }
    }
    for (part = 0; part < 2; ++part) {
        const size_t digits_start = i;
        while (i < n && sipcode_detail_is_digit((unsigned char)p[i])) ++i;
        if (i == n) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
        if (i == digits_start) {
            return sipcode_detail_fail(r, sipcode_detail_octet_error((unsigned char)p[i], SIPCODE_PARSE_BAD_VERSION), i);
        }
        if (part == 0) {
            if (p[i] != '.') {
                return sipcode_detail_fail(r, sipcode_detail_octet_error((unsigned char)p[i], SIPCODE_PARSE_BAD_VERSION), i);
            }
            ++i;
        }
    }
    r.version = p + version_start;
    r.version_len = i - version_start;

    /* SP */
    if (!sipcode_detail_is_ws((unsigned char)p[i]) || (!lenient && p[i] != ' ')) {
        return sipcode_detail_fail(r, sipcode_detail_octet_error((unsigned char)p[i], SIPCODE_PARSE_MISSING_SP_AFTER_VERSION), i);
    }
    if (r.version_len != 7 || memcmp(p + version_start + 4, "2.0", 3) != 0) {
        return sipcode_detail_fail(r, SIPCODE_PARSE_UNSUPPORTED_VERSION, version_start + 4);
    }
    ++i;
    if (lenient) {
        while (i < n && sipcode_detail_is_ws((unsigned char)p[i])) ++i;
    }

    /* Status-Code = 3DIGIT, 100..699 */
    code_start = i;
    for (k = 0; k < 3; ++k, ++i) {
        unsigned char c;
        if (i == n) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
        c = (unsigned char)p[i];
        if (!sipcode_detail_is_digit(c)) {
            sipcode_parse_errc e = SIPCODE_PARSE_CODE_NOT_NUMERIC;
            if (k == 0) {
                if (sipcode_detail_is_ws(c)) e = SIPCODE_PARSE_EXTRA_SPACE;
                else if (sipcode_detail_is_line_end(c)) e = SIPCODE_PARSE_MISSING_CODE;
            } else if (sipcode_detail_is_ws(c) || sipcode_detail_is_line_end(c)) {
                e = SIPCODE_PARSE_CODE_TOO_SHORT;
            }
            return sipcode_detail_fail(r, sipcode_detail_octet_error(c, e), i);
        }
        value = value * 10U + (unsigned)(c - '0');
    }
    /* A fourth digit: no three-digit code, and `code` stays 0. */
    if (i < n && sipcode_detail_is_digit((unsigned char)p[i])) return sipcode_detail_fail(r, SIPCODE_PARSE_CODE_TOO_LONG, i);
    r.code = (int)value;
    if (value < 100 || value > 699) return sipcode_detail_fail(r, SIPCODE_PARSE_CODE_OUT_OF_RANGE, code_start);

    /* SP, then Reason-Phrase CRLF */
    if (i == n) {
        if (!lenient) return sipcode_detail_fail(r, SIPCODE_PARSE_INCOMPLETE, n);
        r.reason = p + n;
        r.reason_len = 0;
        r.consumed = n;
        r.ec = SIPCODE_PARSE_OK;
        return r;
    }
    sep = (unsigned char)p[i];
    if (sep == ' ' || (lenient && sep == '\t')) return sipcode_detail_parse_phrase(p, n, i + 1, lenient, r);
    if (lenient && sipcode_detail_is_line_end(sep)) return sipcode_detail_parse_phrase(p, n, i, lenient, r);
    return sipcode_detail_fail(r, sipcode_detail_octet_error(sep, SIPCODE_PARSE_MISSING_SP_AFTER_CODE), i);
}

#if defined(SIPCODE_DETAIL_C_FAST_PREFIX)
/* The code of a line that starts with exactly "SIP/2.0 " ("SIP" in any case), three digits
 * 100..699 and SP; 0 for anything else. Needs 12 octets. The C++ common_prefix: octets 8..11 as
 * d0 d1 d2 SP become t = d0 - 1, d1, d2, 0, and every octet of t plus (0x7F - its bound) must stay
 * below 0x80 (an octet of 0x80 or more, or a borrow out of d0 - 1, sets a top bit too). */
static inline unsigned sipcode_detail_common_prefix(const char *p) {
    uint64_t head;
    uint32_t tail, t;
    __builtin_memcpy(&head, p, 8);
    __builtin_memcpy(&tail, p + 8, 4);
    t = (tail ^ 0x20303030U) - 1U;
    if ((head | 0x202020U) != UINT64_C(0x20302E322F706973) || (((t + 0x7F76767AU) | t) & 0x80808080U) != 0) {
        return 0;
    }
    /* (t >> 8) * 2561 holds 10 * d1 + d2 in its second octet. */
    return (t & 0xFFU) * 100U + 100U + ((((t >> 8) * 2561U) >> 8) & 0xFFU);
}

/* True when p[e] p[e + 1] is CRLF and inside the n octets. */
static inline int sipcode_detail_crlf_at(const char *p, size_t n, size_t e) {
    return e + 2 <= n && p[e] == '\r' && p[e + 1] == '\n';
}

/* A line starting "SIP/2.0 ddd " (`code`) that is exactly one line: the phrase is p[12, n - 2). */
static inline sipcode_parse_result sipcode_detail_whole_line_result(const char *p, size_t n, unsigned code) {
    sipcode_parse_result r;
    r.ec = SIPCODE_PARSE_OK;
    r.consumed = n;
    r.code = (int)code;
    r.reason = p + 12;
    r.reason_len = n - 14;
    r.version = p;
    r.version_len = 7;
    return r;
}

/* What the fast phrase scan found: the phrase ends at the CRLF at `at`; or it is valid up to `at`,
 * where a printable octet strict mode excludes stands; or a doubt (the general parser decides). */
enum { SIPCODE_DETAIL_SCAN_ENDS, SIPCODE_DETAIL_SCAN_BAD_CHAR, SIPCODE_DETAIL_SCAN_DOUBT };
typedef struct sipcode_detail_phrase_scan {
    size_t at;
    int result;
} sipcode_detail_phrase_scan;

static inline sipcode_detail_phrase_scan sipcode_detail_scan(size_t at, int result) {
    sipcode_detail_phrase_scan s;
    s.at = at;
    s.result = result;
    return s;
}

#if defined(SIPCODE_DETAIL_C_FAST_PHRASE)
/* True when p[0..n) (16 to 46 octets, starting "SIP/2.0 ddd ") is exactly one line of plain
 * octets: it ends with its CRLF and every octet from 12 up to that CRLF is plain. One or two blocks
 * ending just before the CRLF, read whole (the prefix octets they take in are plain). */
static inline int sipcode_detail_is_whole_plain_line(const char *p, size_t n) {
    uint16_t last;
    __builtin_memcpy(&last, p + n - 2, 2);
    if (last != 0x0A0D) return 0;
    if (n <= 30) {
        if (n >= 18) return sipcode_detail_lane_mask(sipcode_detail_plain_lanes(sipcode_detail_load16(p + n - 18))) == 0xFFFFU;
        return (sipcode_detail_non_plain_mask(sipcode_detail_load16(p)) & (0xFFFFU >> (18 - n))) == 0; /* 16, 17 */
    }
    return sipcode_detail_lane_mask(sipcode_detail_plain_lanes(sipcode_detail_load16(p + 12)) &
                                    sipcode_detail_plain_lanes(sipcode_detail_load16(p + n - 18))) == 0xFFFFU;
}

/* One block of tier 2 of strict mode: the octets i .. i + width of the phrase, lanes shift .. 16
 * of v; `required` holds the continuation octets still owed from i on. Returns 1 and sets `end`
 * when the phrase ends here at a CRLF, 3 and sets `end` when a valid phrase runs into a printable
 * octet strict mode excludes, 2 when in doubt, 0 when the phrase goes on. */
static inline int sipcode_detail_strict_block(const char *p, size_t n, size_t i, sipcode_detail_s16 v,
                                              unsigned shift, unsigned width, unsigned *required, size_t *end) {
    const unsigned char *table = sipcode_detail_phrase_table();
    const unsigned non_ascii = sipcode_detail_lane_mask(v) >> shift;
    /* The ASCII octets the plain test did not take, one at a time. */
    unsigned other = (sipcode_detail_non_plain_mask(v) >> shift) & ~non_ascii;
    unsigned stop = 16, cont = 0;
    for (; other != 0; other &= other - 1) {
        const unsigned k = (unsigned)__builtin_ctz(other);
        const size_t at = i + k;
        const unsigned char c = (unsigned char)p[at];
        if (table[c] == SIPCODE_DETAIL_PO_OK) continue;
        if (c == '%' && at + 2 < n && sipcode_detail_is_hex((unsigned char)p[at + 1]) &&
            sipcode_detail_is_hex((unsigned char)p[at + 2])) {
            continue; /* its two HEXDIG are plain octets */
        }
        stop = k;
        break;
    }
    if (non_ascii != 0) {
        /* 0x80..0xBF are continuation octets; any other non-ASCII octet before the end leads a
         * sequence and owes one (0xC0), two (0xE0) or three (0xF0) continuation octets; 0xF8..0xFF
         * go to the general parser. */
        unsigned lead;
        cont = sipcode_detail_lane_mask((sipcode_detail_s16)(v < -64)) >> shift;
        lead = non_ascii & ~cont & ((1U << stop) - 1U);
        if (lead != 0) {
            unsigned from_e0, from_f0;
            if ((~(sipcode_detail_lane_mask((sipcode_detail_s16)(v < -8)) >> shift) & lead) != 0) return 2;
            from_e0 = ~(sipcode_detail_lane_mask((sipcode_detail_s16)(v < -32)) >> shift) & lead;
            from_f0 = ~(sipcode_detail_lane_mask((sipcode_detail_s16)(v < -16)) >> shift) & lead;
            *required |= (lead << 1) | (from_e0 << 2) | (from_f0 << 3);
        }
    }
    if (stop < width) {
        unsigned char c;
        /* Nothing may be owed at or after the end, and everything owed before it is there. */
        if ((*required >> stop) != 0 || (*required & ~cont) != 0) return 2;
        *end = i + stop;
        if (sipcode_detail_crlf_at(p, n, *end)) return 1;
        c = (unsigned char)p[*end];
        return c > 0x20 && c < 0x7F && c != '%' ? 3 : 2;
    }
    if ((*required & ~cont & ((1U << width) - 1U)) != 0) return 2;
    *required >>= width;
    return 0;
}

/* Tier 2 of strict mode from i, where the phrase is valid up to i (no sequence left open). n >= 16. */
static inline sipcode_detail_phrase_scan sipcode_detail_strict_phrase_end_from(const char *p, size_t n, size_t i) {
    unsigned required = 0;
    size_t end = 0;
    int r;
    for (; n - i >= 16; i += 16) {
        r = sipcode_detail_strict_block(p, n, i, sipcode_detail_load16(p + i), 0, 16, &required, &end);
        if (r == 1) return sipcode_detail_scan(end, SIPCODE_DETAIL_SCAN_ENDS);
        if (r != 0) return sipcode_detail_scan(end, r == 3 ? SIPCODE_DETAIL_SCAN_BAD_CHAR : SIPCODE_DETAIL_SCAN_DOUBT);
    }
    if (i < n) { /* the last block is the final 16 octets, shifted down */
        const unsigned width = (unsigned)(n - i);
        r = sipcode_detail_strict_block(p, n, i, sipcode_detail_load16(p + n - 16), 16 - width, width, &required, &end);
        if (r == 1) return sipcode_detail_scan(end, SIPCODE_DETAIL_SCAN_ENDS);
        if (r == 3) return sipcode_detail_scan(end, SIPCODE_DETAIL_SCAN_BAD_CHAR);
    }
    return sipcode_detail_scan(0, SIPCODE_DETAIL_SCAN_DOUBT); /* no CRLF (incomplete), or a doubt */
}
#endif

/* True when p[0..n), a line of 16..46 octets starting "SIP/2.0 ddd ", is exactly one line of plain
 * octets that the mode takes as it stands: the phrase is p[12, n - 2). */
static inline int sipcode_detail_is_common_whole_line(const char *p, size_t n, int lenient) {
#if defined(SIPCODE_DETAIL_C_FAST_PHRASE)
    /* Lenient mode trims SP at either end of the phrase: those lines go the long way. */
    return sipcode_detail_is_whole_plain_line(p, n) && (!lenient || (p[12] != ' ' && p[n - 3] != ' '));
#else
    (void)p;
    (void)n;
    (void)lenient;
    return 0;
#endif
}

/* The phrase of a line starting "SIP/2.0 ddd ", from 12, as the mode reads it untrimmed. */
static inline sipcode_detail_phrase_scan sipcode_detail_common_phrase_end(const char *p, size_t n, int lenient) {
#if defined(SIPCODE_DETAIL_C_FAST_PHRASE)
    if (n >= 16) {
        size_t e;
        if (lenient) {
            e = sipcode_detail_find_control_stop(p, n, 12);
            /* Lenient mode trims SP and HTAB at either end of the phrase: those lines go the long way. */
            if (sipcode_detail_crlf_at(p, n, e) &&
                (e == 12 || (!sipcode_detail_is_ws((unsigned char)p[12]) && !sipcode_detail_is_ws((unsigned char)p[e - 1])))) {
                return sipcode_detail_scan(e, SIPCODE_DETAIL_SCAN_ENDS);
            }
            return sipcode_detail_scan(0, SIPCODE_DETAIL_SCAN_DOUBT);
        }
        /* A short line that failed the whole-line test holds another octet: tier 2 from the start. */
        if (n <= 46) return sipcode_detail_strict_phrase_end_from(p, n, 12);
        e = sipcode_detail_find_plain_stop(p, n, 12);
        if (sipcode_detail_crlf_at(p, n, e)) return sipcode_detail_scan(e, SIPCODE_DETAIL_SCAN_ENDS);
        return sipcode_detail_strict_phrase_end_from(p, n, e);
    }
#else
    (void)lenient;
#endif
    if (sipcode_detail_crlf_at(p, n, 12)) return sipcode_detail_scan(12, SIPCODE_DETAIL_SCAN_ENDS);
    return sipcode_detail_scan(0, SIPCODE_DETAIL_SCAN_DOUBT);
}

/* The rest of the fast path, out of line so that the common whole line keeps no value alive across
 * a call: the line starts "SIP/2.0 ddd " (`code`), the phrase is checked from 12. */
SIPCODE_DETAIL_C_GENERAL_PATH sipcode_parse_result sipcode_detail_parse_after_common_prefix(
    const char *p, size_t n, int lenient, unsigned code) {
    sipcode_parse_result r = sipcode_detail_empty_result();
    sipcode_detail_phrase_scan phrase;
    r.version = p;
    r.version_len = 7;
    r.code = (int)code;
    phrase = sipcode_detail_common_phrase_end(p, n, lenient);
    if (phrase.result == SIPCODE_DETAIL_SCAN_BAD_CHAR) return sipcode_detail_fail(r, SIPCODE_PARSE_BAD_PHRASE_CHAR, phrase.at);
    if (phrase.result == SIPCODE_DETAIL_SCAN_DOUBT) return sipcode_detail_parse_phrase(p, n, 12, lenient, r);
    r.reason = p + 12;
    r.reason_len = phrase.at - 12;
    r.consumed = phrase.at + 2;
    r.ec = SIPCODE_PARSE_OK;
    return r;
}
#endif

/** Parses the status line at the start of p[0..n): one line or a whole message buffer. p may be
 *  NULL only when n is 0. */
static inline sipcode_parse_result sipcode_parse_status_line(const char *p, size_t n, sipcode_parse_mode mode) {
    const int lenient = mode == SIPCODE_PARSE_LENIENT;
#if defined(SIPCODE_DETAIL_C_FAST_PREFIX)
    /* A line that starts "SIP/2.0 ddd ": the fast path certifies the phrase up to its CRLF, where
     * the general parser would find exactly the same; a phrase it is not sure of goes to the
     * general phrase scan, any other line to the general parser. */
    if (n - 16 <= 30) { /* 16..46 octets: most often one whole line of plain octets */
        const unsigned code = sipcode_detail_common_prefix(p);
        if (code != 0) {
            if (sipcode_detail_is_common_whole_line(p, n, lenient)) return sipcode_detail_whole_line_result(p, n, code);
            return sipcode_detail_parse_after_common_prefix(p, n, lenient, code);
        }
    } else if (n >= 12) {
        const unsigned code = sipcode_detail_common_prefix(p);
        if (code != 0) {
            if (n == 14 && p[12] == '\r' && p[13] == '\n') return sipcode_detail_whole_line_result(p, n, code);
            return sipcode_detail_parse_after_common_prefix(p, n, lenient, code);
        }
    }
#endif
    return sipcode_detail_parse_line(p, n, lenient);
}

#ifdef __cplusplus
}
#endif

#endif /* SIPCODE_H */
