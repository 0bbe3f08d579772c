#include "rules/redact.hpp"

#include "case_view.hpp"
#include "commands.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"

#include <CLI/CLI.hpp>
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
  print_case_details(s, c, rules::PersonalData::hidden, false);
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
