// ppid court: a challenge of the Commission's adjudication decision in court (UU 14/2008
// art. 47-48), cassation (art. 50), and their decisions.

#include "case_view.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace ppid::cli {
namespace {

using text::Id;

struct CourtOptions {
  std::string register_no;
  rules::CourtInput filing;
  std::optional<std::string> decision;
  std::optional<std::string> at;
};

ExitCode run_court(const CourtOptions& o, const Session& s) {
  if (o.decision) {
    if (o.filing.court || o.filing.by || o.filing.cassation) {
      throw Error{ErrorKind::usage, {Id::err_court_decision_alone}}.allowed({Id::hint_see_help});
    }
    return record_act(
        s, o.register_no, o.at,
        [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
          return rules::decide_court(c, at, *o.decision, command.as_of);
        },
        [&s, &o](const rules::Case& c, const LocalTime& at) {
          return s.text(
              {Id::out_court_decided,
               {c.register_no, said_as<rules::CourtOutcome>(s, *o.decision), to_iso_local(at)}});
        });
  }
  if (o.filing.cassation && o.filing.court) {
    throw Error{ErrorKind::usage, {Id::err_cassation_court}}.allowed({Id::hint_see_help});
  }
  return record_act(
      s, o.register_no, o.at,
      [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::go_to_court(c, at, o.filing, command.calendar, command.file.config(),
                                  command.as_of);
      },
      [&s](const rules::Case& c, const LocalTime& at) {
        const bool within = c.events.back().as<rules::CourtFiled>().within_window;
        return s.text({within ? Id::out_court_filed : Id::out_court_filed_late,
                       {c.register_no, to_iso_local(at)}});
      });
}

}  // namespace

void add_court_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<CourtOptions>();
  auto* cmd = parent.add_subcommand("court", s.text(Id::help_court));
  cmd->footer(s.text(Id::help_court_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_option("--court", o->filing.court, s.text(Id::help_opt_court))
      ->type_name(joined<rules::Court>("|"));
  cmd->add_option("--by", o->filing.by, s.text(Id::help_opt_by))
      ->type_name(joined<rules::Party>("|"));
  cmd->add_flag("--cassation", o->filing.cassation, s.text(Id::help_opt_cassation));
  cmd->add_option("--decision", o->decision, s.text(Id::help_opt_court_decision))
      ->type_name(joined<rules::CourtOutcome>("|"));
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_court(*o, s); }; });
}

}  // namespace ppid::cli
