#include "config/register_format.hpp"
#include "error.hpp"
#include "import/mapping.hpp"
#include "import/register_row.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ppid::Error;
using ppid::ErrorKind;
using ppid::import::Field;
using ppid::import::Mapping;
using ppid::import::normalise;
using ppid::import::parse_mapping;
using ppid::import::RegisterRow;
using ppid::import::resolve_layout;
using ppid::import::RowProblem;
using ppid::text::Lang;

namespace {

// The error `parse_mapping` throws for `toml`, rendered in English, or "" when it accepts it.
std::string mapping_error(const std::string& toml) {
  try {
    parse_mapping(toml, "map.toml");
    return "";
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::config);
    return e.render(Lang::en);
  }
}

// Reads one row under `headers` with `mapping`: the row, or the problem as "field: message".
std::variant<RegisterRow, std::string> row(const Mapping& mapping,
                                           const std::vector<std::string>& headers,
                                           const std::vector<std::string>& fields) {
  const auto layout = resolve_layout(mapping, headers, "f.csv:1");
  auto result = ppid::import::read_row(mapping, layout, fields);
  if (auto* problem = std::get_if<RowProblem>(&result)) {
    return (problem->field ? layout.header_of(*problem->field) : std::string{"-"}) + ": " +
           problem->error.render(Lang::en);
  }
  return std::get<RegisterRow>(result);
}

const std::vector<std::string> k_headers = {"No. Pendaftaran",
                                            "Tanggal Permohonan",
                                            "Nama Pemohon",
                                            "Informasi yang Diminta",
                                            "Tanggal Pemberitahuan Tertulis",
                                            "Keputusan",
                                            "Alasan Penolakan",
                                            "Kontak",
                                            "Keterangan"};

}  // namespace

TEST_CASE("import mapping: headers and values compare without case, spaces or punctuation") {
  CHECK(normalise("No. Pendaftaran") == "no pendaftaran");
  CHECK(normalise("  Ditolak - dikecualikan ") == "ditolak dikecualikan");
  CHECK(normalise("Hari/Tanggal Masuk") == "hari tanggal masuk");
  CHECK(normalise("Superior's Answer") == "superior s answer");
  CHECK(normalise("Café") == "caf\xc3\xa9");
  CHECK(normalise("---") == "");
}

TEST_CASE("import mapping: a mapping file is read, and every mistake named with its place") {
  const auto mapping = parse_mapping(
      "[csv]\ndelimiter = \"tab\"\nencoding = \"windows-1252\"\nskip_rows = 2\n"
      "[dates]\norder = \"month-first\"\n"
      "[columns]\nregister_no = \"No. Reg\"\nreceived = 2\n"
      "[values.decision]\n\"Ditolak - dikecualikan\" = { decision = \"refused\", reason = "
      "\"exempt\" }\n\"Diberikan\" = \"granted\"\n"
      "[defaults]\nchannel = \"email\"\n",
      "map.toml");
  CHECK(mapping.csv.delimiter == '\t');
  CHECK(mapping.csv.encoding == ppid::import::Encoding::windows_1252);
  CHECK(mapping.skip_rows == 2);
  CHECK(mapping.day_order == ppid::import::DayOrder::month_first);
  CHECK(mapping.columns[0]->header == "No. Reg");
  CHECK(mapping.columns[1]->number == 2);
  const auto& decision = mapping.values[static_cast<std::size_t>(Field::decision)];
  REQUIRE(decision.count("ditolak dikecualikan") == 1);
  CHECK(decision.at("ditolak dikecualikan") ==
        Mapping::Meaning{{Field::decision, "refused"}, {Field::reason, "exempt"}});
  CHECK(mapping.defaults[static_cast<std::size_t>(Field::channel)] == "email");

  CHECK(mapping_error("[colums]\n") ==
        "map.toml:1:2: unknown key: \"colums\"; allowed: csv, dates, columns, values, defaults");
  CHECK(mapping_error("[columns]\nnama = \"Nama\"\n")
            .starts_with("map.toml:2:1: unknown key: \"columns.nama\"; allowed: register_no, "
                         "received, name,"));
  CHECK(mapping_error("[values.decision]\n\"Diberikan\" = \"given\"\n") ==
        "map.toml:2:15: not a ppid word for decision: \"given\"; allowed: granted, partial, "
        "refused");
  CHECK(mapping_error("[csv]\ndelimiter = \"|\"\n") ==
        "map.toml:2:13: invalid value for csv.delimiter: \"|\"; allowed: \",\", \";\", \"tab\"");
  CHECK(mapping_error("[columns]\nreceived = 0\n") ==
        "map.toml:2:12: invalid value for columns.received: \"0\"; allowed: 1–1000");
  CHECK(mapping_error("[columns\n").starts_with("map.toml:1:9: malformed TOML"));
}

TEST_CASE("import mapping: the register's usual headers are found — a missing one is named") {
  const auto layout = resolve_layout(Mapping{}, k_headers, "f.csv:1");
  CHECK(layout.column[static_cast<std::size_t>(Field::register_no)] == 0);
  CHECK(layout.column[static_cast<std::size_t>(Field::answered)] == 4);
  CHECK(layout.column[static_cast<std::size_t>(Field::contact)] == 7);
  CHECK(layout.column[static_cast<std::size_t>(Field::email)] == -1);
  CHECK(layout.unused == std::vector<std::string>{"Keterangan"});
  CHECK(layout.header_of(Field::reason) == "Alasan Penolakan");
  CHECK(layout.header_of(Field::email) == "email");

  try {
    resolve_layout(Mapping{}, {"Nomor", "Tanggal Permohonan", "Nama", "Informasi yang Diminta"},
                   "f.csv:3");
    FAIL("no register number column");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    CHECK(e.render(Lang::en) ==
          "f.csv:3: no column for register_no; name its column in [columns] of a mapping file "
          "(--mapping)");
  }
  Mapping named;
  named.columns[static_cast<std::size_t>(Field::register_no)] = Mapping::Column{"No. Reg", 0};
  try {
    resolve_layout(named, k_headers, "f.csv:1");
    FAIL("the mapping's column is missing");
  } catch (const Error& e) {
    CHECK(e.render(Lang::en) ==
          "f.csv:1: the column the mapping names for register_no is not in the header row: "
          "\"No. Reg\"");
  }
}

TEST_CASE("import mapping: a row's words, contacts and dependent fields") {
  const std::vector<std::string> base = {
      "001/PPID/XI/2026", "Senin, 2 November 2026", "Siti", "Data anggaran", "-", "", "", "", ""};

  SUBCASE("the usual Indonesian words, in any case and spacing") {
    auto fields = base;
    fields[4] = "09/11/2026";
    fields[5] = "  DIKABULKAN   sebagian ";
    fields[7] = "0812-3456-7890 / siti@example.id";
    const auto result = row(Mapping{}, k_headers, fields);
    REQUIRE(std::holds_alternative<RegisterRow>(result));
    const auto& r = std::get<RegisterRow>(result);
    CHECK(r.register_no == "001/PPID/XI/2026");
    CHECK(ppid::to_iso_local(r.received) == "2026-11-02");
    CHECK(r.response.decision == "partial");
    CHECK(r.request.phone == "0812-3456-7890");
    CHECK(r.request.email == "siti@example.id");
  }
  SUBCASE("one written value of the mapping sets two fields") {
    Mapping mapping;
    mapping.values[static_cast<std::size_t>(Field::decision)]["ditolak dikecualikan"] = {
        {Field::decision, "refused"}, {Field::reason, "exempt"}};
    auto fields = base;
    fields[4] = "2026-11-09";
    fields[5] = "Ditolak - Dikecualikan";
    const auto result = row(mapping, k_headers, fields);
    REQUIRE(std::holds_alternative<RegisterRow>(result));
    CHECK(std::get<RegisterRow>(result).response.decision == "refused");
    CHECK(std::get<RegisterRow>(result).response.reason == "exempt");
  }
  SUBCASE("problems name the column") {
    auto fields = base;
    fields[5] = "Ditolak";
    CHECK(std::get<std::string>(row(Mapping{}, k_headers, fields)) ==
          "Keputusan: filled in, but Tanggal Pemberitahuan Tertulis is empty");
    fields[4] = "09/11/2026";
    fields[5] = "Diberikan dengan syarat";
    CHECK(std::get<std::string>(row(Mapping{}, k_headers, fields)) ==
          "Keputusan: unknown value: \"Diberikan dengan syarat\"; write one of: granted, partial, "
          "refused, or map it in [values.decision] of a mapping file (--mapping)");
    fields[5] = "";
    CHECK(std::get<std::string>(row(Mapping{}, k_headers, fields)) == "Keputusan: required");
    fields = base;
    fields[1] = "Selasa, 2 November 2026";
    CHECK(std::get<std::string>(row(Mapping{}, k_headers, fields)) ==
          "Tanggal Permohonan: the weekday does not match the date: \"Selasa, 2 November 2026\"");
    fields = base;
    fields[7] = "0812-3456-7890 / 0813-1111-2222";
    CHECK(std::get<std::string>(row(Mapping{}, k_headers, fields)) ==
          "Kontak: write one phone number and/or one e-mail address, separated by /");
    fields = base;
    fields.push_back("surplus");
    CHECK(std::get<std::string>(row(Mapping{}, k_headers, fields)) ==
          "-: this row has 10 columns, the header row only 9");
  }
}

TEST_CASE("register format: a number is read back into its parts") {
  const auto format = ppid::config::RegisterFormat::parse("{seq:03}/PPID/{month:roman}/{year}");
  REQUIRE(format);
  const auto parts = format->match("057/PPID/XI/2026");
  REQUIRE(parts);
  CHECK(parts->sequence == 57);
  CHECK(parts->year == 2026);
  CHECK(parts->month == 11u);
  CHECK(format->match("1234/PPID/VIII/2025")->sequence == 1234);
  CHECK(format->match("1234/PPID/VIII/2025")->month == 8u);
  CHECK(format->match("057/PPID/XIII/2026") == std::nullopt);
  CHECK(format->match("057/PPD/XI/2026") == std::nullopt);
  CHECK(format->match("057/PPID/XI/2026/x") == std::nullopt);
  CHECK(format->match("A57/PPID/XI/2026") == std::nullopt);
  const auto numeric = ppid::config::RegisterFormat::parse("REG-{year}-{month:02}-{seq}");
  CHECK(numeric->match("REG-2026-11-9")->sequence == 9);
  CHECK(numeric->match("REG-2026-13-9") == std::nullopt);
}
