#include "act_words.hpp"
#include "case_view.hpp"
#include "commands.hpp"
#include "import/csv_reader.hpp"
#include "import/mapping.hpp"
#include "import/run.hpp"
#include "store/case_import.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <utility>

namespace ppid::cli {
namespace {

using text::Id;

struct ImportOptions {
  std::string input;
  std::optional<std::string> mapping;
  bool dry_run = false;
  std::string on_error = "abort";
  std::optional<std::string> delimiter;
  std::optional<std::string> encoding;
};

// What the text output shows while the import reads: a progress bar on stderr, drawn only on a
// terminal, at most ten times a second, and each problem row's line as it is found.
class Progress final : public ppid::import::ImportObserver {
 public:
  Progress(const Session& s, std::string source, std::uint64_t total_bytes, bool print_errors)
      : m_s(s),
        m_source(std::move(source)),
        m_total(total_bytes),
        m_on(&s.err == &std::cerr && ::isatty(STDERR_FILENO) == 1),
        m_print_errors(print_errors) {}

  void row_read(long rows, std::uint64_t bytes) override {
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

  // `FILE:LINE: field: problem`, under the bar.
  void row_failed(const ppid::import::RowError& e) override {
    if (!m_print_errors) {
      return;
    }
    clear();
    const auto message = e.problem.render(m_s.lang, spell_act);
    m_s.err << (e.field.empty() ? fmt::format("{}:{}: {}", m_source, e.line, message)
                                : fmt::format("{}:{}: {}: {}", m_source, e.line, e.field, message))
            << '\n';
  }

  void rows_done() override { clear(); }

 private:
  // Clears the bar before a line is written under it, and at the end.
  void clear() {
    if (m_drawn) {
      m_s.err << "\r\033[K";
      m_s.err.flush();
      m_drawn = false;
    }
  }

  const Session& m_s;
  std::string m_source;
  std::uint64_t m_total;
  bool m_on;
  bool m_print_errors;
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

void print_summary(const Session& s, const ppid::import::ImportReport& r) {
  const std::pair<Id, long> lines[] = {
      {Id::out_import_rows_read, r.rows_read},
      {r.written ? Id::out_import_imported : Id::out_import_would_import, r.imported},
      {Id::out_import_already, r.already_present},
      {Id::out_import_conflicts, r.conflicts},
      {Id::out_import_rejected, r.rejected},
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto& [id, count] : lines) {
    rows.push_back({s.text(id), std::to_string(count)});
  }
  s.out << text::render({text::Column::left().fitted().then("  "), text::Column::right(9)}, rows,
                        {});
}

void print_json(const Session& s, const ppid::import::ImportReport& r, bool dry_run) {
  nlohmann::ordered_json out;
  out["rows_read"] = r.rows_read;
  out["imported"] = r.imported;
  out["already_present"] = r.already_present;
  out["conflicts"] = r.conflicts;
  out["rejected"] = r.rejected;
  out["errors"] = nlohmann::ordered_json::array();
  for (const auto& e : r.errors) {
    out["errors"].push_back(
        {{"line", e.line}, {"field", e.field}, {"message", e.problem.render(s.lang, spell_act)}});
  }
  out["written"] = r.written;
  out["dry_run"] = dry_run;
  out["delimiter"] = std::string(1, r.delimiter);
  out["converted_from_windows_1252"] = r.converted;
  out["unused_columns"] = r.unused_columns;
  s.out << out.dump(2) << '\n';
}

void print_text(const Session& s, const ppid::import::ImportReport& r, bool dry_run) {
  print_summary(s, r);
  const long problems = r.problems();
  if (dry_run) {
    s.out << s.text(Id::out_import_dry_run) << '\n';
  } else if (problems > 0) {
    s.out << s.text(text::plural(problems,
                                 r.written ? Id::out_import_skipped : Id::out_import_aborted,
                                 {std::to_string(problems)}))
          << '\n';
  }
  if (r.converted) {
    s.out << s.text(Id::out_import_converted) << '\n';
  }
  if (!r.unused_columns.empty()) {
    s.out << s.text({Id::out_import_unused, {fmt::format("{}", fmt::join(r.unused_columns, ", "))}})
          << '\n';
  }
}

ExitCode run_import(const ImportOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto on_error = parse<ppid::import::OnError>(o.on_error);
  if (!on_error) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"on-error"}}}
        .value(o.on_error)
        .allowed({Id::hint_allowed, {joined<ppid::import::OnError>()}});
  }
  ppid::import::ImportRequest request;
  request.mapping = o.mapping ? ppid::import::load_mapping(*o.mapping) : ppid::import::Mapping{};
  request.csv = csv_options(o, request.mapping);
  request.on_error = *on_error;
  request.dry_run = o.dry_run;
  const bool from_stdin = o.input == "-";
  request.source = from_stdin ? "stdin" : o.input;
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
  Progress progress{s, request.source, total_bytes, format == Format::text};
  // The header is read before the write lock is taken: a file without one is refused at once.
  ppid::import::RegisterImport importer{from_stdin ? s.in : file, std::move(request)};

  auto transaction = command.file.begin_write();
  store::CaseImport sink{command.file, command.recorded()};
  const auto report =
      importer.run(sink, command.calendar, command.file.config(), command.as_of, &progress);
  if (report.written) {
    transaction.commit();
  }
  if (format == Format::json) {
    print_json(s, report, o.dry_run);
  } else {
    print_text(s, report, o.dry_run);
  }
  return report.problems() > 0 ? ExitCode::bad_input : ExitCode::ok;
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
      ->type_name(joined<ppid::import::OnError>("|"));
  cmd->add_option("--delimiter", o->delimiter, s.text(Id::help_opt_delimiter))->type_name("SEP");
  cmd->add_option("--encoding", o->encoding, s.text(Id::help_opt_encoding))
      ->type_name(joined<ppid::import::Encoding>("|"));
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_import(*o, s); }; });
}

}  // namespace ppid::cli
