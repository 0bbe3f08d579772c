#include "calendar_common.hpp"
#include "commands.hpp"

#include <CLI/CLI.hpp>

namespace ppid::cli {

void add_calendar_commands(CLI::App& parent, Session& s, Action& chosen) {
  add_calendar_add_command(parent, s, chosen);
  add_calendar_between_command(parent, s, chosen);
  add_calendar_holidays_command(parent, s, chosen);
  add_calendar_check_command(parent, s, chosen);
  add_calendar_load_command(parent, s, chosen);
}

}  // namespace ppid::cli
