// ppid calendar load: a holiday file decreed after this release, into the case file.

#include "calendar/holidays.hpp"
#include "calendar_common.hpp"
#include "case_view.hpp"
#include "error.hpp"
#include "read_file.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using text::Id;

struct LoadOptions {
  std::string path;
};

ExitCode run_load(const LoadOptions& o, const Session& s) {
  s.format({Format::text});
  const auto content = read_whole_file(o.path);
  if (!content) {
    throw Error{ErrorKind::no_input, {Id::err_file_unreadable}}.value(o.path);
  }
  auto file = s.open_case_file(store::Access::read_write);
  const auto zone = file.config().agency.time_zone;
  auto transaction = file.begin_write();
  const auto year = store::load_holiday_file(file, *content, o.path, to_iso(s.now(zone), zone));
  // Deadlines are derived from the calendar: a new decree moves those of open cases now, in the
  // same transaction, and the officer sees which.
  const auto moves = store::recalc(file, store::case_calendar(file), s.today(zone));
  transaction.commit();
  const auto [holidays, leave] = calendar::count_kinds(year);
  s.out << s.text({Id::out_load_done,
                   {std::to_string(year.year), o.path, std::to_string(holidays),
                    std::to_string(leave)}})
        << '\n';
  print_moves(s, moves);
  return ExitCode::ok;
}

}  // namespace

void add_calendar_load_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<LoadOptions>();
  auto* cmd = parent.add_subcommand("load", s.text(Id::help_calendar_load));
  cmd->footer(s.text(Id::help_calendar_load_footer));
  cmd->add_option("file", o->path, s.text(Id::help_calendar_load_file))
      ->required()
      ->type_name("FILE.toml");
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_load(*o, s); }; });
}

}  // namespace ppid::cli
