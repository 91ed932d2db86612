#include "common.hpp"

#include "output.hpp"

#include <sipcode/escape.hpp>

#include <unistd.h>

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
