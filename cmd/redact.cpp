#include "rules/redact.hpp"

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

struct RedactOptions {
  std::string register_no;
};

void line(const Session& s, Id label, const std::string& value) {
  if (!value.empty()) {
    s.out << fmt::format("  {:<26} {}\n", s.text(label), text::printable(value));
  }
}

// The case as `show` prints it, from a case that has no personal data left to print.
ExitCode run_redact(const RedactOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto file = s.open_case_file(store::Access::read_only);
  const auto zone = file.config().agency.time_zone;
  const auto c = rules::redacted(
      store::load_case(file, o.register_no, store::case_calendar(file), s.today(zone)),
      s.text(Id::word_redacted));
  if (format == Format::json) {
    auto out = case_json(c, zone, true, false);
    for (auto& event : out["events"]) {
      event.erase("recorded_at");
      event.erase("recorded_by");
    }
    out["redacted"] = true;
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  print_case_summary(s, c, s.text({Id::out_redact_heading, {c.register_no}}));
  const auto& received = c.first_event().data;
  const auto applicant = received.value("applicant", json::object());
  s.out << '\n' << s.text(Id::lbl_applicant) << '\n';
  line(s, Id::lbl_name, rules::text_field(applicant, "name"));
  line(s, Id::lbl_applicant_type, rules::text_field(applicant, "type"));
  s.out << '\n' << s.text(Id::lbl_request) << '\n';
  line(s, Id::lbl_info, rules::text_field(received, "info"));
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
    if (event.kind != rules::EventKind::received) {
      for (const auto& [key, value] : event.data.items()) {
        details.push_back(
            fmt::format("{}={}", key, value.is_string() ? value.get<std::string>() : value.dump()));
      }
    }
    s.out << fmt::format("  {:<16}  {:<28} {}\n", to_iso_local(event.happened),
                         event_text(s, event.kind),
                         text::printable(fmt::format("{}", fmt::join(details, "; "))));
  }
  return ExitCode::ok;
}

}  // namespace

void add_redact_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<RedactOptions>();
  auto* cmd = parent.add_subcommand("redact", s.text(Id::help_redact));
  cmd->footer(s.text(Id::help_redact_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_redact(*o, s); }; });
}

}  // namespace ppid::cli
