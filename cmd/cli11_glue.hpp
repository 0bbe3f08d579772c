#pragma once

// What ppid adds to CLI11: help and parse errors in the session's language and in ppid's message
// shape, the `help` command, and command groups.

#include "session.hpp"
#include "text/catalogue.hpp"

#include <string>

namespace CLI {
class App;
}  // namespace CLI

namespace ppid::cli {

// The headings and placeholders of `app`'s help from the catalogue.
void localise_help(CLI::App& app, const Session& s);

// Puts every option of `app` and its subcommands, the help flags included, under `label`.
void label_option_groups(CLI::App& app, const std::string& label);

// `ppid help COMMAND...`: prints the help of that command.
void add_help_command(CLI::App& app, Session& s, Action& chosen);

// A command group ("config", "request", "calendar") that only holds subcommands.
CLI::App& add_command_group(CLI::App& parent, const std::string& name, const Session& s,
                            text::Id help);

// Parses the command line into `app`. When it asks for the help or the version, prints it and
// returns false. A parse error is thrown as Error{usage} in ppid's words.
bool parse_command_line(CLI::App& app, int argc, const char* const* argv, const Session& s);

}  // namespace ppid::cli
