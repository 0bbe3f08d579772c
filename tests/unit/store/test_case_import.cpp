#include "config/config.hpp"
#include "date.hpp"
#include "error.hpp"
#include "import/run.hpp"
#include "store/case_file.hpp"
#include "store/case_import.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using ppid::import::ImportReport;
using ppid::import::ImportRequest;
using ppid::import::OnError;
using ppid::import::RegisterImport;
using ppid::store::Access;
using ppid::store::CaseFile;
using ppid::store::CaseImport;
using ppid::test::TempDir;

namespace {

using Lines = std::vector<std::string>;

// A case file with the default configuration, imported into as `ppid import` does: the header
// read, then one write transaction, committed when the report says so.
struct Office {
  TempDir dir;
  CaseFile file;
  ppid::calendar::Calendar calendar;
  ppid::rules::AsOf as_of;

  Office()
      : file(created(dir / "ppid.sqlite")),
        calendar(ppid::store::case_calendar(file)),
        as_of(at("2026-11-24T09:00")) {}

  static CaseFile created(const std::filesystem::path& path) {
    CaseFile::create(path, ppid::config::Config{});
    return CaseFile::open(path, Access::read_write);
  }
  static ppid::rules::AsOf at(const std::string& now) {
    const auto time = *ppid::parse_local_time(now);
    return {time, time.date};
  }

  ImportReport import(const std::string& csv, OnError on_error, bool dry_run = false) {
    ImportRequest request;
    request.source = "register.csv";
    request.on_error = on_error;
    request.dry_run = dry_run;
    std::istringstream in{csv};
    RegisterImport importer{in, std::move(request)};
    auto transaction = file.begin_write();
    CaseImport sink{file, {ppid::to_iso(as_of.now, ppid::Zone::wib), "clerk"}};
    auto report = importer.run(sink, calendar, file.config(), as_of);
    if (report.written) {
      transaction.commit();
    }
    return report;
  }

  Lines numbers() const {
    Lines out;
    for (const auto& c : ppid::store::load_cases(file, {}, calendar, as_of.today)) {
      out.push_back(c.register_no);
    }
    return out;
  }
};

const std::string k_register =
    "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
    "001/PPID/XI/2026,02/11/2026,Budi,Data anggaran\n"
    "002/PPID/XI/2026,31/02/2026,Siti,Data sekolah\n"
    "003/PPID/XI/2026,03/11/2026,Joko,Data jalan\n";

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("a register imported through CaseImport: stored once, already present after") {
    Office office;
    SUBCASE("a dry run and an abort store nothing") {
      const auto dry = office.import(k_register, OnError::skip, true);
      CHECK(dry.imported == 2);
      CHECK(dry.rejected == 1);
      CHECK_FALSE(dry.written);
      const auto aborted = office.import(k_register, OnError::abort);
      CHECK(aborted.imported == 2);
      CHECK_FALSE(aborted.written);
      CHECK(office.numbers().empty());
    }
    SUBCASE("skip stores the good rows; the same register again adds nothing") {
      const auto first = office.import(k_register, OnError::skip);
      CHECK(first.imported == 2);
      CHECK(first.rejected == 1);
      CHECK(first.written);
      CHECK(office.numbers() == Lines{"001/PPID/XI/2026", "003/PPID/XI/2026"});

      const auto again = office.import(k_register, OnError::skip);
      CHECK(again.imported == 0);
      CHECK(again.already_present == 2);
      CHECK(again.rejected == 1);

      // Another name under a stored number is a conflict, reported at its row.
      const auto other = office.import(
          "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
          "003/PPID/XI/2026,03/11/2026,Joko Susilo,Data jalan\n"
          "001/PPID/XI/2026,02/11/2026,Budi,Data anggaran\n"
          "001/PPID/XI/2026,02/11/2026,Budi,Data anggaran\n",
          OnError::abort);
      CHECK(other.already_present == 2);
      CHECK(other.conflicts == 1);
      CHECK_FALSE(other.written);
      REQUIRE(other.errors.size() == 1);
      CHECK(other.errors[0].line == 2);
      CHECK(other.errors[0].field == "Nomor Pendaftaran");
      CHECK(other.errors[0].problem.render(ppid::text::Lang::en) ==
            "number 003/PPID/XI/2026 is already in the case file with other content; not "
            "overwritten (compare with: ppid show 003/PPID/XI/2026)");
      CHECK(office.numbers() == Lines{"001/PPID/XI/2026", "003/PPID/XI/2026"});
    }
  }
}
