// The trace readers (cli/trace/input.hpp) on hand-made inputs of each format. The expected messages
// are counted by hand from the inputs (tests/cli/inputs/ and the strings below), and every input is
// read again with reads of 1, 2, 3, ... bytes: where a block ends must change nothing.
#include "trace/input.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using sipcode::cli::trace::input_summary;
using sipcode::cli::trace::message;
using sipcode::cli::trace::read_trace_bytes;
using sipcode::cli::trace::trace_format;

std::string slurp(const std::string& name) {
    std::ifstream in(std::string(SIPCODE_CLI_INPUTS) + "/" + name, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// One message as a line of text: what it is, where it was seen, and the fields read.
std::string record(const message& m) {
    std::ostringstream o;
    if (m.type == message::kind::request) {
        o << m.method;
    } else if (m.status) {
        o << m.status.line.code;
    } else {
        o << "malformed";
    }
    o << " line=" << m.seen.line;
    if (m.seen.frame != 0) o << " frame=" << m.seen.frame;
    if (m.seen.time_ns) o << " t=" << *m.seen.time_ns;
    if (!m.seen.src.empty()) o << " " << m.seen.src << ">" << m.seen.dst;
    if (!m.seen.transport.empty()) o << " " << m.seen.transport;
    if (!m.call_id.empty()) o << " id=" << m.call_id;
    if (!m.cseq_method.empty()) o << " cseq=" << m.cseq_number << "/" << m.cseq_method;
    if (!m.via_branch.empty()) o << " br=" << m.via_branch;
    if (!m.from_tag.empty()) o << " ft=" << m.from_tag;
    if (!m.to_tag.empty()) o << " tt=" << m.to_tag;
    if (m.rseq) o << " rseq=" << *m.rseq;
    return o.str();
}

struct result {
    input_summary summary;
    std::vector<std::string> messages;
};

result read(std::string_view bytes, std::size_t read_size = std::size_t{1} << 20,
            std::size_t buffer = std::size_t{1} << 20) {
    result r;
    r.summary = read_trace_bytes(bytes, [&](const message& m) { r.messages.push_back(record(m)); }, read_size, buffer);
    return r;
}

// Reads `bytes` whole, then in reads of every size from 1 to `max_step`: the same messages each time.
result read_everywhere(std::string_view bytes, std::size_t max_step = 97) {
    const result whole = read(bytes);
    for (std::size_t step = 1; step <= max_step; ++step) {
        INFO("reads of " << step << " bytes");
        const result part = read(bytes, step);
        CHECK(part.messages == whole.messages);
        CHECK(part.summary.bytes == bytes.size());
    }
    return whole;
}

std::vector<std::string> codes(const result& r) {
    std::vector<std::string> out;
    for (const std::string& m : r.messages) out.push_back(m.substr(0, m.find(' ')));
    return out;
}

}  // namespace

TEST_CASE("read_trace.stack_debug_log_skips_sipfrag_bodies") {
    // tests/cli/inputs/stack-debug.log: INVITE (SDP body), 100, 486 in compact form, two NOTIFYs whose
    // message/sipfrag bodies hold "SIP/2.0 100 Trying" and "SIP/2.0 486 Busy Here" (lines 47 and 59:
    // not responses), and a 200 to the second NOTIFY. The log dropped the CRs that Content-Length counts.
    const result r = read_everywhere(slurp("stack-debug.log"));
    CHECK(codes(r) == std::vector<std::string>{"INVITE", "100", "486", "NOTIFY", "NOTIFY", "200"});
    CHECK(r.summary.requests == 3);
    CHECK(r.summary.responses == 3);
    CHECK(r.summary.files[static_cast<std::size_t>(trace_format::raw_sip)] == 1);
    REQUIRE(r.messages.size() == 6);
    CHECK(r.messages[0] == "INVITE line=3 id=call-1@192.0.2.1 cseq=1/INVITE br=z9hG4bK-inv1 ft=a1");
    CHECK(r.messages[2] == "486 line=28 id=call-1@192.0.2.1 cseq=1/INVITE br=z9hG4bK-inv1 ft=a1 tt=b1");
    CHECK(r.messages[4] == "NOTIFY line=49 id=call-2@192.0.2.1 cseq=3/NOTIFY br=z9hG4bK-n2 ft=b2 tt=a2");
    CHECK(r.messages[5] == "200 line=61 id=call-2@192.0.2.1 cseq=3/NOTIFY br=z9hG4bK-n2 ft=b2 tt=a2");
}

TEST_CASE("read_trace.sipp_trace_msg") {
    // SIPp 3.6.1 `-sn uac -m 2 -trace_msg` against `-sn uas`: per call INVITE, 180, 200, ACK, BYE, 200
    // (the built-in scenarios), 6 "message sent" and 6 "message received" blocks in the log.
    const result r = read_everywhere(slurp("sipp-uac-messages.log"), 31);
    CHECK(codes(r) == std::vector<std::string>{"INVITE", "180", "200", "ACK", "BYE", "200",  //
                                               "INVITE", "180", "200", "ACK", "BYE", "200"});
    // Each message has the time of the separator line before it: "... 2026-12-02 20:07:10.140656".
    REQUIRE(!r.messages.empty());
    CHECK(r.messages[0].find(" t=1796242030140656000 ") != std::string::npos);
}

TEST_CASE("read_trace.sngrep_text_export") {
    const result r = read_everywhere(slurp("sngrep-export.txt"));
    REQUIRE(r.messages.size() == 4);
    // "2026/12/02 10:00:03.500000 192.0.2.2:5060 -> 192.0.2.1:5060" before the 603.
    CHECK(r.messages[2] ==
          "603 line=31 t=1796205603500000000 192.0.2.2:5060>192.0.2.1:5060 id=sng-1@192.0.2.1 cseq=1/INVITE "
          "br=z9hG4bK-s1 ft=a1 tt=b1");
    CHECK(codes(r) == std::vector<std::string>{"INVITE", "180", "603", "ACK"});
}

TEST_CASE("read_trace.comma_joined_status_lines_and_bom") {
    const result joined = read_everywhere(slurp("tshark-status-lines.txt"));
    CHECK(codes(joined) == std::vector<std::string>{"100", "180", "200", "183", "486", "487"});
    const result bom = read_everywhere(slurp("bom-status-lines.txt"));
    CHECK(bom.messages == std::vector<std::string>{"486 line=1", "603 line=2"});
}

TEST_CASE("read_trace.tshark_verbose") {
    // tshark 4.0.17 -V of the capture tests/cli/write_pcap.py writes: frame 1 INVITE, 2 a 486, 3 a
    // NOTIFY whose Sipfrag body shows "SIP/2.0 503 Service Unavailable", 4 an ICMP port unreachable
    // quoting the 486 (tshark -V shows that SIP tree at column 0 too), 5 a TCP segment with a 180 and
    // a 200, 6 and 7 OPTIONS and its 200 over IPv6.
    const std::string text = slurp("tshark-verbose.txt");
    const result r = read_everywhere(text, 13);
    CHECK(codes(r) == std::vector<std::string>{"INVITE", "486", "NOTIFY", "180", "200", "OPTIONS", "200"});
    CHECK(r.summary.icmp_quoted == 1);
    REQUIRE(r.messages.size() == 7);
    CHECK(r.messages[4] ==
          "200 line=460 frame=5 t=1764669604123456000 127.0.0.2:5060>127.0.0.1:5061 TCP id=c2@x cseq=1/INVITE "
          "br=z9hG4bK-3 ft=a2 tt=b2");
    CHECK(r.messages[1] ==
          "486 line=138 frame=2 t=1764669601123456000 127.0.0.2:5060>127.0.0.1:5061 UDP id=c1@x cseq=1/INVITE "
          "br=z9hG4bK-1 ft=aa tt=bb");
    // A buffer too small for a whole frame still reads every SIP tree (each fits).
    CHECK(read(text, 1000, 4096).messages == r.messages);
}

TEST_CASE("read_trace.tshark_fields") {
    const std::string text = slurp("tshark-fields.txt");
    const result r = read_everywhere(text);
    CHECK(codes(r) == std::vector<std::string>{"INVITE", "486", "NOTIFY", "180", "200", "OPTIONS", "200"});
    CHECK(r.summary.icmp_quoted == 1);
    REQUIRE(r.messages.size() == 7);
    CHECK(r.messages[4] ==
          "200 line=6 frame=5 t=1764669604123456000 127.0.0.2:5060>127.0.0.1:5061 TCP id=c2@x cseq=1/INVITE "
          "br=z9hG4bK-3 ft=a2 tt=b2");
    CHECK(r.messages[6] ==
          "200 line=8 frame=7 t=1764669606123456000 [::1]:5060>[::1]:5061 UDP id=o1@x cseq=1/OPTIONS "
          "br=z9hG4bK-4 ft=a3 tt=b3");
    CHECK(r.messages[1] ==
          "486 line=3 frame=2 t=1764669601123456000 127.0.0.2:5060>127.0.0.1:5061 UDP id=c1@x cseq=1/INVITE "
          "br=z9hG4bK-1 ft=aa tt=bb");
}

TEST_CASE("read_trace.tshark_fields_several_messages_in_a_frame") {
    const std::string text =
        "frame.number\ttcp.srcport\tsip.Status-Line\tsip.Call-ID\tsip.CSeq.method\tsip.to.tag\tsip.Via.branch\n"
        "7\t5060\tSIP/2.0 180 Ringing, early,SIP/2.0 200 OK\tx1,x2\tINVITE,INVITE\tt1,t2\tb1,b0,b2\n"
        "8\t5060\t\t\t\t\t\n"
        "9\t5060\tSIP/2.0 200 OK\tx3\tBYE\tt3\tb3,b4\n";
    const result r = read_everywhere(text);
    CHECK(r.messages == std::vector<std::string>{
                            "180 line=2 frame=7 TCP id=x1 cseq=0/INVITE tt=t1",
                            "200 line=2 frame=7 TCP id=x2 cseq=0/INVITE tt=t2",
                            "200 line=4 frame=9 TCP id=x3 cseq=0/BYE br=b3 tt=t3",
                        });
    CHECK(r.summary.unaligned_frames == 1);  // three branches for two messages: left empty
}

TEST_CASE("read_trace.sipfrag_in_crlf_text_and_content_length_across_blocks") {
    std::string text;
    const std::string frag = "SIP/2.0 503 Service Unavailable\r\n";
    for (int i = 0; i < 20; ++i) {
        text += "NOTIFY sip:a@x SIP/2.0\r\nCSeq: " + std::to_string(i + 1) +
                " NOTIFY\r\nContent-Type: message/sipfrag\r\nContent-Length: " + std::to_string(frag.size()) +
                "\r\n\r\n" + frag + "SIP/2.0 200 OK\r\nCSeq: " + std::to_string(i + 1) + " NOTIFY\r\nl: 0\r\n\r\n";
    }
    const result r = read_everywhere(text, 61);
    CHECK(r.summary.requests == 20);
    CHECK(r.summary.responses == 20);
    for (const std::string& m : r.messages) CHECK(m.rfind("503", 0) != 0);
}

TEST_CASE("read_trace.a_head_longer_than_the_buffer") {
    std::string text = "SIP/2.0 200 OK\r\nX-Long: " + std::string(10000, 'a') + "\r\nCall-ID: late\r\n\r\nSIP/2.0 486 Busy\r\n\r\n";
    const result r = read(text, 4096, 4096);
    CHECK(r.summary.truncated_heads == 1);
    CHECK(codes(r) == std::vector<std::string>{"200", "486"});
    CHECK(read(text).messages.size() == 2);
}

TEST_CASE("read_trace.detects_inputs_without_messages") {
    struct sample {
        const char* file;
        trace_format format;
        const char* cause;  // a word the notice must hold
    };
    for (const sample& s : {sample{"tshark-summary.txt", trace_format::tshark_summary, "one-line summary"},
                            sample{"utf16-status-lines.txt", trace_format::utf16, "UTF-16"}}) {
        INFO(s.file);
        const result r = read(slurp(s.file));
        CHECK(r.messages.empty());
        CHECK(r.summary.files[static_cast<std::size_t>(s.format)] == 1);
        CHECK(sipcode::cli::trace::zero_messages_notice(r.summary).find(s.cause) != std::string::npos);
    }
    // tshark -T json and -T ek, as tshark 4.0 begins them; -t ad puts a date before the time.
    const result json = read("[\n  {\n    \"_index\": \"packets-2025-12-02\",\n");
    CHECK(json.summary.files[static_cast<std::size_t>(trace_format::json)] == 1);
    const result ek = read("{\"index\":{\"_index\":\"packets-2025-12-02\",\"_type\":\"doc\"}}\n");
    CHECK(ek.summary.files[static_cast<std::size_t>(trace_format::json)] == 1);
    const result dated = read("    1 2025-12-02 10:00:00.123456    127.0.0.1 \xE2\x86\x92 127.0.0.2    SIP 219 Request: INVITE\n");
    CHECK(dated.summary.files[static_cast<std::size_t>(trace_format::tshark_summary)] == 1);
    const result log = read("[2026-12-02 10:00:00] DEBUG received:\nSIP/2.0 200 OK\n\n");
    CHECK(log.summary.files[static_cast<std::size_t>(trace_format::raw_sip)] == 1);
    CHECK(log.messages.size() == 1);
    const result pdml = read("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<pdml version=\"0\">\n");
    CHECK(pdml.summary.files[static_cast<std::size_t>(trace_format::pdml)] == 1);
    const result gz = read(std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8));
    CHECK(gz.summary.files[static_cast<std::size_t>(trace_format::binary)] == 1);
    const result text = read("just some text\nSIP is fun\n");
    CHECK(text.summary.files[static_cast<std::size_t>(trace_format::raw_sip)] == 1);
    CHECK(sipcode::cli::trace::zero_messages_notice(text.summary).find("26 bytes") != std::string::npos);
    const result empty = read("");
    CHECK(empty.summary.files[static_cast<std::size_t>(trace_format::empty)] == 1);
    CHECK(sipcode::cli::trace::zero_messages_notice(read("SIP/2.0 200 OK\n").summary).empty());
}

TEST_CASE("read_trace.fields_header_after_other_text") {
    // A log, then `tshark -T fields -E header=y` output appended to it: the header line switches the
    // rest of the file to the fields reader.
    const std::string text =
        "----------------------------------------------- 2026-01-01\t00:00:00.500000\n"
        "UDP message received [64] bytes :\n\n"
        "SIP/2.0 180 Ringing\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n"
        "frame.number\tsip.Status-Line\tsip.CSeq.method\n"
        "12\tSIP/2.0 486 Busy Here\tINVITE\n"
        "13\tSIP/2.0 200 OK\tBYE\n";
    const result r = read_everywhere(text);
    CHECK(r.messages == std::vector<std::string>{"180 line=4 t=1767225600500000000 cseq=1/INVITE",
                                                 "486 line=9 frame=12 cseq=0/INVITE", "200 line=10 frame=13 cseq=0/BYE"});
    CHECK(r.summary.files[static_cast<std::size_t>(trace_format::tshark_fields)] == 1);
}

TEST_CASE("read_trace.fields_without_a_header_line") {
    // Without a header line the columns are unknown: the lines are text, and only one that starts
    // with a start line (`-e sip.Status-Line` alone) holds messages.
    const std::string text =
        "1\t0.032958\t10.0.1.15\t10.0.0.1\t1 INVITE\tINVITE sip:1@10.0.0.1 SIP/2.0\t\n"
        "2\t0.035990\t10.0.0.1\t10.0.1.15\t1 INVITE\t\tSIP/2.0 100 Trying,SIP/2.0 180 Ringing\n"
        "SIP/2.0 183 Session Progress,SIP/2.0 200 OK\n";
    const result r = read_everywhere(text);
    CHECK(codes(r) == std::vector<std::string>{"183", "200"});
}

TEST_CASE("read_trace.tshark_verbose_truncated_field") {
    // tshark -V shows a header field longer than 240 octets cut, after "[truncated]".
    const std::string text =
        "Frame 9: 900 bytes on wire (7200 bits), 900 bytes captured (7200 bits)\n"
        "Session Initiation Protocol (200)\n"
        "    Status-Line: SIP/2.0 200 OK\n"
        "    Message Header\n"
        "        [truncated]Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-long;received=192.0.2.1;x=" +
        std::string(200, 'a') + "\n"
        "        CSeq: 7 INVITE\n";
    const result r = read_everywhere(text);
    CHECK(r.messages == std::vector<std::string>{"200 line=3 frame=9 cseq=7/INVITE br=z9hG4bK-long"});
}
