#include "case_view.hpp"
#include "commands.hpp"
#include "delivery_options.hpp"
#include "error.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <vector>

namespace ppid::cli {
namespace {

using text::Id;

struct RespondOptions {
  std::string register_no;
  rules::Response response;
  bool delivered = false;  // the information goes with the notice
  rules::DeliveryInput delivery;
  std::optional<std::string> at;
};

ExitCode run_respond(const RespondOptions& o, const Session& s) {
  std::vector<MakeEvent> acts{
      [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::respond(c, at, o.response, command.as_of);
      }};
  if (o.delivered) {
    // Only a notice that grants gives something to deliver (art. 22(7)).
    if (o.response.decision == code(rules::Decision::refused)) {
      throw Error{ErrorKind::usage, {Id::err_delivered_needs_grant}};
    }
    acts.emplace_back([&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
      return rules::deliver(c, at, o.delivery, command.as_of);
    });
  } else if (o.delivery.form || o.delivery.channel || o.delivery.cost || o.delivery.paid_by) {
    throw Error{ErrorKind::usage, {Id::err_delivery_needs_delivered}};
  }
  return record_acts(
      s, o.register_no, o.at, acts, [&s, &o](const rules::Case& c, const LocalTime& at) {
        return s.text({Id::out_responded,
                       {c.register_no, decision_text(s, o.response.decision), to_iso_local(at)}});
      });
}

}  // namespace

void add_respond_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<RespondOptions>();
  auto& r = o->response;
  auto* cmd = parent.add_subcommand("respond", s.text(Id::help_respond));
  cmd->footer(s.text(Id::help_respond_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_option("--decision", r.decision, s.text(Id::help_opt_decision))
      ->required()
      ->type_name(joined<rules::Decision>("|"));
  cmd->add_option("--reason", r.reason, s.text(Id::help_opt_refusal_reason))
      ->type_name(joined<rules::RefusalReason>("|"));
  cmd->add_option("--basis", r.basis, s.text(Id::help_opt_basis))->type_name("TEXT");
  cmd->add_option("--holder", r.holder, s.text(Id::help_opt_holder))->type_name("BODY");
  cmd->add_option("--note", r.note, s.text(Id::help_opt_note))->type_name("TEXT");
  cmd->add_flag("--delivered", o->delivered, s.text(Id::help_opt_delivered));
  add_delivery_options(*cmd, o->delivery, s);
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_respond(*o, s); }; });
}

}  // namespace ppid::cli
