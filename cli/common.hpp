// sipcode CLI: what the subcommands share: exit codes, usage errors, option parsing, input.
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

/** An input file, or standard input for "-". Reads with read(2) so a pipe is processed as data
 *  arrives; never holds more than the caller's buffer. */
class input {
public:
    /** Opens `path`; throws usage_error naming the file and the system's reason when it cannot. */
    input(std::string_view command, std::string_view path);
    input(const input&) = delete;
    input& operator=(const input&) = delete;
    ~input();

    /** Up to `n` bytes into `dst`; 0 at the end. Throws usage_error on a read error. */
    std::size_t read(char* dst, std::size_t n);
    /** The size of a regular file, 0 for a pipe or terminal. */
    std::uint64_t size() const { return size_; }

private:
    std::string command_;
    std::string name_;
    int fd_ = -1;
    bool owned_ = false;
    std::uint64_t size_ = 0;
};

/** Hands out the input in chunks of whole lines: each chunk ends just after a '\n', except the last
 *  one of the input and a line longer than the buffer, which is handed out in pieces. */
class chunk_reader {
public:
    static constexpr std::size_t block_size = std::size_t{1} << 20;

    explicit chunk_reader(input& in) : in_(in), buf_(block_size) {}

    /** The next chunk, false at the end. `whole` is false when the chunk ends inside a line. */
    bool next(std::string_view& chunk, bool& whole);
    /** Bytes read so far. */
    std::uint64_t bytes_read() const { return bytes_read_; }

private:
    input& in_;
    std::vector<char> buf_;
    std::size_t start_ = 0;  // unread carry-over: buf_[start_, end_)
    std::size_t end_ = 0;
    bool eof_ = false;
    std::uint64_t bytes_read_ = 0;
};

/** "1xx provisional" ... "6xx global failure". */
std::string_view class_label(status_class c);

/** True when the file descriptor is a terminal. */
bool is_terminal(int fd);

}  // namespace sipcode::cli

#endif  // SIPCODE_CLI_COMMON_HPP
