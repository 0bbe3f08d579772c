#include "case_view.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

struct RequestListOptions {
  std::optional<std::string> state;
  std::optional<std::string> service;
  std::optional<int> year;
};

ExitCode run_request_list(const RequestListOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  store::CaseFilter filter;
  if (o.state) {
    filter.state = rules::read_word<rules::State>(*o.state);
    if (!filter.state) {
      throw Error{ErrorKind::usage, {Id::err_field_invalid, {"state"}}}.value(*o.state).allowed(
          {Id::hint_allowed, {joined<rules::State>()}});
    }
  }
  filter.service = o.service;
  filter.year = o.year;
  const auto file = s.open_case_file(store::Access::read_only);
  const auto zone = file.config().agency.time_zone;
  const auto cases = store::load_cases(file, filter, store::case_calendar(file), s.today(zone));
  if (format == Format::json) {
    json out = json::array();
    for (const auto& c : cases) {
      out.push_back(case_json(c, zone, false, false));
    }
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  if (cases.empty()) {
    s.out << s.text(Id::out_list_empty) << '\n';
    return ExitCode::ok;
  }
  std::vector<std::vector<std::string>> rows{{s.text(Id::col_register_no), s.text(Id::col_received),
                                              s.text(Id::col_state), s.text(Id::col_due),
                                              s.text(Id::col_status)}};
  for (const auto& c : cases) {
    // The duty the body has now: the notice, or the superior's answer to an objection.
    const auto* duty = c.state == rules::State::objection
                           ? c.deadline(rules::DeadlineKind::objection_answer)
                           : c.deadline(rules::DeadlineKind::response);
    rows.push_back({c.register_no, to_iso(c.received.date), state_text(s, c.state),
                    duty != nullptr && duty->due ? to_iso(*duty->due) : "-",
                    duty != nullptr ? status_text(s, *duty) : ""});
  }
  s.out << text::render({text::Column::left(24), text::Column::left(10), text::Column::left(28),
                         text::Column::left(10), text::Column::left()},
                        rows, {});
  return ExitCode::ok;
}

}  // namespace

void add_request_list_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<RequestListOptions>();
  auto* cmd = parent.add_subcommand("list", s.text(Id::help_request_list));
  cmd->footer(s.text(Id::help_request_list_footer));
  cmd->add_option("--state", o->state, s.text(Id::help_opt_state))->type_name("STATE");
  cmd->add_option("--service", o->service, s.text(Id::help_opt_service))->type_name("NAME");
  cmd->add_option("--year", o->year, s.text(Id::help_opt_year))->type_name("YEAR");
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_request_list(*o, s); }; });
}

}  // namespace ppid::cli
