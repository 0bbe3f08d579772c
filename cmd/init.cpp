#include "commands.hpp"
#include "config/config.hpp"
#include "store/case_file.hpp"
#include "text/escape.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>

namespace ppid::cli {
namespace {

struct InitOptions {
  std::optional<std::string> agency;
  std::optional<std::string> config_file;
};

ExitCode run_init(const InitOptions& o, const Session& s) {
  s.format({Format::text});
  // The configuration is read and checked before anything is created: a bad configuration
  // leaves no file behind.
  auto config = o.config_file ? config::load_config_file(*o.config_file) : config::Config{};
  if (o.agency) {
    config.agency.name = *o.agency;
  }
  store::CaseFile::create(s.case_file_path(), config);
  s.out << s.text({text::Id::out_init_done,
                   {s.case_file_path().string(),
                    config.agency.name.empty() ? "-" : text::printable(config.agency.name)}})
        << '\n';
  return ExitCode::ok;
}

}  // namespace

void add_init_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<InitOptions>();
  auto* cmd = parent.add_subcommand("init", s.text(text::Id::help_init));
  cmd->footer(s.text(text::Id::help_init_footer));
  cmd->add_option("--agency", o->agency, s.text(text::Id::help_init_agency))->type_name("NAME");
  cmd->add_option("--config", o->config_file, s.text(text::Id::help_init_config))
      ->type_name("FILE");
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_init(*o, s); }; });
}

}  // namespace ppid::cli
