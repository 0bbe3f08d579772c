#include "error.hpp"
#include "import/mapping.hpp"
#include "import/register_row.hpp"
#include "support/case_builder.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <variant>
#include <vector>

using ppid::import::Field;
using ppid::import::Mapping;
using ppid::import::RegisterRow;
using ppid::import::RowProblem;
using ppid::test::at;

namespace {

// A register with a column for every field ppid reads but phone and e-mail (in "Kontak"), under
// the headers clerks write.
const std::vector<std::pair<Field, std::string>> k_columns = {
    {Field::register_no, "No. Pendaftaran"},
    {Field::received, "Tanggal Permohonan"},
    {Field::name, "Nama Pemohon"},
    {Field::id_number, "NIK"},
    {Field::applicant_type, "Jenis Pemohon"},
    {Field::address, "Alamat"},
    {Field::contact, "Kontak"},
    {Field::occupation, "Pekerjaan"},
    {Field::info, "Informasi yang Diminta"},
    {Field::purpose, "Tujuan Penggunaan"},
    {Field::service, "Layanan"},
    {Field::channel, "Cara Permohonan"},
    {Field::access, "Bentuk Informasi"},
    {Field::delivery, "Cara Pengiriman"},
    {Field::proxy, "Kuasa"},
    {Field::completed, "Tanggal Lengkap"},
    {Field::extended, "Tanggal Perpanjangan"},
    {Field::extension_reason, "Alasan Perpanjangan"},
    {Field::answered, "Tanggal Pemberitahuan"},
    {Field::decision, "Keputusan"},
    {Field::reason, "Alasan Penolakan"},
    {Field::basis, "Dasar Pengecualian"},
    {Field::holder, "Dikuasai Oleh"},
    {Field::objection_no, "Nomor Keberatan"},
    {Field::objected, "Tanggal Keberatan"},
    {Field::grounds, "Alasan Keberatan"},
    {Field::arose, "Tanggal Alasan Timbul"},
    {Field::late_accepted, "Keberatan Terlambat Diterima"},
    {Field::objection_answer, "Tanggapan Atasan PPID"},
    {Field::objection_answered, "Tanggal Tanggapan"},
    {Field::official, "Nama Atasan PPID"},
    {Field::position, "Jabatan Atasan PPID"},
    {Field::dispute_filed, "Tanggal Sengketa"},
    {Field::commission, "Komisi Informasi"},
    {Field::dispute_outcome, "Hasil Sengketa"},
    {Field::dispute_ended, "Tanggal Putusan"},
    {Field::withdrawn, "Tanggal Pencabutan"},
};

using Values = std::map<Field, std::string>;

// The least a row holds.
Values minimal() {
  return {{Field::register_no, "001/PPID/III/2026"},
          {Field::received, "02/03/2026"},
          {Field::name, "Siti Aminah"},
          {Field::info, "Laporan realisasi anggaran 2025"}};
}

Values with(Values values, const Values& more) {
  for (const auto& [field, value] : more) {
    values[field] = value;
  }
  return values;
}

// Reads `values` as one record of the register above: the row, or its problem as
// "<header>: <message>" ("-: ..." for the row as a whole).
std::variant<RegisterRow, std::string> read(const Values& values, const Mapping& mapping = {},
                                            std::vector<std::string> extra = {}) {
  std::vector<std::string> headers;
  std::vector<std::string> fields;
  for (const auto& [field, header] : k_columns) {
    headers.push_back(header);
    const auto value = values.find(field);
    fields.push_back(value != values.end() ? value->second : "");
  }
  fields.insert(fields.end(), extra.begin(), extra.end());
  const auto layout = ppid::import::resolve_layout(mapping, headers, "register.csv:1");
  auto result = ppid::import::read_row(mapping, layout, fields);
  if (auto* problem = std::get_if<RowProblem>(&result)) {
    return (problem->field ? layout.header_of(*problem->field) : std::string{"-"}) + ": " +
           problem->error.render(ppid::text::Lang::en);
  }
  return std::get<RegisterRow>(result);
}

std::string problem(const Values& values, const Mapping& mapping = {}) {
  auto result = read(values, mapping);
  if (const auto* text = std::get_if<std::string>(&result)) {
    return *text;
  }
  return "read";
}

RegisterRow row(const Values& values, const Mapping& mapping = {}) {
  auto result = read(values, mapping);
  if (const auto* text = std::get_if<std::string>(&result)) {
    FAIL("the row was refused: " << *text);
  }
  return std::get<RegisterRow>(result);
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("register row: every field of a full row, its words made ppid's") {
    const auto r = row({
        {Field::register_no, "001/PPID/III/2026"},
        {Field::received, "Senin, 2 Maret 2026 pukul 09.30"},
        {Field::name, "Siti Aminah"},
        {Field::id_number, "3273012345670001"},
        {Field::applicant_type, "Perorangan"},
        {Field::address, "Jl. Merdeka 1, Bandung"},
        {Field::contact, "0812-3456-7890 / siti@contoh.id"},
        {Field::occupation, "Peneliti"},
        {Field::info, "Laporan realisasi anggaran 2025"},
        {Field::purpose, "Penelitian"},
        {Field::service, "statistik"},
        {Field::channel, "Surel"},
        {Field::access, "Salinan elektronik"},
        {Field::delivery, "surel"},
        {Field::proxy, "Budi Santoso"},
        {Field::completed, "03/03/2026"},
        {Field::extended, "10/03/2026"},
        {Field::extension_reason, "Belum didokumentasikan"},
        {Field::answered, "25 Maret 2026"},
        {Field::decision, "Ditolak"},
        {Field::reason, "Dikecualikan"},
        {Field::basis, "Pasal 17 huruf b"},
        {Field::objection_no, "007/KEB/PPID/IV/2026"},
        {Field::objected, "2026-04-06"},
        {Field::grounds, "a dan e"},
        {Field::late_accepted, "Tidak"},
        {Field::objection_answer, "Menguatkan putusan PPID"},
        {Field::objection_answered, "20/04/2026"},
        {Field::official, "Drs. Bambang"},
        {Field::position, "Sekretaris Daerah"},
        {Field::dispute_filed, "04/05/2026"},
        {Field::commission, "KI Provinsi Jawa Barat"},
        {Field::dispute_outcome, "Ditolak"},
        {Field::dispute_ended, "10/06/2026"},
    });
    CHECK(r.register_no == "001/PPID/III/2026");
    CHECK(r.received == at("2026-03-02 09:30"));
    CHECK(r.request.name == "Siti Aminah");
    CHECK(r.request.info == "Laporan realisasi anggaran 2025");
    CHECK(r.request.id_number == "3273012345670001");
    CHECK(r.request.applicant_type == "person");
    CHECK(r.request.address == "Jl. Merdeka 1, Bandung");
    CHECK(r.request.phone == "0812-3456-7890");
    CHECK(r.request.email == "siti@contoh.id");
    CHECK(r.request.occupation == "Peneliti");
    CHECK(r.request.purpose == "Penelitian");
    CHECK(r.request.service == "statistik");
    CHECK(r.request.channel == "email");
    CHECK(r.request.access == "softcopy");
    CHECK(r.request.delivery == "email");
    CHECK(r.request.proxy == "Budi Santoso");
    // A completion date means the request was incomplete when received.
    CHECK(r.request.incomplete);
    CHECK(r.completed == at("2026-03-03"));
    CHECK(r.extended == at("2026-03-10"));
    CHECK(r.extension_reason == "Belum didokumentasikan");
    CHECK(r.answered == at("2026-03-25"));
    CHECK(r.response.decision == "refused");
    CHECK(r.response.reason == "exempt");
    CHECK(r.response.basis == "Pasal 17 huruf b");
    CHECK_FALSE(r.response.holder.has_value());
    CHECK(r.objection_no == "007/KEB/PPID/IV/2026");
    CHECK(r.objected == at("2026-04-06"));
    CHECK(r.objection.grounds == std::vector<std::string>{"a", "e"});
    CHECK_FALSE(r.objection.arose.has_value());
    CHECK_FALSE(r.objection.late_accepted);
    CHECK(r.objection_answered == at("2026-04-20"));
    CHECK(r.answer.answer == "upheld");
    CHECK(r.answer.official == "Drs. Bambang");
    CHECK(r.answer.position == "Sekretaris Daerah");
    CHECK(r.dispute_filed == at("2026-05-04"));
    CHECK(r.commission == "KI Provinsi Jawa Barat");
    CHECK(r.dispute_ended == at("2026-06-10"));
    CHECK(r.dispute_outcome == "refused");
    CHECK_FALSE(r.withdrawn.has_value());
  }

  TEST_CASE("register row: the least a row holds, and what is left at its defaults") {
    const auto r = row(minimal());
    CHECK(r.received == at("2026-03-02"));
    CHECK(r.request.applicant_type == "person");
    // A register that does not say how a request came does not claim the desk.
    CHECK(r.request.channel == "unknown");
    CHECK_FALSE(r.request.incomplete);
    CHECK_FALSE(r.request.phone.has_value());
    CHECK_FALSE(r.answered.has_value());
    CHECK(r.response.decision.empty());
    CHECK_FALSE(r.objected.has_value());
    CHECK(r.objection.grounds.empty());
    // Cells that say nothing: a dash, an en or em dash.
    const auto dashes = row(with(minimal(), {{Field::answered, "-"},
                                             {Field::decision, "\u2013"},
                                             {Field::occupation, "\u2014"},
                                             {Field::purpose, "--"}}));
    CHECK_FALSE(dashes.answered.has_value());
    CHECK_FALSE(dashes.request.occupation.has_value());
    CHECK_FALSE(dashes.request.purpose.has_value());
  }

  TEST_CASE("register row: a mapping's defaults, values and day order") {
    Mapping mapping;
    mapping.defaults[static_cast<std::size_t>(Field::channel)] = "web";
    mapping.values[static_cast<std::size_t>(Field::decision)]["diberikan dengan syarat"] = {
        {Field::decision, "partial"}};
    mapping.day_order = ppid::import::DayOrder::month_first;
    const auto r = row(with(minimal(), {{Field::received, "03/02/2026"},
                                        {Field::answered, "03/10/2026"},
                                        {Field::decision, "Diberikan dengan syarat"}}),
                       mapping);
    CHECK(r.received == at("2026-03-02"));
    CHECK(r.answered == at("2026-03-10"));
    CHECK(r.response.decision == "partial");
    CHECK(r.request.channel == "web");
    // A value in the column wins over the default.
    CHECK(row(with(minimal(), {{Field::channel, "Pos"}, {Field::received, "03/02/2026"}}), mapping)
              .request.channel == "post");
  }

  TEST_CASE("register row: ground b or g with the date it arose, and a late objection accepted") {
    const auto r = row(with(minimal(), {{Field::answered, "10/03/2026"},
                                        {Field::decision, "Dikabulkan"},
                                        {Field::objected, "04/05/2026"},
                                        {Field::grounds, "huruf g"},
                                        {Field::arose, "01/05/2026"},
                                        {Field::late_accepted, "Ya"}}));
    CHECK(r.response.decision == "granted");
    CHECK(r.objection.grounds == std::vector<std::string>{"g"});
    CHECK(r.objection.arose == ppid::test::day("2026-05-01"));
    CHECK(r.objection.late_accepted);
    CHECK(row(with(minimal(), {{Field::objected, "04/05/2026"}, {Field::grounds, "A, D"}}))
              .objection.grounds == std::vector<std::string>{"a", "d"});
  }

  TEST_CASE("register row: what is missing or malformed is the problem of its column") {
    CHECK(problem(with(minimal(), {{Field::register_no, ""}})) == "No. Pendaftaran: required");
    CHECK(problem(with(minimal(), {{Field::register_no, std::string(65, '1')}})) ==
          "No. Pendaftaran: invalid number: empty, longer than 64 bytes, or holding control "
          "characters");
    CHECK(problem(with(minimal(), {{Field::received, ""}})) == "Tanggal Permohonan: required");
    CHECK(problem(with(minimal(), {{Field::received, "31/02/2026"}})) ==
          "Tanggal Permohonan: no such day in the calendar: \"31/02/2026\"");
    CHECK(problem(with(minimal(), {{Field::received, "02/03/26"}})) ==
          "Tanggal Permohonan: a two-digit year is not guessed; write the four-digit year: "
          "\"02/03/26\"");
    CHECK(problem(with(minimal(), {{Field::name, "-"}})) == "Nama Pemohon: required");
    CHECK(problem(with(minimal(), {{Field::info, ""}})) == "Informasi yang Diminta: required");
    CHECK(problem(with(minimal(), {{Field::channel, "Kurir"}})) ==
          "Cara Permohonan: unknown value: \"Kurir\"; write one of: desk, email, web, post, fax, "
          "phone, unknown, or map it in [values.channel] of a mapping file (--mapping)");
    CHECK(problem(with(minimal(), {{Field::extension_reason, "Belum dikuasai"}})) ==
          "Alasan Perpanjangan: filled in, but Tanggal Perpanjangan is empty");
    CHECK(problem(with(minimal(), {{Field::extended, "10/03/2026"}})) ==
          "Alasan Perpanjangan: required");
    CHECK(problem(with(minimal(), {{Field::holder, "Dinas PU"}})) ==
          "Dikuasai Oleh: filled in, but Tanggal Pemberitahuan is empty");
    CHECK(problem(with(minimal(), {{Field::answered, "10/03/2026"}})) == "Keputusan: required");
    CHECK(problem(with(minimal(), {{Field::objection_no, "007/KEB"}})) ==
          "Nomor Keberatan: filled in, but Tanggal Keberatan is empty");
    CHECK(problem(with(minimal(), {{Field::objected, "06/04/2026"}})) ==
          "Alasan Keberatan: required");
    CHECK(
        problem(with(minimal(), {{Field::objected, "06/04/2026"}, {Field::grounds, "a, h"}})) ==
        "Alasan Keberatan: invalid objection grounds; write letters a–g, e.g. \"a, d\": \"a, h\"");
    CHECK(problem(with(minimal(), {{Field::objected, "06/04/2026"}, {Field::grounds, "dan"}})) ==
          "Alasan Keberatan: required");
    CHECK(problem(with(minimal(), {{Field::objected, "06/04/2026"},
                                   {Field::grounds, "a"},
                                   {Field::late_accepted, "mungkin"}})) ==
          "Keberatan Terlambat Diterima: unknown value: \"mungkin\"; write one of: yes, no, or map "
          "it in [values.late_accepted] of a mapping file (--mapping)");
    CHECK(problem(with(minimal(), {{Field::objected, "06/04/2026"},
                                   {Field::grounds, "a"},
                                   {Field::objection_no, "KEB\x01"}})) ==
          "Nomor Keberatan: invalid number: empty, longer than 64 bytes, or holding control "
          "characters");
    CHECK(problem(with(minimal(), {{Field::official, "Drs. Bambang"}})) ==
          "Nama Atasan PPID: filled in, but Tanggal Tanggapan is empty");
    CHECK(problem(with(minimal(), {{Field::objection_answered, "20/04/2026"}})) ==
          "Tanggapan Atasan PPID: required");
    CHECK(problem(with(minimal(), {{Field::commission, "KI Pusat"}})) ==
          "Komisi Informasi: filled in, but Tanggal Sengketa is empty");
    CHECK(problem(with(minimal(), {{Field::dispute_outcome, "Gugur"}})) ==
          "Hasil Sengketa: filled in, but Tanggal Putusan is empty");
    CHECK(problem(with(minimal(), {{Field::dispute_ended, "10/06/2026"}})) ==
          "Hasil Sengketa: required");
    CHECK(problem(with(minimal(), {{Field::withdrawn, "kemarin"}})) ==
          "Tanggal Pencabutan: unreadable date; write e.g. 24/11/2026, 2026-11-24 or 24 November "
          "2026: \"kemarin\"");
  }

  TEST_CASE("register row: a problem carries its field, or none for the row as a whole") {
    std::vector<std::string> headers;
    for (const auto& column : k_columns) {
      headers.push_back(column.second);
    }
    const Mapping mapping;
    const auto layout = ppid::import::resolve_layout(mapping, headers, "register.csv:1");
    std::vector<std::string> fields(headers.size());
    fields[0] = "001/PPID/III/2026";
    fields[1] = "02/03/2026";
    fields[2] = "Siti Aminah";
    const auto result = ppid::import::read_row(mapping, layout, fields);
    REQUIRE(std::holds_alternative<RowProblem>(result));
    CHECK(std::get<RowProblem>(result).field == Field::info);
    CHECK(std::get<RowProblem>(result).error.kind() == ppid::ErrorKind::bad_input);

    // Empty cells past the header's columns are nothing; text there is the row's problem.
    CHECK(std::holds_alternative<RegisterRow>(read(minimal(), {}, {"", ""})));
    CHECK(std::get<std::string>(read(minimal(), {}, {"", "catatan"})) ==
          "-: this row has 39 columns, the header row only 37");
  }
}
