// Test driver: reads one capture with read_capture() and prints what came out, for check_captures.py
// to compare with tshark and with each case's scenario.
//
//   capture_messages FILE|-
//
// One line per message: "<frame>\t<time_ns>\t<src>\t<dst>\t<transport>\t<METHOD or code>\t<CSeq method>",
// then "#\t<counter>\t<value>" for the summary's counters, and "#\terror\t<text>" when it has one.
#include "capture.hpp"

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

using namespace sipcode::cli::trace;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fputs("usage: capture_messages FILE|-\n", stderr);
        return 2;
    }
    const int fd = std::strcmp(argv[1], "-") == 0 ? 0 : ::open(argv[1], O_RDONLY);
    if (fd < 0) {
        std::perror(argv[1]);
        return 2;
    }
    char head[64];
    std::size_t got = 0;
    while (got < 24) {  // what read_trace peeks: the first bytes, however the pipe hands them out
        const ssize_t n = ::read(fd, head + got, 24 - got);
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    const std::string_view peeked(head, got);
    if (!looks_like_capture(peeked)) {
        std::fputs("not a capture\n", stderr);
        return 1;
    }
    const message_sink sink = [](const message& m) {
        std::string what = m.type == message::kind::request ? std::string(m.method)
                           : m.status                         ? std::to_string(m.status.line.code)
                                                              : std::string("malformed");
        std::printf("%llu\t%lld\t%.*s\t%.*s\t%.*s\t%s\t%.*s\n", static_cast<unsigned long long>(m.seen.frame),
                    static_cast<long long>(m.seen.time_ns.value_or(-1)), static_cast<int>(m.seen.src.size()),
                    m.seen.src.data(), static_cast<int>(m.seen.dst.size()), m.seen.dst.data(),
                    static_cast<int>(m.seen.transport.size()), m.seen.transport.data(), what.c_str(),
                    static_cast<int>(m.cseq_method.size()), m.cseq_method.data());
    };
    try {
        const capture_summary s = read_capture(peeked, fd, sink);
        auto counter = [](const char* name, std::uint64_t v) {
            std::printf("#\t%s\t%llu\n", name, static_cast<unsigned long long>(v));
        };
        counter("messages", s.messages);
        counter("frames", s.decoding.frames);
        counter("duplicates", s.duplicates);
        counter("truncated_messages", s.truncated_messages);
        counter("hep_packets", s.hep_packets);
        counter("sctp", s.decoding.sctp);
        counter("icmp", s.decoding.icmp);
        counter("tls_streams", s.framing.tls_streams);
        counter("websocket_streams", s.framing.websocket_streams);
        counter("bytes_again", s.tcp.bytes_again);
        counter("bytes_lost", s.tcp.bytes_lost);
        counter("reassembled", s.fragments.reassembled);
        counter("segments_out_of_order", s.tcp.segments_out_of_order);
        if (!s.error.empty()) std::printf("#\terror\t%s\n", s.error.c_str());
        for (const std::string& line : s.describe()) std::fprintf(stderr, "%s\n", line.c_str());
    } catch (const capture_error& e) {
        std::fprintf(stderr, "capture_messages: %s\n", e.what());
        return 1;
    }
    return 0;
}
