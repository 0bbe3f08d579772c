// ppid assign: internal routing (disposisi) to the unit that holds the information, and its
// answer. Never a statutory limit.

#include "case_view.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace ppid::cli {
namespace {

using text::Id;

struct AssignOptions {
  std::string register_no;
  rules::AssignmentInput assignment;
  std::optional<std::string> to;
  bool returned = false;
  std::optional<std::string> at;
};

ExitCode run_assign(const AssignOptions& o, const Session& s) {
  if (o.returned) {
    if (o.assignment.target) {
      throw Error{ErrorKind::usage, {Id::err_target_with_returned}}.allowed({Id::hint_see_help});
    }
    return record_act(
        s, o.register_no, o.at,
        [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
          return rules::return_assignment(c, at, o.to, o.assignment.note, command.as_of);
        },
        [&s](const rules::Case& c, const LocalTime& at) {
          return s.text(
              {Id::out_returned,
               {c.register_no, c.events.back().as<rules::Returned>().unit, to_iso_local(at)}});
        });
  }
  if (!o.to) {
    throw Error{ErrorKind::usage, {Id::err_assign_needs_unit}}.allowed({Id::hint_see_help});
  }
  auto assignment = o.assignment;
  assignment.unit = *o.to;
  return record_act(
      s, o.register_no, o.at,
      [assignment](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::assign(c, at, assignment, command.calendar, command.as_of);
      },
      [&s, &o](const rules::Case& c, const LocalTime& at) {
        return s.text({Id::out_assigned, {c.register_no, *o.to, to_iso_local(at)}});
      });
}

}  // namespace

void add_assign_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<AssignOptions>();
  auto* cmd = parent.add_subcommand("assign", s.text(Id::help_assign));
  cmd->footer(s.text(Id::help_assign_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_option("--to", o->to, s.text(Id::help_opt_unit))->type_name("UNIT");
  cmd->add_option("--target", o->assignment.target, s.text(Id::help_opt_internal_target))
      ->type_name("DAYS");
  cmd->add_flag("--returned", o->returned, s.text(Id::help_opt_returned));
  cmd->add_option("--note", o->assignment.note, s.text(Id::help_opt_note))->type_name("TEXT");
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_assign(*o, s); }; });
}

}  // namespace ppid::cli
