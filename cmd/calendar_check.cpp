// ppid calendar check: whether the holiday data covers the next 12 months (for cron).

#include "calendar/coverage.hpp"
#include "calendar_common.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

ExitCode run_check(const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto context = calendar_context(s);
  const auto coverage = calendar::coverage(context.calendar, s.today(context.zone));
  const auto today = to_iso(coverage.from);
  const auto until = to_iso(coverage.until);
  if (format == Format::json) {
    json out;
    out["today"] = today;
    out["until"] = until;
    out["covered_years"] = coverage.covered_years;
    out["missing_years"] = coverage.missing_years;
    out["ok"] = coverage.complete();
    s.out << out.dump(2) << '\n';
  } else {
    s.out << s.text({Id::out_check_covered, {years_text(s, coverage.covered_years)}}) << '\n';
    if (coverage.complete()) {
      s.out << s.text({Id::out_check_ok, {today, until}}) << '\n';
    }
    for (int year : coverage.missing_years) {
      const auto y = std::to_string(year);
      s.out << s.text({Id::out_check_missing, {y, today, until, y}}) << '\n';
    }
  }
  return coverage.complete() ? ExitCode::ok : ExitCode::found;
}

}  // namespace

void add_calendar_check_command(CLI::App& parent, Session& s, Action& chosen) {
  auto* cmd = parent.add_subcommand("check", s.text(Id::help_calendar_check));
  cmd->footer(s.text(Id::help_calendar_check_footer));
  cmd->callback([&s, &chosen] { chosen = [&s] { return run_check(s); }; });
}

}  // namespace ppid::cli
