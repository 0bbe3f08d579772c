#include "config/config.hpp"

#include "calendar/duration.hpp"
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
  const auto& config = file.config();
  s.out << s.text(text::Id::out_config_header) << '\n';
  // Limits other than the law's, as comments: the text stays accepted by init --config.
  const auto deviations = config::deviations(config.deadlines);
  for (const auto& d : deviations) {
    s.out << "# "
          << s.text({text::Id::out_config_deviation,
                     {d.key, calendar::to_string(d.configured), calendar::to_string(d.law),
                      d.article}})
          << '\n';
  }
  if (!deviations.empty() && !config.deadlines.override_reason) {
    s.out << "# " << s.text(text::Id::out_config_no_override) << '\n';
  }
  s.out << '\n' << config::to_toml(config);
  return ExitCode::ok;
}

}  // namespace

void add_config_show_command(CLI::App& parent, Session& s, Action& chosen) {
  auto* cmd = parent.add_subcommand("show", s.text(text::Id::help_config_show));
  cmd->footer(s.text(text::Id::help_config_show_footer));
  cmd->callback([&s, &chosen] { chosen = [&s] { return run_config_show(s); }; });
}

}  // namespace ppid::cli
