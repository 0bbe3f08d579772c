#include "case_view.hpp"
#include "commands.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace ppid::cli {
namespace {

using text::Id;

struct RequestCompleteOptions {
  std::string register_no;
  std::optional<std::string> at;
  std::vector<std::string> provided;
};

ExitCode run_request_complete(const RequestCompleteOptions& o, const Session& s) {
  return record_act(
      s, o.register_no, o.at,
      [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::complete_request(c, at, o.provided, command.as_of);
      },
      [&s](const rules::Case& c, const LocalTime& at) {
        if (c.completed) {
          return s.text({Id::out_completed, {c.register_no, to_iso_local(at)}});
        }
        return s.text(
            {Id::out_provided, {c.register_no, to_iso_local(at), requirements_text(s, c.missing)}});
      });
}

}  // namespace

void add_request_complete_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<RequestCompleteOptions>();
  auto* cmd = parent.add_subcommand("complete", s.text(Id::help_request_complete));
  cmd->footer(s.text(Id::help_request_complete_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_option("--provided", o->provided, s.text(Id::help_opt_provided))
      ->delimiter(',')
      ->type_name("CODE,...");
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_request_complete(*o, s); }; });
}

}  // namespace ppid::cli
