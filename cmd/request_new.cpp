#include "case_view.hpp"
#include "commands.hpp"
#include "rules/lifecycle.hpp"
#include "store/case_store.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace ppid::cli {
namespace {

using text::Id;

struct RequestNewOptions {
  rules::RequestInput input;
  std::optional<std::string> at;
};

ExitCode run_request_new(const RequestNewOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  auto command = open_case_command(s);
  const auto received = rules::request_data(o.input, command.file.config());
  const auto at = act_time(o.at, command);
  rules::check_not_future(at, command.as_of);
  auto transaction = command.file.begin_write();
  const auto c = store::register_request(command.file, received, at, command.recorded(),
                                         command.calendar, command.as_of.today);
  transaction.commit();
  return print_after_act(s, format, c, command.zone, s.text({Id::out_registered, {c.register_no}}));
}

}  // namespace

void add_request_new_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<RequestNewOptions>();
  auto& in = o->input;
  auto* cmd = parent.add_subcommand("new", s.text(Id::help_request_new));
  cmd->footer(s.text(Id::help_request_new_footer));
  cmd->add_option("--name", in.name, s.text(Id::help_opt_name))->required()->type_name("NAME");
  cmd->add_option("--info", in.info, s.text(Id::help_opt_info))->required()->type_name("TEXT");
  cmd->add_option("--id-number", in.id_number, s.text(Id::help_opt_id_number))->type_name("NIK");
  cmd->add_option("--applicant-type", in.applicant_type, s.text(Id::help_opt_applicant_type))
      ->type_name(joined<rules::ApplicantType>("|"));
  cmd->add_option("--address", in.address, s.text(Id::help_opt_address))->type_name("TEXT");
  cmd->add_option("--phone", in.phone, s.text(Id::help_opt_phone))->type_name("PHONE");
  cmd->add_option("--email", in.email, s.text(Id::help_opt_email))->type_name("EMAIL");
  cmd->add_option("--occupation", in.occupation, s.text(Id::help_opt_occupation))
      ->type_name("TEXT");
  cmd->add_option("--purpose", in.purpose, s.text(Id::help_opt_purpose))->type_name("TEXT");
  cmd->add_option("--proxy", in.proxy, s.text(Id::help_opt_proxy))->type_name("NAME");
  cmd->add_option("--service", in.service, s.text(Id::help_opt_service))->type_name("NAME");
  cmd->add_option("--channel", in.channel, s.text(Id::help_opt_channel))
      ->type_name(joined<rules::Channel>("|"));
  cmd->add_option("--access", in.access, s.text(Id::help_opt_access))
      ->type_name(joined<rules::AccessForm>("|"));
  cmd->add_option("--delivery", in.delivery, s.text(Id::help_opt_delivery))
      ->type_name(joined<rules::Delivery>("|"));
  cmd->add_option("--missing", in.missing, s.text(Id::help_opt_missing))
      ->delimiter(',')
      ->type_name("CODE,...");
  cmd->add_flag("--incomplete", in.incomplete, s.text(Id::help_opt_incomplete));
  add_time_option(*cmd, o->at, s);
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_request_new(*o, s); }; });
}

}  // namespace ppid::cli
