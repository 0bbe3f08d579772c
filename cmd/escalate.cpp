#include "case_view.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace ppid::cli {
namespace {

using text::Id;

struct EscalateOptions {
  std::string register_no;
  std::optional<std::string> commission;
  std::optional<std::string> outcome;
  std::optional<std::string> stage;
  std::optional<std::string> at;
};

ExitCode run_escalate(const EscalateOptions& o, const Session& s) {
  if (o.stage) {
    if (o.commission || o.outcome) {
      throw Error{ErrorKind::usage, {Id::err_stage_alone}}.allowed({Id::hint_see_help});
    }
    return record_act(
        s, o.register_no, o.at,
        [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
          return rules::stage_dispute(c, at, *o.stage, command.as_of);
        },
        [&s, &o](const rules::Case& c, const LocalTime& at) {
          return s.text(
              {Id::out_dispute_stage,
               {c.register_no, said_as<rules::DisputeStage>(s, *o.stage), to_iso_local(at)}});
        });
  }
  if (o.outcome) {
    if (o.commission) {
      throw Error{ErrorKind::usage, {Id::err_outcome_or_filing}}.allowed({Id::hint_see_help});
    }
    return record_act(
        s, o.register_no, o.at,
        [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
          return rules::end_dispute(c, at, *o.outcome, command.as_of);
        },
        [&s, &o](const rules::Case& c, const LocalTime& at) {
          return s.text(
              {Id::out_dispute_ended,
               {c.register_no, said_as<rules::DisputeOutcome>(s, *o.outcome), to_iso_local(at)}});
        });
  }
  return record_act(
      s, o.register_no, o.at,
      [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::file_dispute(c, at, o.commission, command.calendar, command.file.config(),
                                   command.as_of);
      },
      [&s](const rules::Case& c, const LocalTime& at) {
        const bool within = c.events.back().as<rules::DisputeFiled>().within_window;
        return s.text({within ? Id::out_dispute_filed : Id::out_dispute_filed_late,
                       {c.register_no, to_iso_local(at)}});
      });
}

}  // namespace

void add_escalate_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<EscalateOptions>();
  auto* cmd = parent.add_subcommand("escalate", s.text(Id::help_escalate));
  cmd->footer(s.text(Id::help_escalate_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_option("--commission", o->commission, s.text(Id::help_opt_commission))
      ->type_name("NAME");
  cmd->add_option("--outcome", o->outcome, s.text(Id::help_opt_outcome))
      ->type_name(joined<rules::DisputeOutcome>("|"));
  cmd->add_option("--stage", o->stage, s.text(Id::help_opt_stage))
      ->type_name(joined<rules::DisputeStage>("|"));
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_escalate(*o, s); }; });
}

}  // namespace ppid::cli
