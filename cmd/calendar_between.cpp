// ppid calendar between: the working days after one date up to another (0 when the second is
// not after the first).

#include "calendar_common.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

struct BetweenOptions {
  std::string from;
  std::string to;
};

ExitCode run_between(const BetweenOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto from = parse_date_option(o.from);
  const auto to = parse_date_option(o.to);
  const auto context = calendar_context(s);
  // The working days after DATE1 up to DATE2: none when DATE2 is not after DATE1.
  const bool forward = from < to;
  const auto count = forward ? context.calendar.working_days_between(from, to) : 0;
  const bool provisional = forward && context.calendar.between_is_provisional(from, to);
  if (format == Format::json) {
    json out;
    out["from"] = to_iso(from);
    out["to"] = to_iso(to);
    out["working_days"] = count;
    out["provisional"] = provisional;
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  s.out << with_mark(s, std::to_string(count), provisional) << '\n';
  return ExitCode::ok;
}

}  // namespace

void add_calendar_between_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<BetweenOptions>();
  auto* cmd = parent.add_subcommand("between", s.text(Id::help_calendar_between));
  cmd->footer(s.text(Id::help_calendar_between_footer));
  cmd->add_option("date1", o->from, s.text(Id::help_calendar_between_from))
      ->required()
      ->type_name("DATE1");
  cmd->add_option("date2", o->to, s.text(Id::help_calendar_between_to))
      ->required()
      ->type_name("DATE2");
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_between(*o, s); }; });
}

}  // namespace ppid::cli
