#include "case_view.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace ppid::cli {
namespace {

using text::Id;

struct ObjectOptions {
  std::string register_no;
  rules::Objection objection;
  std::optional<std::string> answer;
  std::optional<std::string> official;
  std::optional<std::string> position;
  std::optional<std::string> arose;
  std::optional<std::string> at;
};

ExitCode run_object(const ObjectOptions& o, const Session& s) {
  if (o.answer) {
    // The superior's answer (art. 36(2)).
    if (!o.objection.grounds.empty() || o.objection.late_accepted || o.objection.proxy) {
      throw Error{ErrorKind::usage, {Id::err_answer_or_filing}}.allowed({Id::hint_see_help});
    }
    const rules::SuperiorAnswer answer{*o.answer, o.official, o.position};
    return record_act(
        s, o.register_no, o.at,
        [&answer](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
          return rules::answer_objection(c, at, answer, command.as_of);
        },
        [&s, &answer](const rules::Case& c, const LocalTime& at) {
          return s.text({Id::out_objection_answered,
                         {c.register_no, said_as<rules::ObjectionAnswer>(s, answer.answer),
                          to_iso_local(at)}});
        });
  }
  if (o.objection.grounds.empty()) {
    throw Error{ErrorKind::usage, {Id::err_missing_option}}
        .value("--ground")
        .allowed({Id::hint_grounds});
  }
  if (o.official || o.position) {
    throw Error{ErrorKind::usage, {Id::err_answer_or_filing}}.allowed({Id::hint_see_help});
  }
  auto objection = o.objection;
  if (o.arose) {
    objection.arose = parse_date_option(*o.arose);
  }
  return record_act(
      s, o.register_no, o.at,
      [&objection](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::file_objection(c, at, objection, command.calendar, command.file.config(),
                                     command.as_of);
      },
      [&s](const rules::Case& c, const LocalTime& at) {
        return s.text(
            {Id::out_objected, {c.objection_no.value_or("-"), c.register_no, to_iso_local(at)}});
      });
}

}  // namespace

void add_object_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ObjectOptions>();
  auto* cmd = parent.add_subcommand("object", s.text(Id::help_object));
  cmd->footer(s.text(Id::help_object_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_option("--ground", o->objection.grounds, s.text(Id::help_opt_ground))->type_name("a..g");
  cmd->add_option("--proxy", o->objection.proxy, s.text(Id::help_opt_proxy))->type_name("NAME");
  cmd->add_option("--note", o->objection.note, s.text(Id::help_opt_note))->type_name("TEXT");
  cmd->add_option("--arose", o->arose, s.text(Id::help_opt_arose))->type_name("DATE");
  cmd->add_flag("--late-accepted", o->objection.late_accepted, s.text(Id::help_opt_late_accepted));
  cmd->add_option("--answer", o->answer, s.text(Id::help_opt_objection_answer))
      ->type_name(joined<rules::ObjectionAnswer>("|"));
  cmd->add_option("--official", o->official, s.text(Id::help_opt_official))->type_name("NAME");
  cmd->add_option("--position", o->position, s.text(Id::help_opt_position))->type_name("TEXT");
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_object(*o, s); }; });
}

}  // namespace ppid::cli
