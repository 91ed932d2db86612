// sipcode CLI: the subcommands. Each takes its own arguments (without the command name), writes its
// results to stdout and its diagnostics to stderr, returns an exit_status, and throws usage_error for a
// bad command line.
#ifndef SIPCODE_CLI_COMMANDS_HPP
#define SIPCODE_CLI_COMMANDS_HPP

#include <string_view>
#include <vector>

namespace sipcode::cli {

using arg_list = std::vector<std::string_view>;

int run_explain(const arg_list& a);
int run_parse(const arg_list& a);
int run_stats(const arg_list& a);
int run_table(const arg_list& a);

/** One-line synopsis of a command ("sipcode explain CODE|STATUS-LINE..."), printed after a usage error. */
std::string_view synopsis(std::string_view command);

}  // namespace sipcode::cli

#endif  // SIPCODE_CLI_COMMANDS_HPP
