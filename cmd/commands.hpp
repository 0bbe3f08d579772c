#pragma once

#include "session.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace ppid::cli {

// One function per command file; each adds its command under `parent` and, when the command is
// chosen, stores in `chosen` the action to run once parsing has succeeded.
void add_init_command(CLI::App& parent, Session& s, Action& chosen);
void add_config_show_command(CLI::App& parent, Session& s, Action& chosen);
void add_request_new_command(CLI::App& parent, Session& s, Action& chosen);
void add_request_complete_command(CLI::App& parent, Session& s, Action& chosen);
void add_request_list_command(CLI::App& parent, Session& s, Action& chosen);
void add_respond_command(CLI::App& parent, Session& s, Action& chosen);
void add_extend_command(CLI::App& parent, Session& s, Action& chosen);
void add_object_command(CLI::App& parent, Session& s, Action& chosen);
void add_escalate_command(CLI::App& parent, Session& s, Action& chosen);
void add_withdraw_command(CLI::App& parent, Session& s, Action& chosen);
void add_deliver_command(CLI::App& parent, Session& s, Action& chosen);
void add_assign_command(CLI::App& parent, Session& s, Action& chosen);
void add_court_command(CLI::App& parent, Session& s, Action& chosen);
void add_show_command(CLI::App& parent, Session& s, Action& chosen);
void add_redact_command(CLI::App& parent, Session& s, Action& chosen);
void add_verify_command(CLI::App& parent, Session& s, Action& chosen);
void add_backup_command(CLI::App& parent, Session& s, Action& chosen);
void add_recalc_command(CLI::App& parent, Session& s, Action& chosen);
void add_import_command(CLI::App& parent, Session& s, Action& chosen);
// report overdue, due, register, objections, annual.
void add_report_commands(CLI::App& parent, Session& s, Action& chosen);
// calendar add, between, holidays, check, load.
void add_calendar_commands(CLI::App& parent, Session& s, Action& chosen);

}  // namespace ppid::cli
