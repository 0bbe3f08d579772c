#include "case_view.hpp"
#include "commands.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace ppid::cli {
namespace {

using text::Id;

struct ExtendOptions {
  std::string register_no;
  std::string reason;
  std::optional<std::string> at;
};

ExitCode run_extend(const ExtendOptions& o, const Session& s) {
  return record_act(
      s, o.register_no, o.at,
      [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::extend_request(c, at, o.reason, command.as_of);
      },
      [&s](const rules::Case& c, const LocalTime& at) {
        return s.text({Id::out_extended, {c.register_no, to_iso_local(at)}});
      });
}

}  // namespace

void add_extend_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ExtendOptions>();
  auto* cmd = parent.add_subcommand("extend", s.text(Id::help_extend));
  cmd->footer(s.text(Id::help_extend_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_option("--reason", o->reason, s.text(Id::help_opt_extend_reason))
      ->required()
      ->type_name("TEXT");
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_extend(*o, s); }; });
}

}  // namespace ppid::cli
