#include "store/backup.hpp"

#include "commands.hpp"
#include "text/escape.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using text::Id;

struct BackupCommandOptions {
  std::string dest;
};

ExitCode run_backup(const BackupCommandOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  // Read-only: a backup never waits for writers, nor makes them wait for long.
  const auto file = s.open_case_file(store::Access::read_only);
  const auto zone = file.config().agency.time_zone;
  store::BackupOptions options;
  options.busy_timeout = s.busy_timeout;
  const auto result = store::backup(file, o.dest, s.today(zone), options);
  if (format == Format::json) {
    nlohmann::ordered_json out;
    out["path"] = result.path.string();
    out["bytes"] = result.bytes;
    out["cases"] = result.cases;
    out["events"] = result.events;
    out["verified"] = true;
    s.out << out.dump(2) << '\n';
  } else {
    s.out << s.text({Id::out_backup_done,
                     {text::printable(result.path.string()), std::to_string(result.cases),
                      std::to_string(result.events)}})
          << '\n';
  }
  return ExitCode::ok;
}

}  // namespace

void add_backup_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<BackupCommandOptions>();
  auto* cmd = parent.add_subcommand("backup", s.text(Id::help_backup));
  cmd->footer(s.text(Id::help_backup_footer));
  cmd->add_option("dest", o->dest, s.text(Id::help_opt_backup_dest))->required()->type_name("DEST");
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_backup(*o, s); }; });
}

}  // namespace ppid::cli
