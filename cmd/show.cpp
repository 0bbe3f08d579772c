#include "case_view.hpp"
#include "commands.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

struct ShowOptions {
  std::string register_no;
  bool unmasked = false;
};

void line(const Session& s, Id label, const std::string& value) {
  if (!value.empty()) {
    s.out << fmt::format("  {:<26} {}\n", s.text(label), text::printable(value));
  }
}

ExitCode run_show(const ShowOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto file = s.open_case_file(store::Access::read_only);
  const auto zone = file.config().agency.time_zone;
  const auto c = store::load_case(file, o.register_no, store::case_calendar(file), s.today(zone));
  if (format == Format::json) {
    s.out << case_json(c, zone, true, o.unmasked).dump(2) << '\n';
    return ExitCode::ok;
  }
  print_case_summary(s, c, s.text({Id::out_show_heading, {c.register_no}}));
  const auto& received = c.first_event().data;
  const auto applicant = received.value("applicant", json::object());
  s.out << '\n' << s.text(Id::lbl_applicant) << '\n';
  line(s, Id::lbl_name, rules::text_field(applicant, "name"));
  line(s, Id::lbl_applicant_type, rules::text_field(applicant, "type"));
  const auto nik = rules::text_field(applicant, "id_number");
  line(s, Id::lbl_nik, o.unmasked ? nik : (nik.empty() ? nik : masked_nik(nik)));
  line(s, Id::lbl_address, rules::text_field(applicant, "address"));
  line(s, Id::lbl_phone, rules::text_field(applicant, "phone"));
  line(s, Id::lbl_email, rules::text_field(applicant, "email"));
  line(s, Id::lbl_occupation, rules::text_field(applicant, "occupation"));
  line(s, Id::lbl_proxy, rules::text_field(applicant, "proxy"));
  s.out << '\n' << s.text(Id::lbl_request) << '\n';
  line(s, Id::lbl_info, rules::text_field(received, "info"));
  line(s, Id::lbl_purpose, rules::text_field(received, "purpose"));
  line(s, Id::lbl_service, rules::text_field(received, "service"));
  line(s, Id::lbl_channel, rules::text_field(received, "channel"));
  line(s, Id::lbl_access, rules::text_field(received, "access"));
  line(s, Id::lbl_delivery, rules::text_field(received, "delivery"));
  if (c.objection_no) {
    line(s, Id::lbl_objection_no, *c.objection_no);
  }
  s.out << '\n' << s.text(Id::lbl_events) << '\n';
  for (const auto& event : c.events) {
    std::vector<std::string> details;
    for (const auto& [key, value] : event.data.items()) {
      if (event.kind == rules::EventKind::received) {
        break;
      }
      details.push_back(
          fmt::format("{}={}", key, value.is_string() ? value.get<std::string>() : value.dump()));
    }
    s.out << fmt::format("  {:<16}  {:<28} {}\n", to_iso_local(event.happened),
                         event_text(s, event.kind),
                         text::printable(fmt::format("{}", fmt::join(details, "; "))));
    s.out << fmt::format(
        "  {:<16}  {}\n", "",
        text::printable(s.text({Id::out_recorded_by, {event.recorded_at, event.recorded_by}})));
  }
  return ExitCode::ok;
}

}  // namespace

void add_show_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ShowOptions>();
  auto* cmd = parent.add_subcommand("show", s.text(Id::help_show));
  cmd->footer(s.text(Id::help_show_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_flag("--unmasked", o->unmasked, s.text(Id::help_opt_unmasked));
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_show(*o, s); }; });
}

}  // namespace ppid::cli
