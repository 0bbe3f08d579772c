#include "case_view.hpp"
#include "commands.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

struct ShowOptions {
  std::string register_no;
  bool unmasked = false;
};

ExitCode run_show(const ShowOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto file = s.open_case_file(store::Access::read_only);
  const auto zone = file.config().agency.time_zone;
  const auto c = store::load_case(file, o.register_no, store::case_calendar(file), s.today(zone));
  if (format == Format::json) {
    s.out << case_json(c, zone, true, o.unmasked).dump(2) << '\n';
    return ExitCode::ok;
  }
  print_case_summary(s, c, s.text({Id::out_show_heading, {c.register_no}}));
  print_case_details(s, c, o.unmasked ? rules::PersonalData::unmasked : rules::PersonalData::masked,
                     true);
  return ExitCode::ok;
}

}  // namespace

void add_show_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ShowOptions>();
  auto* cmd = parent.add_subcommand("show", s.text(Id::help_show));
  cmd->footer(s.text(Id::help_show_footer));
  cmd->add_option("register", o->register_no, s.text(Id::help_opt_register))
      ->required()
      ->type_name("REG");
  cmd->add_flag("--unmasked", o->unmasked, s.text(Id::help_opt_unmasked));
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_show(*o, s); }; });
}

}  // namespace ppid::cli
