#include "commands.hpp"
#include "report_common.hpp"

#include <CLI/CLI.hpp>

namespace ppid::cli {

void add_report_commands(CLI::App& parent, Session& s, Action& chosen) {
  add_report_overdue_command(parent, s, chosen);
  add_report_due_command(parent, s, chosen);
  add_report_register_command(parent, s, chosen);
  add_report_objections_command(parent, s, chosen);
  add_report_annual_command(parent, s, chosen);
}

}  // namespace ppid::cli
