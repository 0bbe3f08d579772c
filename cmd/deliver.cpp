#include "case_view.hpp"
#include "commands.hpp"
#include "delivery_options.hpp"
#include "rules/lifecycle.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace ppid::cli {
namespace {

using text::Id;

struct DeliverOptions {
  std::string register_no;
  rules::DeliveryInput delivery;
  std::optional<std::string> at;
};

ExitCode run_deliver(const DeliverOptions& o, const Session& s) {
  return record_act(
      s, o.register_no, o.at,
      [&o](const rules::Case& c, const LocalTime& at, CaseCommand& command) {
        return rules::deliver(c, at, o.delivery, command.as_of);
      },
      [&s](const rules::Case& c, const LocalTime& at) {
        return s.text({Id::out_delivered, {c.register_no, to_iso_local(at)}});
      });
}

}  // namespace

void add_deliver_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<DeliverOptions>();
  auto* cmd = parent.add_subcommand("deliver", s.text(Id::help_deliver));
  cmd->footer(s.text(Id::help_deliver_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  add_delivery_options(*cmd, o->delivery, s);
  cmd->add_flag("--part", o->delivery.part, s.text(Id::help_opt_part));
  cmd->add_option("--note", o->delivery.note, s.text(Id::help_opt_note))->type_name("TEXT");
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_deliver(*o, s); }; });
}

}  // namespace ppid::cli
