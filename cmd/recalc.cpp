#include "case_view.hpp"
#include "commands.hpp"
#include "store/case_store.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace ppid::cli {
namespace {

ExitCode run_recalc(const Session& s) {
  s.format({Format::text});
  auto command = open_case_command(s);
  auto transaction = command.file.begin_write();
  const auto moves = store::recalc(command.file, command.calendar, command.as_of.today);
  transaction.commit();
  print_moves(s, moves);
  return ExitCode::ok;
}

}  // namespace

void add_recalc_command(CLI::App& parent, Session& s, Action& chosen) {
  auto* cmd = parent.add_subcommand("recalc", s.text(text::Id::help_recalc));
  cmd->footer(s.text(text::Id::help_recalc_footer));
  cmd->callback([&s, &chosen] { chosen = [&s] { return run_recalc(s); }; });
}

}  // namespace ppid::cli
