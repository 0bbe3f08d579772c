#pragma once

#include "calendar/calendar.hpp"
#include "config/config.hpp"
#include "error.hpp"
#include "import/case_sink.hpp"
#include "import/csv_reader.hpp"
#include "import/mapping.hpp"
#include "rules/lifecycle.hpp"
#include "word_table.hpp"

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace ppid::import {

// What an import does with the good rows when some rows have problems.
enum class OnError {
  abort,  // writes nothing
  skip,   // writes the good rows
};

// What to import and how.
struct ImportRequest {
  Mapping mapping;
  CsvOptions csv;      // the mapping's CSV options, with the caller's choices over them
  std::string source;  // the input's name in messages: its path, or "stdin"
  OnError on_error = OnError::abort;
  bool dry_run = false;
};

// A row that was not imported: where it is, the header of the column at fault ("" for the row
// as a whole), and why.
struct RowError {
  long line = 0;
  std::string field;
  Error problem;
};

// What an import read and did.
struct ImportReport {
  // Rows after the header; blank rows and rows of separators alone are not rows.
  long rows_read = 0;
  // Rows whose case was added; stored only when `written`.
  long imported = 0;
  long already_present = 0;
  long conflicts = 0;  // numbers in the case file, or earlier in the register, with other content
  long rejected = 0;
  std::vector<RowError> errors;  // in the order of the rows
  char delimiter = ',';
  bool converted = false;  // some text was read as Windows-1252 and converted
  std::vector<std::string> unused_columns;
  // Whether the caller is to commit: not on a dry run, and with problems only under `skip`.
  bool written = false;

  long problems() const { return rejected + conflicts; }
};

// Hears from an import while it reads (a progress bar, problem lines as they are found).
class ImportObserver {
 public:
  virtual ~ImportObserver() = default;
  // After each row is read: the rows read so far and the bytes of the input consumed.
  virtual void row_read(long rows, std::uint64_t bytes) = 0;
  // A row was not imported (rejected, or a conflict).
  virtual void row_failed(const RowError& error) = 0;
  // The last row was read; the sink is finished next.
  virtual void rows_done() = 0;

 protected:
  ImportObserver() = default;
  ImportObserver(const ImportObserver&) = default;
  ImportObserver& operator=(const ImportObserver&) = default;
};

// A paper register being imported. Reading it is split in two so that a register without a
// usable header row is refused before the caller takes the case file's write lock.
class RegisterImport {
 public:
  // Reads the rows the mapping skips (a title above the header) and the header row, and finds
  // the columns. Error{bad_input} at `source` when there is no header row, at `source:line` when
  // the header row cannot be read or lacks a column (see resolve_layout).
  RegisterImport(std::istream& in, ImportRequest request);
  ~RegisterImport();
  RegisterImport(const RegisterImport&) = delete;
  RegisterImport& operator=(const RegisterImport&) = delete;

  // Reads every row after the header, builds its case (build_case, as of `as_of`) and adds it
  // to `sink`, then finishes the sink. A row with a problem is counted, kept in the report and
  // told to `observer`; the import goes on with the next row.
  ImportReport run(CaseSink& sink, const calendar::Calendar& calendar, const config::Config& config,
                   const rules::AsOf& as_of, ImportObserver* observer = nullptr);

 private:
  ImportRequest m_request;
  CsvReader m_reader;
  Layout m_layout;
};

}  // namespace ppid::import

namespace ppid {

template <>
struct Words<import::OnError> {
  static constexpr std::array<std::string_view, 2> table = {"abort", "skip"};
};

}  // namespace ppid
