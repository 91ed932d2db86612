// Interop with a real SIP peer: SIPp runs as a UAS on 127.0.0.1 with the scenario written by
// make_uas_scenario.py, and this program is the UAC. It sends one OPTIONS per response in
// cases.tsv over UDP, receives each response SIPp really sends from its socket, and checks it
// with sipcode: parse_status_line in both modes (code, phrase byte for byte, where the header
// fields start), classify (registered or not, the RFC 3261 s8.1.3.2 code to act on), and for the
// responses that carry Retry-After, Reason or Warning, the values as SIPp relayed them: each field
// line is found in the header block that starts where the parser stopped, parsed by sipcode, its
// numbers compared with the digits read here, and decide() given them; Content-Length, which SIPp
// computes itself, must match the body.
//
// One INFO the scenario does not expect is answered by SIPp itself (-aa): that 200 OK is a status
// line and header block SIPp builds from its own text, checked the same way.
//
// What this proves: SIPp sends each status line from our scenario text, so the phrase check shows
// the line survives a real stack's send path byte for byte (UTF-8 and empty phrases included) and
// that sipcode reads it where a UA would; it does not prove the phrases right (registry_test
// checks those against IANA's data).
//
//   sipp_interop <scenario.xml> <cases.tsv> <work directory>
//
// Loopback only, ports chosen at run time, a timeout on every receive, 30 s at most in all. SIPp
// is always stopped: by us on every exit path, by the kernel if we die (PR_SET_PDEATHSIG), and by
// its own -timeout. Exit 77 (CTest: skipped) when sipp is not installed, unless
// SIPCODE_REQUIRE_SIPP=1, as in CI, makes that a failure. SIPP=<path> picks the binary.
#include <sipcode/sipcode.hpp>
#include <sipcode/telephony.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using clock_type = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr int skip_exit_code = 77;
constexpr auto whole_test_budget = std::chrono::seconds(30);

struct response_case {
    std::uint16_t code;
    std::string phrase;
    bool from_registry;               // a row of the registry CSV, sent with its registered phrase
    std::vector<std::string> fields;  // "Name: value" lines the response carries besides the usual
};

std::string shown(std::string_view s) {
    std::string out;
    sipcode::escape_copy(s, std::back_inserter(out));
    return out;
}

std::string from_hex(const std::string& hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    }
    return out;
}

std::vector<response_case> read_cases(const std::string& path) {
    std::ifstream in(path);
    std::vector<response_case> cases;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string code, hex, kind, extra;
        std::getline(fields, code, '\t');
        std::getline(fields, hex, '\t');
        std::getline(fields, kind, '\t');
        std::getline(fields, extra, '\t');
        std::vector<std::string> lines;
        std::istringstream split(from_hex(extra));
        for (std::string l; std::getline(split, l, '\r');) lines.push_back(l);
        cases.push_back({static_cast<std::uint16_t>(std::stoi(code)), from_hex(hex), kind == "registry", lines});
    }
    return cases;
}

std::string find_sipp() {
    if (const char* env = std::getenv("SIPP"); env != nullptr && *env != '\0') return env;
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        const std::string candidate = (dir.empty() ? "." : dir) + "/sipp";
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return {};
}

sockaddr_in loopback(std::uint16_t port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// A UDP socket on 127.0.0.1 and a port the kernel picks; closed by the destructor.
class udp_socket {
public:
    udp_socket() : fd_(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0)) {
        sockaddr_in a = loopback(0);
        if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
            std::perror("udp socket on 127.0.0.1");
            std::exit(1);
        }
    }
    ~udp_socket() { ::close(fd_); }
    udp_socket(const udp_socket&) = delete;
    udp_socket& operator=(const udp_socket&) = delete;

    int fd() const { return fd_; }
    std::uint16_t port() const {
        sockaddr_in a{};
        socklen_t len = sizeof a;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
        return ntohs(a.sin_port);
    }

private:
    int fd_;
};

// SIPp as a child process: stopped, and waited for, whatever happens.
class sipp_process {
public:
    sipp_process(const std::string& sipp, const std::vector<std::string>& args, const std::string& dir) {
        const pid_t parent = ::getpid();
        pid_ = ::fork();
        if (pid_ < 0) {
            std::perror("fork");
            std::exit(1);
        }
        if (pid_ == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // if the test dies, SIPp dies with it
            if (::getppid() != parent) ::_exit(127);
            const int null = ::open("/dev/null", O_RDONLY);
            const std::string screen = dir + "/sipp_screen.log";
            const int log = ::open(screen.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (null < 0 || log < 0 || ::chdir(dir.c_str()) != 0) ::_exit(127);
            ::dup2(null, 0);
            ::dup2(log, 1);
            ::dup2(log, 2);
            std::vector<char*> argv;
            argv.push_back(const_cast<char*>(sipp.c_str()));
            for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            ::execv(sipp.c_str(), argv.data());
            std::fprintf(stderr, "cannot run %s: %s\n", sipp.c_str(), std::strerror(errno));
            ::_exit(127);
        }
    }
    ~sipp_process() { stop(); }
    sipp_process(const sipp_process&) = delete;
    sipp_process& operator=(const sipp_process&) = delete;

    bool running() {
        if (pid_ <= 0) return false;
        if (::waitpid(pid_, &status_, WNOHANG) == pid_) pid_ = -1;
        return pid_ > 0;
    }
    // Waits up to `limit` for SIPp to end by itself; returns its exit code, or -1.
    int wait_for_exit(milliseconds limit) {
        const auto until = clock_type::now() + limit;
        while (running() && clock_type::now() < until) std::this_thread::sleep_for(milliseconds(20));
        if (running()) return -1;
        return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
    }
    void stop() {
        if (!running()) return;
        ::kill(pid_, SIGTERM);
        if (wait_for_exit(milliseconds(1000)) == -1 && running()) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, &status_, 0);
            pid_ = -1;
        }
    }

private:
    pid_t pid_ = -1;
    int status_ = 0;
};

std::string request(std::uint16_t sipp_port, std::uint16_t our_port, std::size_t n,
                    std::string_view method = "OPTIONS") {
    const std::string host = "127.0.0.1";
    std::ostringstream m;
    m << method << " sip:uas@" << host << ':' << sipp_port << " SIP/2.0\r\n"
      << "Via: SIP/2.0/UDP " << host << ':' << our_port << ";branch=z9hG4bK-sipcode-" << ::getpid() << '-'
      << n << "\r\n"
      << "Max-Forwards: 70\r\n"
      << "From: <sip:uac@" << host << ">;tag=sipcode-uac\r\n"
      << "To: <sip:uas@" << host << ">\r\n"
      << "Call-ID: sipcode-interop-" << ::getpid() << '@' << host << "\r\n"
      << "CSeq: " << n << ' ' << method << "\r\n"
      << "Content-Length: 0\r\n\r\n";
    return m.str();
}

// The number in the CSeq header field of a message, or 0.
unsigned long cseq_of(std::string_view message) {
    const std::size_t at = message.find("\r\nCSeq: ");
    if (at == std::string_view::npos) return 0;
    return std::strtoul(std::string(message.substr(at + 8, 12)).c_str(), nullptr, 10);
}

enum class wait_result { received, timeout, refused };

wait_result receive(int fd, std::string& out, milliseconds limit) {
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(limit.count()));
    if (ready <= 0) return wait_result::timeout;
    char buf[65536];
    const ssize_t got = ::recv(fd, buf, sizeof buf, 0);
    if (got < 0) return errno == ECONNREFUSED ? wait_result::refused : wait_result::timeout;
    out.assign(buf, static_cast<std::size_t>(got));
    return wait_result::received;
}

// Sends request `n` until the response with CSeq `n` arrives (retransmitting as RFC 3261 17.1.2.2
// does, T1 = 500 ms, at most `limit`), and returns it; "" on timeout.
std::string transact(int fd, const std::string& message, unsigned long n, milliseconds limit,
                     sipp_process& sipp) {
    const auto until = clock_type::now() + limit;
    milliseconds interval(n == 1 ? 100 : 500);  // the first request also waits for SIPp to start
    while (clock_type::now() < until && sipp.running()) {
        ::send(fd, message.data(), message.size(), 0);
        const auto resend_at = clock_type::now() + interval;
        while (clock_type::now() < resend_at) {
            std::string datagram;
            const auto left = std::chrono::duration_cast<milliseconds>(resend_at - clock_type::now());
            const wait_result w = receive(fd, datagram, std::max(left, milliseconds(1)));
            if (w == wait_result::refused) {  // not listening yet: ICMP port unreachable
                std::this_thread::sleep_for(milliseconds(50));
                break;
            }
            if (w == wait_result::received && cseq_of(datagram) == n) return datagram;
            // anything else is a stale retransmitted response: keep waiting
        }
        if (n != 1) interval = std::min(interval * 2, milliseconds(2000));
    }
    return {};
}

void print_tail(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    for (std::size_t i = lines.size() > 10 ? lines.size() - 10 : 0; i < lines.size(); ++i) {
        std::printf("  | %s\n", shown(lines[i]).c_str());
    }
}

// RFC 3261 s8.1.3.2 and RFC 6665 s8.3.1, written out here rather than taken from the library.
std::uint16_t code_to_act_on(std::uint16_t code, bool registered) {
    if (code == 202) return 200;
    if (registered) return code;
    return code < 200 ? 183 : static_cast<std::uint16_t>(code / 100 * 100);
}

// The header block of a response: "Name: value" lines from `from` to the empty line, and the body.
struct header_block {
    std::vector<std::string_view> lines;
    std::string_view body;
    bool complete = false;  // the empty line was found
};

header_block headers_of(std::string_view datagram, std::size_t from) {
    header_block h;
    while (from < datagram.size()) {
        const std::size_t end = datagram.find("\r\n", from);
        if (end == std::string_view::npos) break;
        if (end == from) {
            h.complete = true;
            h.body = datagram.substr(end + 2);
            break;
        }
        h.lines.push_back(datagram.substr(from, end - from));
        from = end + 2;
    }
    return h;
}

// The value of the first `name:` line, or "" (header names compared as SIPp writes them).
std::string_view value_of(const header_block& h, std::string_view name) {
    for (const std::string_view l : h.lines) {
        if (l.size() > name.size() + 1 && l.compare(0, name.size(), name) == 0 && l[name.size()] == ':') {
            std::string_view v = l.substr(name.size() + 1);
            while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
            return v;
        }
    }
    return {};
}

// The number the digits at the start of `text` (after `prefix`) spell, read here without sipcode.
unsigned long digits_after(std::string_view text, std::string_view prefix) {
    const std::size_t at = text.find(prefix);
    if (at == std::string_view::npos) return 0;
    return std::strtoul(std::string(text.substr(at + prefix.size())).c_str(), nullptr, 10);
}

// The fields SIPp relayed: each expected line present as sent, parsed by sipcode with the numbers
// the digits spell, and decide() taking them in.
void check_fields(const response_case& want, const header_block& h, std::ostringstream& problems) {
    if (!h.complete) {
        problems << " no empty line after the header fields;";
        return;
    }
    const std::string_view length = value_of(h, "Content-Length");
    if (length.empty() || std::strtoul(std::string(length).c_str(), nullptr, 10) != h.body.size()) {
        problems << " Content-Length \"" << shown(length) << "\" is not the body's " << h.body.size() << ';';
    }
    for (const std::string& line : want.fields) {
        bool found = false;
        for (const std::string_view l : h.lines) found = found || l == line;
        if (!found) problems << " field \"" << shown(line) << "\" missing;";
    }
    const sipcode::response_fields fields{value_of(h, "Retry-After"), value_of(h, "Reason"), value_of(h, "Warning")};
    if (fields.retry_after.empty() && fields.reason.empty() && fields.warning.empty()) return;
    const sipcode::decision d = sipcode::decide(want.code, sipcode::out_of_dialog("OPTIONS"), fields);
    if (d.defect != sipcode::field_errc::ok) problems << " " << d.defective_field << ": " << sipcode::describe(d.defect) << ';';
    if (!fields.retry_after.empty() &&
        (!d.has_retry_after || d.retry_after_value.seconds != digits_after(fields.retry_after, "") ||
         d.retry_after_value.duration != digits_after(fields.retry_after, "duration="))) {
        problems << " Retry-After read as " << d.retry_after_value.seconds << ';';
    }
    const unsigned long q850 = digits_after(fields.reason, "Q.850;cause=");
    if (!fields.reason.empty() && (!d.has_q850 || d.q850_cause != q850 || d.release_cause != q850)) {
        problems << " Reason Q.850 cause read as " << unsigned{d.q850_cause} << ';';
    }
    if (!fields.warning.empty() && (!d.has_warning || d.warning.code != digits_after(fields.warning, ""))) {
        problems << " Warning code read as " << d.warning.code << ';';
    }
}

// SIPp's own 200 OK to an INFO (-aa): a status line and header fields we did not write, read as a
// UA reads them: parsed in both modes, classified, and the header block framed by Content-Length.
std::string check_sipp_built(const std::string& datagram) {
    std::ostringstream problems;
    if (datagram.empty()) return " no answer;";
    const sipcode::parse_result strict = sipcode::parse_status_line(datagram, sipcode::parse_mode::strict);
    const sipcode::parse_result lenient = sipcode::parse_status_line(datagram, sipcode::parse_mode::lenient);
    if (!strict || strict.line.code != 200 || strict.line.reason != "OK") {
        problems << " strict parse " << sipcode::to_string(strict.ec) << ", code " << strict.line.code << ';';
        return problems.str();
    }
    if (!lenient || lenient.consumed != strict.consumed) problems << " lenient parse differs;";
    if (sipcode::classify(strict.line).next.uac != sipcode::next_step::done) problems << " classify;";
    const header_block h = headers_of(datagram, strict.consumed);
    if (h.lines.empty() || value_of(h, "CSeq").find("INFO") == std::string_view::npos) {
        problems << " the header fields after the status line are not SIPp's answer to the INFO;";
    }
    const std::string_view length = value_of(h, "Content-Length");
    if (!h.complete || length.empty() || std::strtoul(std::string(length).c_str(), nullptr, 10) != h.body.size()) {
        problems << " not framed by Content-Length;";
    }
    return problems.str();
}

// Every check on one response; returns the problems found, "" if none.
std::string check_response(const response_case& want, const std::string& datagram) {
    std::ostringstream problems;
    const sipcode::parse_result strict = sipcode::parse_status_line(datagram, sipcode::parse_mode::strict);
    const sipcode::parse_result lenient = sipcode::parse_status_line(datagram, sipcode::parse_mode::lenient);
    if (!strict) {
        problems << " strict parse: " << sipcode::to_string(strict.ec) << " at " << strict.consumed << ';';
    } else {
        if (strict.line.code != want.code) problems << " code " << strict.line.code << ';';
        if (strict.line.reason != want.phrase) problems << " phrase \"" << shown(strict.line.reason) << "\";";
        if (datagram.compare(strict.consumed, 5, "Via: ") != 0) problems << " header fields do not follow;";
        check_fields(want, headers_of(datagram, strict.consumed), problems);
    }
    if (!lenient || lenient.line.code != strict.line.code || lenient.line.reason != strict.line.reason ||
        lenient.consumed != strict.consumed) {
        problems << " lenient parse differs (" << sipcode::to_string(lenient.ec) << ");";
    }
    const sipcode::classification c = sipcode::classify(strict.line);
    const sipcode::status_info* row = sipcode::find(want.code);
    if (c.code != want.code || c.info != row || c.registered != (row != nullptr)) problems << " classify;";
    if (c.cls != static_cast<sipcode::status_class>(want.code / 100)) problems << " class;";
    if (c.effective != code_to_act_on(want.code, row != nullptr))
        problems << " effective " << c.effective << ';';
    if (want.from_registry && (row == nullptr || row->reason != want.phrase)) {
        problems << " not the library's registered phrase;";
    }
    return problems.str();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s <scenario.xml> <cases.tsv> <work directory>\n", argv[0]);
        return 2;
    }
    const std::string scenario = argv[1];
    const std::vector<response_case> cases = read_cases(argv[2]);
    const std::string dir = argv[3];
    const auto started = clock_type::now();

    // The scenario must hold every row of the library's registry, once, with its phrase.
    std::map<std::uint16_t, int> seen;
    for (const response_case& c : cases) {
        if (c.from_registry) ++seen[c.code];
    }
    for (const sipcode::status_info& row : sipcode::registry) {
        if (seen[row.code] != 1) {
            std::printf("FAIL: the scenario answers %u %d times, not once\n", row.code, seen[row.code]);
            return 1;
        }
    }
    if (seen.size() != sipcode::registry.size()) {
        std::printf("FAIL: the scenario has registry codes the library does not know\n");
        return 1;
    }

    const std::string sipp = find_sipp();
    if (sipp.empty()) {
        const char* require = std::getenv("SIPCODE_REQUIRE_SIPP");
        if (require != nullptr && std::string_view(require) == "1") {
            std::printf("FAIL: sipp not found in PATH, and SIPCODE_REQUIRE_SIPP=1\n");
            return 1;
        }
        std::printf(
            "SKIPPED: sipp not found in PATH; install SIPp (Debian package sip-tester) to run this test\n");
        return skip_exit_code;
    }
    struct stat st {};
    if (::mkdir(dir.c_str(), 0755) != 0 && (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))) {
        std::printf("FAIL: cannot create the work directory %s\n", dir.c_str());
        return 1;
    }
    ::signal(SIGPIPE, SIG_IGN);

    for (int attempt = 1; attempt <= 3; ++attempt) {
        udp_socket ours;
        std::uint16_t sipp_port = 0;
        {
            const udp_socket probe;  // a port free right now; SIPp binds it a moment later
            sipp_port = probe.port();
        }
        const sockaddr_in peer = loopback(sipp_port);
        ::connect(ours.fd(), reinterpret_cast<const sockaddr*>(&peer), sizeof peer);  // ICMP errors reach us

        sipp_process uas(
            sipp,
            {"-sf", scenario, "-i", "127.0.0.1", "-p", std::to_string(sipp_port), "-m", "1", "-nostdin", "-aa",
             "-timeout", "25s", "-timeout_error", "-trace_err", "-error_file", dir + "/sipp_errors.log",
             "-trace_msg", "-message_file", dir + "/sipp_messages.log"},
            dir);

        std::size_t passed = 0, registry_passed = 0;
        bool sipp_built_ok = true;
        bool sipp_went_away = false;
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const response_case& want = cases[i];
            const auto left = whole_test_budget - (clock_type::now() - started);
            const auto limit =
                std::min(std::chrono::duration_cast<milliseconds>(left), milliseconds(i == 0 ? 5000 : 3000));
            const std::string datagram =
                transact(ours.fd(), request(sipp_port, ours.port(), i + 1), i + 1, limit, uas);
            if (datagram.empty()) {
                if (i == 0 && !uas.running() && attempt < 3) {  // e.g. the port was taken meanwhile
                    sipp_went_away = true;
                    break;
                }
                std::printf("FAIL: no response %u from SIPp; the end of %s/sipp_screen.log:\n", want.code,
                            dir.c_str());
                print_tail(dir + "/sipp_screen.log");
                return 1;
            }
            const std::string problems = check_response(want, datagram);
            const std::string first_line = datagram.substr(0, datagram.find("\r\n"));
            std::printf("%s %s\n", problems.empty() ? "ok  " : "FAIL", shown(first_line).c_str());
            if (!problems.empty()) {
                std::printf("     expected %u \"%s\":%s\n", want.code, shown(want.phrase).c_str(),
                            problems.c_str());
                continue;
            }
            ++passed;
            if (want.from_registry) ++registry_passed;
            if (i == 0) {
                // An INFO the scenario does not expect: SIPp's -aa answers it with a 200 OK it
                // builds itself, from its own text rather than ours.
                const std::string own = transact(ours.fd(), request(sipp_port, ours.port(), 1000, "INFO"), 1000,
                                                 milliseconds(3000), uas);
                const std::string own_problems = check_sipp_built(own);
                std::printf("%s %s (built by SIPp)\n", own_problems.empty() ? "ok  " : "FAIL",
                            shown(own.substr(0, own.find("\r\n"))).c_str());
                if (!own_problems.empty()) {
                    std::printf("     expected SIPp's own 200 OK:%s\n", own_problems.c_str());
                    sipp_built_ok = false;
                }
            }
        }
        if (sipp_went_away) {
            std::printf("SIPp exited before answering (attempt %d); its output:\n", attempt);
            print_tail(dir + "/sipp_screen.log");
            continue;
        }
        const int sipp_status = uas.wait_for_exit(milliseconds(5000));
        const double seconds = std::chrono::duration<double>(clock_type::now() - started).count();
        std::printf(
            "%zu of %zu responses from SIPp passed: %zu of %zu registered codes with their IANA "
            "phrases, %zu of %zu others; SIPp exit status %d; %.1f s\n",
            passed, cases.size(), registry_passed, sipcode::registry.size(), passed - registry_passed,
            cases.size() - sipcode::registry.size(), sipp_status, seconds);
        return passed == cases.size() && sipp_built_ok && sipp_status == 0 ? 0 : 1;
    }
    std::printf("FAIL: SIPp did not start\n");
    return 1;
}
