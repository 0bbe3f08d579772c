#include "case_view.hpp"
#include "commands.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace ppid::cli {
namespace {

using text::Id;

struct WithdrawOptions {
  std::string register_no;
  std::optional<std::string> at;
};

ExitCode run_withdraw(const WithdrawOptions& o, const Session& s) {
  return record_act(
      s, o.register_no, o.at,
      [](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::withdraw(c, at, command.as_of);
      },
      [&s](const rules::Case& c, const LocalTime& at) {
        return s.text({Id::out_withdrawn, {c.register_no, to_iso_local(at)}});
      });
}

}  // namespace

void add_withdraw_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<WithdrawOptions>();
  auto* cmd = parent.add_subcommand("withdraw", s.text(Id::help_withdraw));
  cmd->footer(s.text(Id::help_withdraw_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_withdraw(*o, s); }; });
}

}  // namespace ppid::cli
