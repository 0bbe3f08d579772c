#include "config/config.hpp"

#include "commands.hpp"
#include "store/case_file.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace ppid::cli {
namespace {

ExitCode run_config_show(const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto file = s.open_case_file(store::Access::read_only);
  if (format == Format::json) {
    s.out << config::to_json(file.config());
    return ExitCode::ok;
  }
  s.out << s.text(text::Id::out_config_header) << "\n\n" << config::to_toml(file.config());
  return ExitCode::ok;
}

}  // namespace

void add_config_show_command(CLI::App& parent, Session& s, Action& chosen) {
  auto* cmd = parent.add_subcommand("show", s.text(text::Id::help_config_show));
  cmd->footer(s.text(text::Id::help_config_show_footer));
  cmd->callback([&s, &chosen] { chosen = [&s] { return run_config_show(s); }; });
}

}  // namespace ppid::cli
