// sipcode CLI: SIP messages out of reassembled TCP streams (see sip_stream_framer.hpp).
#include "sip_stream_framer.hpp"

#include "sip_message.hpp"

#include <algorithm>
#include <limits>

namespace sipcode::cli::trace {
namespace {

constexpr char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

bool contains_nocase(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

void sip_stream_framer::emit(message& m, const tcp_stream_info& stream) {
    m.seen.frame = frame_;
    m.seen.time_ns = time_ns_;
    m.seen.src = stream.src;
    m.seen.dst = stream.dst;
    m.seen.transport = "TCP";
    ++counts_.messages;
    sink_(m);
}

void sip_stream_framer::drop_pending(state& st) {
    if (!st.pending.empty() || st.skip > 0) ++counts_.partial_messages_lost;
    total_ -= st.pending.size();
    st.pending.clear();
    st.pending.shrink_to_fit();
    st.skip = 0;
}

std::size_t sip_stream_framer::frame_messages(const tcp_stream_info& stream, state& st, std::string_view v) {
    std::size_t pos = 0;
    while (pos < v.size()) {
        std::string_view rem = v.substr(pos);
        if (st.skip_line) {  // the rest of a line that is not SIP
            const std::size_t nl = rem.find('\n');
            const std::size_t n = nl == std::string_view::npos ? rem.size() : nl + 1;
            counts_.bytes_not_sip += n;
            pos += n;
            st.skip_line = nl == std::string_view::npos;
            continue;
        }
        std::size_t k = 0;  // CRLF keep-alives
        while (k < rem.size() && (rem[k] == '\r' || rem[k] == '\n')) ++k;
        pos += k;
        rem.remove_prefix(k);
        if (rem.empty()) break;

        message m;
        const sip_head h = read_sip_head(rem, m);
        if (h.status == head_status::complete) {
            std::size_t body = 0;
            if (h.blank_line) {
                if (h.content_length) {
                    body = *h.content_length;
                } else {
                    ++counts_.without_content_length;
                }
            }
            const std::size_t room = std::numeric_limits<std::size_t>::max() - h.head_size;
            const std::size_t size = h.head_size + std::min(body, room);
            st.what = kind::sip;
            if (size <= rem.size()) {
                emit(m, stream);
                pos += size;
                continue;
            }
            if (size > limits_.max_message) {
                ++counts_.large_messages;
                emit(m, stream);
                st.skip = size - rem.size();
                return v.size();
            }
            return pos;  // the rest of the body is still to come
        }
        if (h.status == head_status::incomplete && rem.size() <= limits_.max_head) return pos;
        // Not the start of a SIP message, or a head too long to hold: skip its first line.
        if (h.status == head_status::incomplete) ++counts_.partial_messages_lost;
        const std::size_t nl = rem.find('\n');
        const std::size_t n = nl == std::string_view::npos ? rem.size() : nl + 1;
        if (h.status == head_status::not_sip) counts_.bytes_not_sip += n;
        pos += n;
        st.skip_line = nl == std::string_view::npos;
    }
    return v.size();
}

void sip_stream_framer::data(const tcp_stream_info& stream, std::string_view bytes) {
    state& st = streams_[stream.id];
    if (st.what == kind::tls || st.what == kind::websocket) return;
    if (st.what == kind::unknown && st.pending.empty() && !st.skip_line) {
        // TLS: a handshake record (type 22, version 3.x: RFC 8446 s5.1). WebSocket: an HTTP upgrade
        // request or its 101 answer (RFC 6455 s4, RFC 7118 s5).
        if (bytes.size() >= 2 && bytes[0] == '\x16' && bytes[1] == '\x03') {
            st.what = kind::tls;
            ++counts_.tls_streams;
            return;
        }
        if ((starts_with(bytes, "GET ") || starts_with(bytes, "HTTP/1.1 101")) &&
            contains_nocase(bytes.substr(0, 4096), "websocket")) {
            st.what = kind::websocket;
            ++counts_.websocket_streams;
            return;
        }
    }
    if (st.skip > 0) {
        const std::size_t n = std::min(st.skip, bytes.size());
        st.skip -= n;
        bytes.remove_prefix(n);
        if (bytes.empty()) return;
    }
    if (st.pending.empty()) {
        const std::size_t used = frame_messages(stream, st, bytes);
        const std::string_view rest = bytes.substr(used);
        if (rest.empty()) return;
        if (total_ + rest.size() > limits_.max_total) {
            ++counts_.partial_messages_lost;
            st.skip_line = true;
            return;
        }
        st.pending.assign(rest.data(), rest.size());
        total_ += rest.size();
        return;
    }
    if (total_ + bytes.size() > limits_.max_total) {
        drop_pending(st);
        st.skip_line = true;
        return;
    }
    st.pending.append(bytes.data(), bytes.size());
    total_ += bytes.size();
    const std::size_t used = frame_messages(stream, st, st.pending);
    total_ -= used;
    st.pending.erase(0, used);
}

void sip_stream_framer::gap(const tcp_stream_info& stream) {
    const auto it = streams_.find(stream.id);
    if (it == streams_.end()) return;
    drop_pending(it->second);
    it->second.skip_line = false;
}

void sip_stream_framer::closed(const tcp_stream_info& stream) {
    const auto it = streams_.find(stream.id);
    if (it == streams_.end()) return;
    drop_pending(it->second);
    streams_.erase(it);
}

}  // namespace sipcode::cli::trace
