#include "case_view.hpp"
#include "error.hpp"
#include "store/holiday_store.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <pwd.h>
#include <unistd.h>

namespace ppid::cli {
namespace {

using text::Id;

// The operating-system account recording an act: the audit trail says who, not which person.
std::string os_user() {
  if (const auto* entry = ::getpwuid(::geteuid()); entry != nullptr && entry->pw_name != nullptr) {
    return entry->pw_name;
  }
  return fmt::format("uid {}", ::geteuid());
}

}  // namespace

store::Recorded CaseCommand::recorded() const {
  return {to_iso(as_of.now, zone), recorded_by};
}

CaseCommand open_case_command(const Session& s) {
  auto file = s.open_case_file(store::Access::read_write);
  const auto zone = file.config().agency.time_zone;
  auto calendar = store::case_calendar(file);
  const auto now = s.now(zone);
  return CaseCommand{std::move(file), std::move(calendar), zone, {now, now.date}, os_user()};
}

void add_time_option(CLI::App& cmd, std::optional<std::string>& at, const Session& s) {
  cmd.add_option("--at", at, s.text(Id::help_opt_at))->type_name("TIME");
}

LocalTime act_time(const std::optional<std::string>& at, const CaseCommand& command) {
  if (!at) {
    return command.as_of.now;
  }
  if (auto parsed = parse_local_time(*at)) {
    return *parsed;
  }
  throw Error{ErrorKind::usage, {Id::err_bad_time}}.value(*at).allowed({Id::hint_time_format});
}

ExitCode record_act(const Session& s, const std::string& register_no,
                    const std::optional<std::string>& at, const MakeEvent& act,
                    const MakeHeadline& headline) {
  return record_acts(s, register_no, at, {act}, headline);
}

ExitCode record_acts(const Session& s, const std::string& register_no,
                     const std::optional<std::string>& at, const std::vector<MakeEvent>& acts,
                     const MakeHeadline& headline) {
  const auto format = s.format({Format::text, Format::json});
  auto command = open_case_command(s);
  const auto when = act_time(at, command);
  auto transaction = command.file.begin_write();
  auto c = store::load_case(command.file, register_no, command.calendar, command.as_of.today);
  for (const auto& act : acts) {
    auto event = act(c, when, command);
    c = store::append_event(command.file, c, std::move(event), command.recorded(), command.calendar,
                            command.as_of.today);
  }
  transaction.commit();
  return print_after_act(s, format, c, command.zone, headline(c, when));
}

}  // namespace ppid::cli
