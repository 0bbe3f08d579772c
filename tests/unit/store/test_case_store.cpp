#include "config/builtin_holidays.hpp"
#include "config/config.hpp"
#include "config/holiday_file.hpp"
#include "error.hpp"
#include "rules/case.hpp"
#include "rules/words.hpp"
#include "store/case_file.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"
#include "support/case_builder.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using ppid::rules::DeadlineKind;
using ppid::rules::Decision;
using ppid::rules::ObjectionAnswer;
using ppid::rules::ObjectionGround;
using ppid::rules::Response;
using ppid::rules::State;
using ppid::store::Access;
using ppid::store::CaseFile;
using ppid::test::CaseBuilder;
using ppid::test::day;
using ppid::test::deadlines;
using ppid::test::TempDir;

namespace {

namespace fs = std::filesystem;
namespace store = ppid::store;

// A new case file with `config`, in a temporary directory.
struct NewCaseFile {
  explicit NewCaseFile(const ppid::config::Config& config = {}) { CaseFile::create(path, config); }
  CaseFile open(Access access = Access::read_write) const { return CaseFile::open(path, access); }
  // Runs `sql` on the file through a connection of its own, as someone editing it outside ppid.
  void edit(const std::string& sql) const {
    SQLite::Database db{path.string(), SQLite::OPEN_READWRITE};
    db.exec(sql);
  }

  TempDir dir;
  fs::path path = dir / "ppid.sqlite";
};

std::string en(const ppid::text::Message& message) {
  return ppid::text::render(message, ppid::text::Lang::en);
}

// The problem verify found, as "<register number> <event id>: <what>", or "sound".
std::string verified(const CaseFile& file, ppid::Date today) {
  const auto result = store::verify(file, store::case_calendar(file), today);
  if (!result.problem) {
    return "sound";
  }
  return result.problem->register_no + " " + std::to_string(result.problem->event_id) + ": " +
         en(result.problem->what);
}

// Refused on 26 March, objected on 6 April, answered on 20 April, disputed on 4 May 2026.
CaseBuilder disputed_case() {
  ppid::rules::Objection objection;
  objection.grounds = {"e", "a"};
  objection.proxy = "LBH Bandung";
  return CaseBuilder{}
      .received("2026-03-10 09:00")
      .responded("2026-03-26", Response{"refused", "exempt", "Pasal 17 huruf b", {}, {}})
      .objected("2026-04-06 10:30", objection)
      .superior_answered("2026-04-20",
                         ppid::rules::SuperiorAnswer{"upheld", "Drs. Bambang", "Sekretaris Daerah"})
      .disputed("2026-05-04", "KI Provinsi Jawa Barat");
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("case store: a request gets the next number of its year and starts the event chain") {
    NewCaseFile f;
    auto file = f.open();
    const auto first = CaseBuilder{}.received("2026-03-10 09:00").record(file, day("2026-03-10"));
    const auto second = CaseBuilder{}.received("2026-04-01").record(file, day("2026-04-01"));
    const auto next_year =
        CaseBuilder{}.received("2027-01-04 08:00").record(file, day("2027-01-04"));
    CHECK(first.register_no == "001/PPID/III/2026");
    CHECK(second.register_no == "002/PPID/IV/2026");
    CHECK(next_year.register_no == "001/PPID/I/2027");

    REQUIRE(first.events.size() == 1);
    const auto& receipt = first.events.front();
    CHECK(receipt.id == 1);
    CHECK(receipt.prev_hash == std::string(64, '0'));
    CHECK(receipt.hash.size() == 64);
    CHECK(receipt.recorded_at == "2026-03-10T09:00:00+07:00");
    CHECK(receipt.recorded_by == "petugas");
    CHECK(second.events.front().id == 2);
    CHECK(second.events.front().prev_hash == receipt.hash);
    CHECK(next_year.events.front().prev_hash == second.events.front().hash);
    CHECK(deadlines(first) == "response 2026-03-31 pending 10 left");
  }

  TEST_CASE("case store: a sequence that never resets runs on into the next year") {
    ppid::config::Config config;
    config.agency.register_format = "REG-{seq:04}";
    config.agency.register_reset = ppid::config::SequenceReset::never;
    NewCaseFile f{config};
    auto file = f.open();
    CHECK(CaseBuilder{}.received("2026-12-30").record(file, day("2026-12-30")).register_no ==
          "REG-0001");
    CHECK(CaseBuilder{}.received("2027-01-04").record(file, day("2027-01-04")).register_no ==
          "REG-0002");
  }

  TEST_CASE("case store: a case loads back as it was written, events, hashes and deadlines") {
    NewCaseFile f;
    const auto today = day("2026-05-04");
    const auto builder = disputed_case();
    ppid::rules::Case written;
    {
      auto file = f.open();
      written = builder.record(file, today);
    }
    const auto file = f.open(Access::read_only);
    const auto loaded =
        store::load_case(file, "001/PPID/III/2026", store::case_calendar(file), today);
    CHECK(loaded.register_no == "001/PPID/III/2026");
    CHECK(loaded.state == State::dispute);
    // The objection got the first number of the objection register of its month.
    CHECK(written.objection_no == "001/KEB/PPID/IV/2026");
    CHECK(loaded.objection_no == "001/KEB/PPID/IV/2026");
    REQUIRE(loaded.events.size() == 5);
    REQUIRE(written.events.size() == 5);
    for (std::size_t i = 0; i < loaded.events.size(); ++i) {
      CAPTURE(i);
      const auto& a = loaded.events[i];
      const auto& b = written.events[i];
      CHECK(a.id == static_cast<long>(i + 1));
      CHECK(a.id == b.id);
      CHECK(a.happened == b.happened);
      CHECK(a.recorded_at == b.recorded_at);
      CHECK(a.recorded_by == b.recorded_by);
      CHECK(a.data == b.data);
      CHECK(a.prev_hash == b.prev_hash);
      CHECK(a.hash == b.hash);
    }
    CHECK(loaded.events[2].happened == ppid::test::at("2026-04-06 10:30"));
    CHECK(loaded.events[2].recorded_at == "2026-04-06T10:30:00+07:00");
    const auto& objected = loaded.events[2].as<ppid::rules::Objected>();
    CHECK(objected.grounds == std::vector{ObjectionGround::a, ObjectionGround::e});
    CHECK(objected.proxy == "LBH Bandung");
    CHECK(loaded.events[3].as<ppid::rules::ObjectionAnswered>().official == "Drs. Bambang");
    CHECK(loaded.events[4].as<ppid::rules::DisputeFiled>().commission == "KI Provinsi Jawa Barat");
    // What the store derives is what the lifecycle alone derives.
    CHECK(deadlines(loaded) == deadlines(written));
    CHECK(deadlines(loaded) == deadlines(builder.build(today)));
    CHECK(verified(file, today) == "sound");
  }

  TEST_CASE("case store: an unknown register number is refused") {
    NewCaseFile f;
    const auto file = f.open(Access::read_only);
    try {
      store::load_case(file, "999/PPID/III/2026", store::case_calendar(file), day("2026-03-10"));
      FAIL("loaded a case that is not there");
    } catch (const ppid::Error& e) {
      CHECK(e.kind() == ppid::ErrorKind::bad_input);
      CHECK(e.render(ppid::text::Lang::en) ==
            "no request with this register number: \"999/PPID/III/2026\"");
    }
  }

  TEST_CASE("case store: cases by state, service, year, and as they stood on a past day") {
    ppid::config::Config config;
    config.services.push_back({"statistik", "Data statistik", std::nullopt});
    NewCaseFile f{config};
    auto file = f.open();
    const auto today = day("2027-01-05");
    auto statistics = CaseBuilder::request();
    statistics.service = "statistik";
    CaseBuilder{}
        .received("2026-03-02 09:00")
        .responded("2026-03-10", Decision::granted)
        .record(file, today);
    CaseBuilder{config}.received("2026-03-10 09:00", statistics).record(file, today);
    CaseBuilder{}.received("2026-03-25").withdrawn("2026-03-26").record(file, today);
    CaseBuilder{}.received("2027-01-04").record(file, today);
    const auto cal = store::case_calendar(file);
    const auto numbers = [&](const store::CaseFilter& filter) {
      std::string out;
      for (const auto& c : store::load_cases(file, filter, cal, today)) {
        out += (out.empty() ? "" : ", ") + c.register_no + " " + std::string{ppid::code(c.state)};
      }
      return out;
    };
    CHECK(numbers({}) ==
          "001/PPID/III/2026 answered, 002/PPID/III/2026 open, 003/PPID/III/2026 withdrawn, "
          "001/PPID/I/2027 open");
    CHECK(numbers({State::open, {}, {}, {}}) == "002/PPID/III/2026 open, 001/PPID/I/2027 open");
    CHECK(numbers({{}, "statistik", {}, {}}) == "002/PPID/III/2026 open");
    CHECK(numbers({{}, {}, 2027, {}}) == "001/PPID/I/2027 open");
    // On 9 March the first request was still open and the third not yet received.
    CHECK(numbers({{}, {}, {}, day("2026-03-09")}) == "001/PPID/III/2026 open");
    CHECK(numbers({{}, {}, {}, day("2026-03-25")}) ==
          "001/PPID/III/2026 answered, 002/PPID/III/2026 open, 003/PPID/III/2026 open");
  }

  TEST_CASE("case store: recalc after a holiday decree moves the deadlines still running") {
    NewCaseFile f;
    auto file = f.open();
    const auto today = day("2026-03-20");
    // Due 31 March.
    CaseBuilder{}.received("2026-03-10 09:00").record(file, today);
    // The notice met; the objection window runs to 29 April.
    CaseBuilder{}
        .received("2026-03-02 09:00")
        .responded("2026-03-10", Decision::granted)
        .record(file, today);
    // Withdrawn: nothing runs.
    CaseBuilder{}.received("2026-03-02 10:00").withdrawn("2026-03-03").record(file, today);
    CHECK(verified(file, today) == "sound");

    // A decree makes Monday 30 March a holiday (an election day, say).
    auto year = *std::find_if(ppid::config::builtin_holidays().begin(),
                              ppid::config::builtin_holidays().end(),
                              [](const auto& y) { return y.year == 2026; });
    year.basis.emplace_back("Keppres 1/2026");
    year.days.push_back({day("2026-03-30"), ppid::calendar::HolidayKind::holiday,
                         "Hari pemungutan suara", "Election day", "Keppres 1/2026"});
    std::sort(year.days.begin(), year.days.end(),
              [](const auto& a, const auto& b) { return a.date < b.date; });
    {
      auto transaction = file.begin_write();
      store::load_holiday_file(file, ppid::config::to_toml(year), "2026-keppres.toml",
                               "2026-03-20T08:00:00+07:00");
      transaction.commit();
    }
    const auto cal = store::case_calendar(file);
    CHECK(verified(file, today) ==
          "001/PPID/III/2026 0: stored deadlines differ from what its events and the calendar "
          "give; run 'ppid recalc'");

    std::vector<store::DeadlineMove> moves;
    {
      auto transaction = file.begin_write();
      moves = store::recalc(file, cal, today);
      transaction.commit();
    }
    REQUIRE(moves.size() == 2);
    CHECK(moves[0].register_no == "001/PPID/III/2026");
    CHECK(moves[0].kind == DeadlineKind::response);
    CHECK(moves[0].before == day("2026-03-31"));
    CHECK(moves[0].after == day("2026-04-01"));
    CHECK_FALSE(moves[0].provisional);
    CHECK(moves[1].register_no == "002/PPID/III/2026");
    CHECK(moves[1].kind == DeadlineKind::objection_filing);
    CHECK(moves[1].before == day("2026-04-29"));
    CHECK(moves[1].after == day("2026-04-30"));

    CHECK(verified(file, today) == "sound");
    CHECK(deadlines(store::load_case(file, "001/PPID/III/2026", cal, today)) ==
          "response 2026-04-01 pending 5 left");
    auto transaction = file.begin_write();
    CHECK(store::recalc(file, cal, today).empty());
  }

  TEST_CASE("case store: verify finds what was changed behind ppid's back") {
    NewCaseFile f;
    const auto today = day("2026-05-04");
    {
      auto file = f.open();
      disputed_case().record(file, today);
      CaseBuilder{}.received("2026-04-01 09:00").record(file, today);
    }
    {
      const auto file = f.open(Access::read_only);
      const auto result = store::verify(file, store::case_calendar(file), today);
      CHECK(result.cases == 2);
      CHECK(result.events == 6);
      CHECK_FALSE(result.problem.has_value());
    }
    SUBCASE("an event's data") {
      f.edit(
          "UPDATE event SET data = replace(data, 'Siti Aminah', 'Siti Aminah binti Ahmad') "
          "WHERE id = 1");
      const auto file = f.open(Access::read_only);
      CHECK(verified(file, today) == "001/PPID/III/2026 1: the event was changed outside ppid");
      try {
        store::load_case(file, "001/PPID/III/2026", store::case_calendar(file), today);
        FAIL("a changed case was loaded");
      } catch (const ppid::Error& e) {
        CHECK(e.kind() == ppid::ErrorKind::bad_input);
        CHECK(e.render(ppid::text::Lang::en) ==
              "the recorded events of 001/PPID/III/2026 do not match their hashes (changed "
              "outside ppid); see 'ppid verify' and restore from a backup");
      }
      // The other case is not built on the changed event.
      CHECK_NOTHROW(store::load_case(file, "002/PPID/IV/2026", store::case_calendar(file), today));
    }
    SUBCASE("when an event happened") {
      f.edit("UPDATE event SET happened_at = '2026-03-25' WHERE id = 2");
      CHECK(verified(f.open(Access::read_only), today) ==
            "001/PPID/III/2026 2: the event was changed outside ppid");
    }
    SUBCASE("an event removed") {
      f.edit("DELETE FROM event WHERE id = 4");
      CHECK(verified(f.open(Access::read_only), today) ==
            "001/PPID/III/2026 5: the event chain is broken: an event was removed or inserted "
            "outside ppid");
    }
    SUBCASE("the stored state") {
      f.edit("UPDATE request SET state = 'closed' WHERE id = 1");
      CHECK(verified(f.open(Access::read_only), today) ==
            "001/PPID/III/2026 0: stored \"closed\" differs from what its events give, "
            "\"dispute\"");
    }
    SUBCASE("a stored deadline") {
      f.edit("UPDATE deadline SET due = '2026-04-02' WHERE request_id = 2");
      CHECK(verified(f.open(Access::read_only), today) ==
            "002/PPID/IV/2026 0: stored deadlines differ from what its events and the calendar "
            "give; run 'ppid recalc'");
    }
  }
}
