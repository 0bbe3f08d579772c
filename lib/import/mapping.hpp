#pragma once

#include "import/csv_reader.hpp"
#include "import/register_date.hpp"
#include "word_table.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ppid::import {

// The words of a yes-or-no column (whether a late objection was accepted).
enum class YesNo { yes, no };

// The register's "Status Informasi": whether the body holds the information (art. 22(7)(a)).
enum class InfoStatus { held, not_held, not_yet_held, not_documented };

// The register's "Jenis Permohonan": to see or know the information, or to get a copy.
enum class RequestKind { see, copy };

// The fields of a register row ppid reads: the request register of DOMAIN.md, and the dates and
// decisions of the rest of each case's history. Their codes are the keys of a mapping file.
enum class Field : std::uint8_t {
  register_no,
  received,
  name,
  id_number,
  applicant_type,
  address,
  phone,
  email,
  contact,  // a phone, an e-mail, or both ("0812-3456-7890 / siti@example.id")
  occupation,
  info,
  purpose,
  service,
  channel,
  access,
  delivery,
  proxy,
  completed,
  extended,
  extension_reason,
  answered,
  decision,
  reason,
  basis,
  holder,
  objection_no,
  objected,
  grounds,
  arose,
  late_accepted,
  objection_answer,
  objection_answered,
  official,
  position,
  dispute_filed,
  commission,
  dispute_outcome,
  dispute_ended,
  withdrawn,
  // The Perki template's own columns (DOMAIN.md, Registers).
  info_status,   // held, not held (by whom), not yet held, not documented
  held_form,     // the form the information is held in: soft or hard copy
  request_kind,  // to see or know, or to get a copy
  delivered,     // the date the information was handed over
  cost,
  paid_by,
  cost_payment,  // one cell for both: "Rp 5.000, tunai"
  count_,        // not a field
};

inline constexpr std::size_t k_field_count = static_cast<std::size_t>(Field::count_);

std::string_view code(Field field);
std::optional<Field> parse_field(std::string_view code);

// The words a choice field takes ("granted", "partial", "refused" for the decision); empty for a
// field of free text or a date.
std::span<const std::string_view> field_choices(Field field);

// A register's own way of writing things, from a mapping file (TOML):
//
//   [csv]      delimiter = ";"  encoding = "windows-1252"  skip_rows = 2
//   [dates]    order = "day-first"
//   [columns]  register_no = "No. Reg"   received = 2        (a header, or a column number)
//   [values.decision]
//   "Diberikan seluruhnya" = "granted"
//   "Ditolak - dikecualikan" = { decision = "refused", reason = "exempt" }
//   [defaults] channel = "desk"
//
// Fields the mapping does not place are looked for under the usual headers of the request
// register (Indonesian and English), and the usual Indonesian words of each choice are known.
struct Mapping {
  struct Column {
    std::string header;  // as written in the mapping
    int number = 0;      // 1-based; 0 when given by header
  };
  // What a written value means: the fields it sets, in canonical words.
  using Meaning = std::vector<std::pair<Field, std::string>>;

  std::array<std::optional<Column>, k_field_count> columns;
  // Per field: the written value, normalised (see `normalise`), to its meaning.
  std::array<std::map<std::string, Meaning, std::less<>>, k_field_count> values;
  std::array<std::optional<std::string>, k_field_count> defaults;
  DayOrder day_order = DayOrder::day_first;
  CsvOptions csv;
  long skip_rows = 0;  // rows above the header row (a title); blank lines are not rows
};

// Reads a mapping file; Error{config} with file:line:column for any problem.
Mapping load_mapping(const std::string& path);
Mapping parse_mapping(std::string_view toml_text, std::string_view source_name);

// `text` as headers and values are compared: ASCII letters lower-cased, every run of other
// ASCII characters (spaces, dots, dashes, slashes) one space, none at either end.
// "No. Pendaftaran" → "no pendaftaran"; "Ditolak - dikecualikan" → "ditolak dikecualikan".
std::string normalise(std::string_view text);

// Where each field is in one file, from its header row.
struct Layout {
  std::array<int, k_field_count> column;  // 0-based; -1 when the file has no such column
  std::vector<std::string> headers;       // as written in the file
  std::vector<std::string> unused;        // headers that no field reads

  // The header of `field`'s column, or the field's code when it has none (a default).
  std::string header_of(Field field) const;
};

// Finds the columns of `headers` (Error{bad_input} at `location` when a column the mapping names
// is missing, or a required field — register number, date received, name, information
// requested — has no column).
Layout resolve_layout(const Mapping& mapping, const std::vector<std::string>& headers,
                      const std::string& location);

}  // namespace ppid::import

namespace ppid {

template <>
struct Words<import::YesNo> {
  static constexpr std::array<std::string_view, 2> table = {"yes", "no"};
};
template <>
struct Words<import::InfoStatus> {
  static constexpr std::array<std::string_view, 4> table = {"held", "not-held", "not-yet-held",
                                                            "not-documented"};
};
template <>
struct Words<import::RequestKind> {
  static constexpr std::array<std::string_view, 2> table = {"see", "copy"};
};

}  // namespace ppid
