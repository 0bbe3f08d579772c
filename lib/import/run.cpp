#include "import/run.hpp"

#include "import/register_case.hpp"
#include "import/register_row.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace ppid::import {

using text::Id;

namespace {

// The header row, after the rows `mapping` skips, placed into a layout.
Layout read_header(CsvReader& reader, const Mapping& mapping, const std::string& source) {
  CsvRecord record;
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
  return resolve_layout(mapping, record.fields, header_at);
}

// Spreadsheets export an empty row as separators alone: nothing to read.
bool is_empty(const CsvRecord& record) {
  return !record.problem && std::all_of(record.fields.begin(), record.fields.end(),
                                        [](const std::string& f) { return f.empty(); });
}

}  // namespace

RegisterImport::RegisterImport(std::istream& in, ImportRequest request)
    : m_request(std::move(request)),
      m_reader(in, m_request.csv),
      m_layout(read_header(m_reader, m_request.mapping, m_request.source)) {}

RegisterImport::~RegisterImport() = default;

ImportReport RegisterImport::run(CaseSink& sink, const calendar::Calendar& calendar,
                                 const config::Config& config, const rules::AsOf& as_of,
                                 ImportObserver* observer) {
  ImportReport report;
  const auto reject = [&](long line, std::string field, Error problem) {
    report.errors.push_back({line, std::move(field), std::move(problem)});
    if (observer != nullptr) {
      observer->row_failed(report.errors.back());
    }
  };
  const auto header_of = [&](const std::optional<Field>& field) {
    return field ? m_layout.header_of(*field) : std::string{};
  };
  CsvRecord record;
  while (m_reader.next(record)) {
    if (is_empty(record)) {
      continue;
    }
    ++report.rows_read;
    if (observer != nullptr) {
      observer->row_read(report.rows_read, m_reader.bytes_read());
    }
    if (record.problem) {
      ++report.rejected;
      reject(record.line, {}, Error{ErrorKind::bad_input, {*record.problem}});
      continue;
    }
    auto row = read_row(m_request.mapping, m_layout, record.fields);
    if (auto* problem = std::get_if<RowProblem>(&row)) {
      ++report.rejected;
      reject(record.line, header_of(problem->field), std::move(problem->error));
      continue;
    }
    const auto& register_row = std::get<RegisterRow>(row);
    auto built = build_case(register_row, calendar, config, as_of);
    if (auto* problem = std::get_if<RowProblem>(&built)) {
      ++report.rejected;
      reject(record.line, header_of(problem->field), std::move(problem->error));
      continue;
    }
    auto& c = std::get<rules::Case>(built);
    const auto register_no = c.register_no;
    switch (sink.add(std::move(c), register_row.objection_no.has_value())) {
      case AddOutcome::imported:
        ++report.imported;
        break;
      case AddOutcome::already_present:
        ++report.already_present;
        break;
      case AddOutcome::conflict:
        ++report.conflicts;
        reject(record.line, m_layout.header_of(Field::register_no),
               Error{ErrorKind::bad_input, {Id::imp_conflict, {register_no, register_no}}});
        break;
      case AddOutcome::repeated:
        ++report.conflicts;
        reject(record.line, m_layout.header_of(Field::register_no),
               Error{ErrorKind::bad_input, {Id::imp_repeated, {register_no}}});
        break;
      case AddOutcome::objection_no_taken:
        ++report.rejected;
        reject(record.line, m_layout.header_of(Field::objection_no),
               Error{ErrorKind::bad_input, {Id::imp_objection_no_taken}}.value(
                   *register_row.objection_no));
        break;
    }
  }
  if (observer != nullptr) {
    observer->rows_done();
  }
  sink.finish();
  // One import, one transaction: with `abort`, a single bad row keeps every row out.
  report.written =
      !m_request.dry_run && (report.problems() == 0 || m_request.on_error == OnError::skip);
  report.delimiter = m_reader.delimiter();
  report.converted = m_reader.converted();
  report.unused_columns = m_layout.unused;
  return report;
}

}  // namespace ppid::import
