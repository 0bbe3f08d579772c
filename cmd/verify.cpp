#include "commands.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>

namespace ppid::cli {
namespace {

using text::Id;

ExitCode run_verify(const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto file = s.open_case_file(store::Access::read_only);
  const auto zone = file.config().agency.time_zone;
  const auto result = store::verify(file, store::case_calendar(file), s.today(zone));
  if (format == Format::json) {
    nlohmann::ordered_json out;
    out["ok"] = !result.problem.has_value();
    out["cases"] = result.cases;
    out["events"] = result.events;
    if (result.problem) {
      out["problem"] = {{"register_no", result.problem->register_no},
                        {"event", result.problem->event_id},
                        {"message", s.text(result.problem->what)}};
    }
    s.out << out.dump(2) << '\n';
  } else if (!result.problem) {
    s.out << s.text(
                 {Id::out_verify_ok, {std::to_string(result.cases), std::to_string(result.events)}})
          << '\n';
  } else {
    const auto& p = *result.problem;
    if (p.register_no.empty()) {
      s.out << s.text({Id::out_verify_file_problem, {s.text(p.what)}}) << '\n';
    } else if (p.event_id == 0) {
      s.out << s.text({Id::out_verify_case_problem, {p.register_no, s.text(p.what)}}) << '\n';
    } else {
      s.out << s.text({Id::out_verify_event_problem,
                       {p.register_no, std::to_string(p.event_id), s.text(p.what)}})
            << '\n';
    }
  }
  return result.problem ? ExitCode::found : ExitCode::ok;
}

}  // namespace

void add_verify_command(CLI::App& parent, Session& s, Action& chosen) {
  auto* cmd = parent.add_subcommand("verify", s.text(Id::help_verify));
  cmd->footer(s.text(Id::help_verify_footer));
  cmd->callback([&s, &chosen] { chosen = [&s] { return run_verify(s); }; });
}

}  // namespace ppid::cli
