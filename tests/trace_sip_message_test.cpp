// read_sip_head (cli/trace/sip_message.hpp) over many shapes of SIP message heads. Every input is
// copied into a heap buffer of exactly its size, so AddressSanitizer sees any read past its end.
// The expected values are read off the messages by hand (RFC 3261 s7, s20).
#include "trace/sip_message.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>

namespace {

using sipcode::cli::trace::head_status;
using sipcode::cli::trace::header_fields;
using sipcode::cli::trace::message;
using sipcode::cli::trace::read_sip_head;
using sipcode::cli::trace::sip_head;

// A copy of `text` in a heap block of exactly its size; views into it stay valid while it lives.
struct exact {
    explicit exact(std::string_view text) : data(new char[text.size() == 0 ? 1 : text.size()]), size(text.size()) {
        text.copy(data.get(), text.size());
    }
    std::string_view view() const { return {data.get(), size}; }
    std::unique_ptr<char[]> data;
    std::size_t size;
};

constexpr std::string_view invite =
    "INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
    "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKnashds8\r\n"
    "Max-Forwards: 70\r\n"
    "To: Bob <sip:bob@biloxi.example.com>\r\n"
    "From: Alice <sip:alice@atlanta.example.com>;tag=1928301774\r\n"
    "Call-ID: a84b4c76e66710@pc33.atlanta.example.com\r\n"
    "CSeq: 314159 INVITE\r\n"
    "Contact: <sip:alice@pc33.atlanta.example.com>\r\n"
    "Content-Type: application/sdp\r\n"
    "Content-Length: 142\r\n"
    "\r\n";

}  // namespace

TEST_CASE("read_sip_head.request_fields") {
    const exact in(invite);
    message m;
    m.seen.frame = 7;  // the origin is the caller's and stays
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(h.status == head_status::complete);
    CHECK(h.head_size == invite.size());
    CHECK(h.blank_line);
    REQUIRE(h.content_length);
    CHECK(*h.content_length == 142);
    CHECK(m.type == message::kind::request);
    CHECK(m.method == "INVITE");
    CHECK(m.start_line == "INVITE sip:bob@biloxi.example.com SIP/2.0");
    CHECK(m.head == invite);
    CHECK(m.call_id == "a84b4c76e66710@pc33.atlanta.example.com");
    CHECK(m.cseq_number == 314159);
    CHECK(m.cseq_method == "INVITE");
    CHECK(m.via_branch == "z9hG4bKnashds8");
    CHECK(m.from_tag == "1928301774");
    CHECK(m.to_tag.empty());
    CHECK(!m.rseq);
    CHECK(m.seen.frame == 7);
}

TEST_CASE("read_sip_head.response_fields_and_compact_forms") {
    // RFC 3261 s7.3.3 compact forms, names in any case, space before the colon, a reliable 183.
    const std::string_view text =
        "SIP/2.0 183 Session Progress\r\n"
        "v: SIP/2.0/UDP 192.0.2.4;branch=z9hG4bK776asdhds ;received=192.0.2.4\r\n"
        "V : SIP/2.0/UDP 192.0.2.9;branch=z9hG4bKnot-the-top\r\n"
        "t: <sip:bob@example.com>;tag=a6c85cf\r\n"
        "F: \"A; <b>\" <sip:alice@example.com;tag=uri-param>;tag=1928301774\r\n"
        "I: 3848276298220188511@example.com\r\n"
        "cseq:   1   INVITE  \r\n"
        "rseq: 988\r\n"
        "L: 0\r\n"
        "\r\n";
    const exact in(text);
    message m;
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(h.status == head_status::complete);
    CHECK(h.head_size == text.size());
    CHECK(m.type == message::kind::response);
    CHECK(m.status);
    CHECK(m.status.line.code == 183);
    CHECK(m.status.line.reason == "Session Progress");
    CHECK(m.start_line == "SIP/2.0 183 Session Progress");
    CHECK(m.method.empty());
    CHECK(m.via_branch == "z9hG4bK776asdhds");
    CHECK(m.to_tag == "a6c85cf");
    CHECK(m.from_tag == "1928301774");
    CHECK(m.call_id == "3848276298220188511@example.com");
    CHECK(m.cseq_number == 1);
    CHECK(m.cseq_method == "INVITE");
    REQUIRE(m.rseq);
    CHECK(*m.rseq == 988);
    REQUIRE(h.content_length);
    CHECK(*h.content_length == 0);
}

TEST_CASE("read_sip_head.top_via_of_a_comma_separated_list") {
    const exact in(
        "SIP/2.0 200 OK\r\n"
        "Via: SIP/2.0/UDP proxy.example.com;branch=z9hG4bK-top, SIP/2.0/UDP ua.example.com;branch=z9hG4bK-2\r\n"
        "\r\n");
    message m;
    CHECK(read_sip_head(in.view(), m).status == head_status::complete);
    CHECK(m.via_branch == "z9hG4bK-top");

    const exact no_branch_first(
        "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP a.example.com, SIP/2.0/UDP b.example.com;branch=z9hG4bK-2\r\n\r\n");
    CHECK(read_sip_head(no_branch_first.view(), m).status == head_status::complete);
    CHECK(m.via_branch.empty());  // the top value has none; the second one's is not the top Via's
}

TEST_CASE("read_sip_head.folded_fields") {
    // RFC 3261 s7.3.1: a field continues on lines that start with SP or HTAB.
    const std::string_view text =
        "BYE sip:bob@example.com SIP/2.0\r\n"
        "Via: SIP/2.0/UDP ua.example.com\r\n"
        "  ;branch=z9hG4bK-folded\r\n"
        "CSeq: 2\r\n"
        "\tBYE\r\n"
        "To: <sip:bob@example.com>\r\n"
        " ;tag=b0b\r\n"
        "Call-ID:\r\n"
        "  folded-call-id\r\n"
        "\r\n";
    const exact in(text);
    message m;
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(h.status == head_status::complete);
    CHECK(h.head_size == text.size());
    CHECK(m.via_branch == "z9hG4bK-folded");
    CHECK(m.cseq_number == 2);
    CHECK(m.cseq_method == "BYE");
    CHECK(m.to_tag == "b0b");
    CHECK(m.call_id == "folded-call-id");
}

TEST_CASE("read_sip_head.first_field_of_a_name_counts") {
    const exact in("SIP/2.0 200 OK\r\nCall-ID: first\r\ni: second\r\nTo: <sip:x@y>;tag=1\r\nt: <sip:x@y>;tag=2\r\n"
                   "Content-Length: 5\r\nl: 9\r\n\r\n");
    message m;
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(m.call_id == "first");
    CHECK(m.to_tag == "1");
    REQUIRE(h.content_length);
    CHECK(*h.content_length == 5);
}

TEST_CASE("read_sip_head.addr_spec_without_brackets") {
    // Without angle brackets the URI holds no ";" (RFC 3261 s20), so ";tag" is a field parameter.
    const exact in("SIP/2.0 200 OK\r\nTo: sip:bob@example.com;tag=plain\r\nFrom: \"Quote \\\" <\" <sip:a@b>;TAG=Upper\r\n\r\n");
    message m;
    CHECK(read_sip_head(in.view(), m).status == head_status::complete);
    CHECK(m.to_tag == "plain");
    CHECK(m.from_tag == "Upper");  // parameter names compare case-insensitively (s7.3.1)
}

TEST_CASE("read_sip_head.bad_field_values_are_left_empty") {
    const exact in("SIP/2.0 200 OK\r\nCSeq: x INVITE\r\nRSeq: 99999999999\r\nContent-Length: 12a\r\n\r\n");
    message m;
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(h.status == head_status::complete);
    CHECK(m.cseq_number == 0);
    CHECK(m.cseq_method.empty());
    CHECK(!m.rseq);
    CHECK(!h.content_length);
}

TEST_CASE("read_sip_head.malformed_status_line_is_still_a_response") {
    const exact in("SIP/2.0 4O4 Not Found\r\nCall-ID: abc\r\n\r\n");
    message m;
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(h.status == head_status::complete);
    CHECK(m.type == message::kind::response);
    CHECK(!m.status);
    CHECK(m.status.ec == sipcode::parse_errc::code_not_numeric);
    CHECK(m.call_id == "abc");
}

TEST_CASE("read_sip_head.not_sip") {
    for (const std::string_view text :
         {std::string_view("HTTP/1.1 200 OK\r\n\r\n"), std::string_view("hello world\r\n\r\n"),
          std::string_view("INVITE bob SIP/2.0\r\n\r\n"),             // a Request-URI holds a ":"
          std::string_view("INVITE sip:bob@x SIP/2.0 x\r\n\r\n"),     // nothing after the version
          std::string_view("INVITE sip:bob@x SIP/3.0\r\n\r\n"),       // SIP/2.0 only
          std::string_view("INVITE  sip:bob@x\r\n\r\n"),               // no version
          std::string_view(" SIP/2.0 200 OK\r\n\r\n"),                 // not at the start
          std::string_view("<?xml version=\"1.0\"?>\r\n")}) {
        INFO(std::string(text));
        const exact in(text);
        message m;
        const sip_head h = read_sip_head(in.view(), m, true);
        CHECK(h.status == head_status::not_sip);
        CHECK(m.start_line.empty());
    }
}

TEST_CASE("read_sip_head.lenient_request_line") {
    const exact in("OPTIONS\tsip:x@y   sip/2.0  \nCSeq: 7 OPTIONS\n\n");
    message m;
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(h.status == head_status::complete);
    CHECK(m.type == message::kind::request);
    CHECK(m.method == "OPTIONS");
    CHECK(m.cseq_number == 7);
    CHECK(h.head_size == in.size);  // bare LFs end lines too
}

TEST_CASE("read_sip_head.keep_alives_before_the_start_line") {
    const std::string_view text = "\r\n\r\n\nSIP/2.0 100 Trying\r\n\r\n";
    const exact in(text);
    message m;
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(h.status == head_status::complete);
    CHECK(h.head_size == text.size());
    CHECK(m.status.line.code == 100);
    CHECK(m.head == "SIP/2.0 100 Trying\r\n\r\n");

    const exact only("\r\n\r\n");
    const sip_head k = read_sip_head(only.view(), m);
    CHECK(k.status == head_status::incomplete);
    CHECK(k.head_size == 4);
    CHECK(read_sip_head(only.view(), m, true).status == head_status::not_sip);
}

TEST_CASE("read_sip_head.every_prefix_is_incomplete") {
    for (std::size_t n = 0; n < invite.size(); ++n) {
        INFO(n);
        const exact in(invite.substr(0, n));
        message m;
        const sip_head h = read_sip_head(in.view(), m);
        CHECK(h.status == head_status::incomplete);
        CHECK(m.start_line.empty());
        // At the end of the input the same bytes are a head as far as it goes, or no message yet.
        const sip_head e = read_sip_head(in.view(), m, true);
        CHECK(e.status != head_status::incomplete);
        CHECK(e.head_size <= n);
        if (e.status == head_status::complete) CHECK(m.type == message::kind::request);
    }
}

TEST_CASE("read_sip_head.frames_a_stream_by_content_length") {
    // RFC 3261 s18.3: message size = head_size + Content-Length; two messages back to back, the first
    // with a message/sipfrag body holding a status line that is not a message of its own.
    const std::string body = "SIP/2.0 503 Service Unavailable\r\n";
    const std::string stream = "NOTIFY sip:a@x SIP/2.0\r\nCSeq: 2 NOTIFY\r\nContent-Type: message/sipfrag\r\n"
                               "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body +
                               "SIP/2.0 200 OK\r\nCSeq: 2 NOTIFY\r\nContent-Length: 0\r\n\r\n";
    const exact in(stream);
    message m;
    const sip_head first = read_sip_head(in.view(), m);
    REQUIRE(first.status == head_status::complete);
    REQUIRE(first.content_length);
    CHECK(m.method == "NOTIFY");
    const std::size_t next = first.head_size + *first.content_length;
    const sip_head second = read_sip_head(in.view().substr(next), m);
    CHECK(second.status == head_status::complete);
    CHECK(m.status.line.code == 200);
    CHECK(m.cseq_method == "NOTIFY");
    CHECK(next + second.head_size == stream.size());
}

TEST_CASE("read_sip_head.head_ended_by_a_line_that_is_no_field") {
    // Logs: a message head followed by a log line, or bare status lines one after the other.
    const std::string_view text = "SIP/2.0 180 Ringing\r\nCSeq: 1 INVITE\r\n2026-12-02 10:00:00 DEBUG next\r\n";
    const exact in(text);
    message m;
    const sip_head h = read_sip_head(in.view(), m);
    CHECK(h.status == head_status::complete);
    CHECK(!h.blank_line);
    CHECK(h.head_size == std::string_view("SIP/2.0 180 Ringing\r\nCSeq: 1 INVITE\r\n").size());
    CHECK(m.cseq_method == "INVITE");

    const exact lines("SIP/2.0 180 Ringing\nSIP/2.0 486 Busy Here\n");
    CHECK(read_sip_head(lines.view(), m).head_size == 20);
    CHECK(m.status.line.code == 180);
}

TEST_CASE("read_sip_head.at_end_completes_a_head_without_its_empty_line") {
    const exact in("SIP/2.0 486 Busy Here\r\nCall-ID: x");
    message m;
    CHECK(read_sip_head(in.view(), m).status == head_status::incomplete);
    const sip_head h = read_sip_head(in.view(), m, true);
    CHECK(h.status == head_status::complete);
    CHECK(!h.blank_line);
    CHECK(h.head_size == in.size);
    CHECK(m.call_id == "x");
}

TEST_CASE("header_fields.one_line_at_a_time") {
    message m;
    header_fields f;
    CHECK(f.field("Call-ID: abc@host", m));
    CHECK(f.field("CSeq: 9 REGISTER", m));
    CHECK(f.field("l: 12", m));
    CHECK(f.field("Call-ID: second", m));
    CHECK(!f.field("Sent-by Address 127.0.0.1", m));
    CHECK(m.call_id == "abc@host");
    CHECK(m.cseq_number == 9);
    CHECK(m.cseq_method == "REGISTER");
    REQUIRE(f.content_length);
    CHECK(*f.content_length == 12);
}
