#include "common.hpp"

#include "output.hpp"

#include <sipcode/escape.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iterator>

namespace sipcode::cli {

std::string_view arg_cursor::next_option() {
    has_inline_value_ = false;
    if (options_done_ || pos_ >= args_.size()) return {};
    const std::string_view arg = args_[pos_];
    if (arg == "--") {
        options_done_ = true;
        ++pos_;
        return {};
    }
    if (arg.size() < 2 || arg[0] != '-') return {};  // an operand; "-" alone means standard input
    ++pos_;
    const std::size_t eq = arg.find('=');
    if (arg.compare(0, 2, "--") == 0 && eq != std::string_view::npos) {
        option_ = arg.substr(0, eq);
        inline_value_ = arg.substr(eq + 1);
        has_inline_value_ = true;
    } else {
        option_ = arg;
    }
    return option_;
}

std::string_view arg_cursor::value() {
    if (has_inline_value_) {
        has_inline_value_ = false;
        return inline_value_;
    }
    if (pos_ >= args_.size()) fail("option " + quoted(option_) + " needs a value");
    return args_[pos_++];
}

std::vector<std::string_view> arg_cursor::operands() {
    std::vector<std::string_view> rest;
    for (; pos_ < args_.size(); ++pos_) {
        if (!options_done_ && args_[pos_] == "--") {
            options_done_ = true;
            continue;
        }
        rest.push_back(args_[pos_]);
    }
    return rest;
}

void arg_cursor::unknown_option(std::string_view option) const {
    fail("unknown option " + quoted(option));
}

void arg_cursor::fail(std::string message) const { throw usage_error{command_, std::move(message)}; }

std::string quoted(std::string_view text) {
    std::string s = "\"";
    sipcode::escape_copy(text, std::back_inserter(s));
    s += '"';
    return s;
}

input::input(std::string_view command, std::string_view path) : command_(command) {
    if (path == "-") {
        name_ = "standard input";
        fd_ = STDIN_FILENO;
    } else {
        name_ = quoted(path);
        const std::string p(path);
        fd_ = ::open(p.c_str(), O_RDONLY);
        if (fd_ < 0) {
            throw usage_error{command_, "cannot open " + name_ + ": " + std::strerror(errno), false};
        }
        owned_ = true;
    }
    struct stat st {};
    if (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) size_ = static_cast<std::uint64_t>(st.st_size);
}

input::~input() {
    if (owned_) ::close(fd_);
}

std::size_t input::read(char* dst, std::size_t n) {
    for (;;) {
        const ssize_t got = ::read(fd_, dst, n);
        if (got >= 0) return static_cast<std::size_t>(got);
        if (errno == EINTR) continue;
        throw usage_error{command_, "cannot read " + name_ + ": " + std::strerror(errno), false};
    }
}

bool chunk_reader::next(std::string_view& chunk, bool& whole) {
    // Move the partial line left over from the last chunk to the front.
    if (start_ > 0) {
        std::memmove(buf_.data(), buf_.data() + start_, end_ - start_);
        end_ -= start_;
        start_ = 0;
    }
    for (;;) {
        if (eof_) {
            if (end_ == 0) return false;
            chunk = std::string_view(buf_.data(), end_);
            whole = true;
            start_ = end_;
            return true;
        }
        const std::size_t got = in_.read(buf_.data() + end_, buf_.size() - end_);
        if (got == 0) {
            eof_ = true;
            continue;
        }
        bytes_read_ += got;
        // The carry-over holds no '\n', so the last one, if any, is in the bytes just read.
        const std::size_t old_end = end_;
        end_ += got;
        std::size_t k = end_;
        while (k > old_end && buf_[k - 1] != '\n') --k;
        if (k > old_end) {
            chunk = std::string_view(buf_.data(), k);
            whole = true;
            start_ = k;
            return true;
        }
        if (end_ == buf_.size()) {  // one line fills the whole buffer: hand it out in pieces
            chunk = std::string_view(buf_.data(), end_);
            whole = false;
            start_ = end_;
            return true;
        }
    }
}

std::string_view class_label(status_class c) {
    switch (c) {
    case status_class::provisional: return "1xx provisional";
    case status_class::success: return "2xx success";
    case status_class::redirection: return "3xx redirection";
    case status_class::request_failure: return "4xx request failure";
    case status_class::server_failure: return "5xx server failure";
    case status_class::global_failure: return "6xx global failure";
    case status_class::invalid: break;
    }
    return "invalid";
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

}  // namespace sipcode::cli
