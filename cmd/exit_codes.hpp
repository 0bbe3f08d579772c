#pragma once

namespace ppid::cli {

// ppid's exit codes: sysexits values under ppid's own names (README, `ppid --help`).
enum class ExitCode : int {
  ok = 0,
  found = 1,  // a check or report found something (--fail-if-any, calendar check, verify)
  usage = 64,
  bad_input = 65,
  case_file_missing = 66,
  wrong_state = 69,
  internal = 70,
  cannot_create = 73,
  io = 74,
  busy = 75,
  config = 78,
};

}  // namespace ppid::cli
