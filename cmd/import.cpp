#include "act_words.hpp"
#include "case_view.hpp"
#include "commands.hpp"
#include "import/csv_reader.hpp"
#include "import/mapping.hpp"
#include "import/register_case.hpp"
#include "import/register_row.hpp"
#include "store/case_import.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace ppid::cli {
namespace {

using text::Id;
using Outcome = store::CaseImport::Outcome;

struct ImportOptions {
  std::string input;
  std::optional<std::string> mapping;
  bool dry_run = false;
  std::string on_error = "abort";
  std::optional<std::string> delimiter;
  std::optional<std::string> encoding;
};

// One problem row, as `FILE:LINE: field: problem`.
struct RowError {
  long line = 0;
  std::string field;
  std::string message;
};

struct Tally {
  long rows_read = 0;
  long imported = 0;
  long already_present = 0;
  long conflicts = 0;
  long rejected = 0;
  std::vector<RowError> errors;
};

// A progress bar on stderr, drawn only on a terminal, at most ten times a second.
class Progress {
 public:
  Progress(const Session& s, std::uint64_t total_bytes)
      : m_s(s), m_total(total_bytes), m_on(&s.err == &std::cerr && ::isatty(STDERR_FILENO) == 1) {}

  void update(long rows, std::uint64_t bytes) {
    if (!m_on || (rows % 1024) != 0) {
      return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds{100}) {
      return;
    }
    m_last = now;
    const auto count = m_s.text({Id::out_import_progress, {fmt::format("{}", rows)}});
    if (m_total > 0) {
      const auto percent = static_cast<int>(std::min<std::uint64_t>(100, bytes * 100 / m_total));
      const auto filled = static_cast<std::size_t>(percent * 30 / 100);
      m_s.err << fmt::format("\r[{}{}] {:3}%  {}", std::string(filled, '#'),
                             std::string(30 - filled, '.'), percent, count);
    } else {
      m_s.err << "\r" << count;
    }
    m_s.err.flush();
    m_drawn = true;
  }

  // Clears the bar before a line is written under it, and at the end.
  void clear() {
    if (m_drawn) {
      m_s.err << "\r\033[K";
      m_s.err.flush();
      m_drawn = false;
    }
  }

 private:
  const Session& m_s;
  std::uint64_t m_total;
  bool m_on;
  bool m_drawn = false;
  std::chrono::steady_clock::time_point m_last{};
};

// clang-format reads a line starting with "import" as a C++20 module import: qualified names.
ppid::import::CsvOptions csv_options(const ImportOptions& o, const ppid::import::Mapping& mapping) {
  auto csv = mapping.csv;
  if (o.delimiter) {
    if (*o.delimiter == "," || *o.delimiter == ";") {
      csv.delimiter = (*o.delimiter)[0];
    } else if (*o.delimiter == "tab" || *o.delimiter == "\t") {
      csv.delimiter = '\t';
    } else {
      throw Error{ErrorKind::usage, {Id::err_import_delimiter}}
          .value(*o.delimiter)
          .allowed({Id::hint_allowed, {"',', ';', tab"}});
    }
  }
  if (o.encoding) {
    const auto encoding = parse<ppid::import::Encoding>(*o.encoding);
    if (!encoding) {
      throw Error{ErrorKind::usage, {Id::err_field_invalid, {"encoding"}}}
          .value(*o.encoding)
          .allowed({Id::hint_allowed, {joined<ppid::import::Encoding>()}});
    }
    csv.encoding = *encoding;
  }
  return csv;
}

void print_summary(const Session& s, const Tally& t, bool written) {
  const std::pair<Id, long> lines[] = {
      {Id::out_import_rows_read, t.rows_read},
      {written ? Id::out_import_imported : Id::out_import_would_import, t.imported},
      {Id::out_import_already, t.already_present},
      {Id::out_import_conflicts, t.conflicts},
      {Id::out_import_rejected, t.rejected},
  };
  std::size_t width = 0;
  for (const auto& [id, count] : lines) {
    width = std::max(width, s.text(id).size());
  }
  for (const auto& [id, count] : lines) {
    s.out << fmt::format("{:<{}}  {:>9}", s.text(id), width, count) << '\n';
  }
}

ExitCode run_import(const ImportOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  if (o.on_error != "abort" && o.on_error != "skip") {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"on-error"}}}
        .value(o.on_error)
        .allowed({Id::hint_allowed, {"abort, skip"}});
  }
  const auto mapping = o.mapping ? import::load_mapping(*o.mapping) : import::Mapping{};
  const auto csv = csv_options(o, mapping);
  const bool from_stdin = o.input == "-";
  const std::string source = from_stdin ? "stdin" : o.input;
  std::ifstream file;
  std::uint64_t total_bytes = 0;
  if (!from_stdin) {
    std::error_code ec;
    if (std::filesystem::is_directory(o.input, ec)) {
      throw Error{ErrorKind::no_input, {Id::err_file_unreadable}}.value(o.input);
    }
    file.open(o.input, std::ios::binary);
    if (!file) {
      throw Error{ErrorKind::no_input, {Id::err_file_unreadable}}.value(o.input);
    }
    total_bytes = std::filesystem::file_size(o.input, ec);
  }
  auto command = open_case_command(s);
  ppid::import::CsvReader reader{from_stdin ? s.in : file, csv};
  ppid::import::CsvRecord record;
  // The header row comes after the rows the mapping says to skip (a title above it).
  for (long skipped = 0; skipped < mapping.skip_rows && reader.next(record); ++skipped) {
  }
  if (!reader.next(record)) {
    throw Error{ErrorKind::bad_input, {Id::imp_no_header}}.at(source);
  }
  const auto header_at = fmt::format("{}:{}", source, record.line);
  if (record.problem) {
    throw Error{ErrorKind::bad_input, {*record.problem}}.at(header_at);
  }
  const auto layout = import::resolve_layout(mapping, record.fields, header_at);

  auto transaction = command.file.begin_write();
  store::CaseImport importer{command.file, command.recorded()};
  Tally tally;
  Progress progress{s, total_bytes};
  const auto reject = [&](long line, const std::string& field, std::string message) {
    RowError error{line, field, std::move(message)};
    if (format == Format::text) {
      progress.clear();
      s.err << (field.empty() ? fmt::format("{}:{}: {}", source, line, error.message)
                              : fmt::format("{}:{}: {}: {}", source, line, field, error.message))
            << '\n';
    }
    tally.errors.push_back(std::move(error));
  };
  const auto field_name = [&](const std::optional<import::Field>& field) {
    return field ? layout.header_of(*field) : std::string{};
  };
  while (reader.next(record)) {
    // Spreadsheets export an empty row as separators alone: nothing to read.
    if (!record.problem && std::all_of(record.fields.begin(), record.fields.end(),
                                       [](const std::string& f) { return f.empty(); })) {
      continue;
    }
    ++tally.rows_read;
    progress.update(tally.rows_read, reader.bytes_read());
    if (record.problem) {
      ++tally.rejected;
      reject(record.line, {}, s.text(*record.problem));
      continue;
    }
    auto row = import::read_row(mapping, layout, record.fields);
    if (auto* problem = std::get_if<import::RowProblem>(&row)) {
      ++tally.rejected;
      reject(record.line, field_name(problem->field), problem->error.render(s.lang, spell_act));
      continue;
    }
    const auto& register_row = std::get<import::RegisterRow>(row);
    auto built = ppid::import::build_case(register_row, command.calendar, command.file.config(),
                                          command.as_of);
    if (auto* problem = std::get_if<import::RowProblem>(&built)) {
      ++tally.rejected;
      reject(record.line, field_name(problem->field), problem->error.render(s.lang, spell_act));
      continue;
    }
    auto& c = std::get<rules::Case>(built);
    const auto register_no = c.register_no;
    switch (importer.add(std::move(c), register_row.objection_no.has_value())) {
      case Outcome::imported:
        ++tally.imported;
        break;
      case Outcome::already_present:
        ++tally.already_present;
        break;
      case Outcome::conflict:
        ++tally.conflicts;
        reject(record.line, layout.header_of(import::Field::register_no),
               s.text({Id::imp_conflict, {register_no, register_no}}));
        break;
      case Outcome::repeated:
        ++tally.conflicts;
        reject(record.line, layout.header_of(import::Field::register_no),
               s.text({Id::imp_repeated, {register_no}}));
        break;
      case Outcome::objection_no_taken:
        ++tally.rejected;
        reject(record.line, layout.header_of(import::Field::objection_no),
               Error{ErrorKind::bad_input, {Id::imp_objection_no_taken}}
                   .value(*register_row.objection_no)
                   .render(s.lang));
        break;
    }
  }
  progress.clear();
  importer.finish();
  const long problems = tally.rejected + tally.conflicts;
  const bool written = !o.dry_run && (problems == 0 || o.on_error == "skip");
  if (written) {
    transaction.commit();
  }
  if (format == Format::json) {
    nlohmann::ordered_json out;
    out["rows_read"] = tally.rows_read;
    out["imported"] = tally.imported;
    out["already_present"] = tally.already_present;
    out["conflicts"] = tally.conflicts;
    out["rejected"] = tally.rejected;
    out["errors"] = nlohmann::ordered_json::array();
    for (const auto& e : tally.errors) {
      out["errors"].push_back({{"line", e.line}, {"field", e.field}, {"message", e.message}});
    }
    out["written"] = written;
    out["dry_run"] = o.dry_run;
    out["delimiter"] = std::string(1, reader.delimiter());
    out["converted_from_windows_1252"] = reader.converted();
    out["unused_columns"] = layout.unused;
    s.out << out.dump(2) << '\n';
  } else {
    print_summary(s, tally, written);
    if (o.dry_run) {
      s.out << s.text(Id::out_import_dry_run) << '\n';
    } else if (problems > 0) {
      s.out << s.text(text::plural(problems,
                                   written ? Id::out_import_skipped : Id::out_import_aborted,
                                   {std::to_string(problems)}))
            << '\n';
    }
    if (reader.converted()) {
      s.out << s.text(Id::out_import_converted) << '\n';
    }
    if (!layout.unused.empty()) {
      s.out << s.text({Id::out_import_unused, {fmt::format("{}", fmt::join(layout.unused, ", "))}})
            << '\n';
    }
  }
  return problems > 0 ? ExitCode::bad_input : ExitCode::ok;
}

}  // namespace

void add_import_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ImportOptions>();
  auto* cmd = parent.add_subcommand("import", s.text(Id::help_import));
  cmd->footer(s.text(Id::help_import_footer));
  cmd->add_option("file", o->input, s.text(Id::help_opt_import_file))
      ->required()
      ->type_name("FILE|-");
  cmd->add_option("--mapping", o->mapping, s.text(Id::help_opt_mapping))->type_name("MAP.toml");
  cmd->add_flag("--dry-run", o->dry_run, s.text(Id::help_opt_dry_run));
  cmd->add_option("--on-error", o->on_error, s.text(Id::help_opt_on_error))
      ->type_name("abort|skip");
  cmd->add_option("--delimiter", o->delimiter, s.text(Id::help_opt_delimiter))->type_name("SEP");
  cmd->add_option("--encoding", o->encoding, s.text(Id::help_opt_encoding))
      ->type_name(joined<ppid::import::Encoding>("|"));
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_import(*o, s); }; });
}

}  // namespace ppid::cli
