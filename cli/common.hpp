// sipcode CLI: what the subcommands share: exit codes, usage errors, option parsing.
#ifndef SIPCODE_CLI_COMMON_HPP
#define SIPCODE_CLI_COMMON_HPP

#include <sipcode/types.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sipcode::cli {

/** Exit statuses, the same for every subcommand (documented in `sipcode --help`). */
enum exit_status : int {
    exit_ok = 0,         ///< done
    exit_malformed = 1,  ///< parse: the input held malformed status lines (the rest was still printed)
    exit_usage = 2,      ///< bad command line, or an input that cannot be read
};

/** Thrown for anything wrong with how the tool was invoked; main() prints it and exits with 2. */
struct usage_error {
    std::string command;  ///< "explain", or "" for the top level
    std::string message;  ///< what was wrong, e.g. `unknown option "--jsn"`
    bool show_usage = true;
};

/** The arguments of one subcommand, walked front to back. Accepts "--opt value" and "--opt=value";
 *  "--" ends the options. */
class arg_cursor {
public:
    arg_cursor(std::string command, std::vector<std::string_view> args)
        : command_(std::move(command)), args_(std::move(args)) {}

    /** The next option ("--json", or "--format" of "--format=md"), or "" when the next argument is
     *  an operand or there are no more. */
    std::string_view next_option();
    /** The value of the option just returned by next_option(); a usage_error if there is none. */
    std::string_view value();
    /** The remaining operands (everything after the options). */
    std::vector<std::string_view> operands();

    [[noreturn]] void unknown_option(std::string_view option) const;
    [[noreturn]] void fail(std::string message) const;

private:
    std::string command_;
    std::vector<std::string_view> args_;
    std::size_t pos_ = 0;
    std::string_view option_;
    std::string_view inline_value_;
    bool has_inline_value_ = false;
    bool options_done_ = false;
};

/** A quoted, escaped rendering of an argument for messages: "\"4x6\"". */
std::string quoted(std::string_view text);

/** "1xx provisional" ... "6xx global failure". */
std::string_view class_label(status_class c);

/** True when the file descriptor is a terminal. */
bool is_terminal(int fd);

}  // namespace sipcode::cli

#endif  // SIPCODE_CLI_COMMON_HPP
