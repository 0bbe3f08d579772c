#pragma once

#include "text/catalogue.hpp"
#include "word_table.hpp"

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ppid::import {

// How the bytes of a CSV file are read. Spreadsheets on Indonesian office computers save "CSV"
// as Windows-1252 unless told "CSV UTF-8".
enum class Encoding {
  automatic,     // each field: UTF-8 when it is valid UTF-8, else Windows-1252
  utf8,          // invalid UTF-8 is a problem of the record
  windows_1252,  // every field converted
};

struct CsvOptions {
  // The separator; none: detected from the first line that holds one (',', ';' or tab,
  // whichever occurs most outside quotes there; a title line above the header holds none).
  std::optional<char> delimiter;
  Encoding encoding = Encoding::automatic;
};

// One record (row) of a CSV file.
struct CsvRecord {
  long line = 0;                    // the physical line (1-based) where the record starts
  std::vector<std::string> fields;  // UTF-8, without leading or trailing spaces
  // Why the record could not be read (malformed quotes, a quoted field left open at the end of
  // the file, text in no known encoding, a record over 1 MiB, after which reading stops);
  // `fields` is then unreliable.
  std::optional<text::Id> problem;
};

// Reads CSV as clerks' spreadsheets write it (RFC 4180 and the usual deviations): with or without
// a UTF-8 byte order mark, LF or CRLF line ends, quoted fields holding separators, doubled quotes
// and line breaks, blank lines (skipped), and spaces around fields (dropped). Streams: memory
// does not grow with the file. Built on libcsv.
class CsvReader {
 public:
  CsvReader(std::istream& in, CsvOptions options);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next record into `record`; false at the end of the input. After a record with a
  // problem, reading goes on with the next line.
  bool next(CsvRecord& record);

  // The separator in use (known once the first record is read).
  char delimiter() const;
  // Bytes consumed so far, for a progress bar.
  std::uint64_t bytes_read() const;
  // Whether some field was converted from Windows-1252.
  bool converted() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ppid::import

namespace ppid {

template <>
struct Words<import::Encoding> {
  static constexpr std::array<std::string_view, 3> table = {"auto", "utf-8", "windows-1252"};
};

}  // namespace ppid
