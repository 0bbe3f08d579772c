#include "config/config.hpp"
#include "error.hpp"
#include "rules/case.hpp"
#include "store/case_file.hpp"
#include "store/case_store.hpp"
#include "store/detail/case_writer.hpp"
#include "store/event_codec.hpp"
#include "support/case_builder.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

using ppid::store::CaseFile;
using ppid::store::Recorded;
using ppid::store::detail::CaseWriter;
using ppid::test::CaseBuilder;
using ppid::test::day;
using ppid::test::TempDir;

namespace {

namespace detail = ppid::store::detail;

const std::string k_genesis(64, '0');

// `path` once a case file with `config` was created there.
std::filesystem::path created(const std::filesystem::path& path,
                              const ppid::config::Config& config) {
  CaseFile::create(path, config);
  return path;
}

// A new case file and a connection of the test's own to it, as lib/store holds one, in a write
// transaction.
struct Connection {
  explicit Connection(ppid::config::Config c = {}) : config(std::move(c)) {}

  long count(const std::string& sql) { return db.execAndGet(sql).getInt64(); }
  std::string text(const std::string& sql) { return db.execAndGet(sql).getString(); }

  TempDir dir;
  ppid::config::Config config;
  std::filesystem::path path = created(dir / "ppid.sqlite", config);
  SQLite::Database db{path.string(), SQLite::OPEN_READWRITE};
  SQLite::Transaction transaction{db, SQLite::TransactionBehavior::IMMEDIATE};
};

// The case of a request received on 10 March 2026 at 09:00, numbered `register_no`, as the
// lifecycle makes it (not stored).
ppid::rules::Case request(const std::string& register_no) {
  return CaseBuilder{}.number(register_no).received("2026-03-10 09:00").build(day("2026-03-10"));
}

const Recorded k_recorded{"2026-03-10T09:05:00+07:00", "petugas"};

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("case writer: the hash of an event covers its place in the chain and its record") {
    // The same text hashed with sha256sum: each field on a line of its own, the data last.
    CHECK(detail::event_hash(k_genesis, 1, "001/PPID/III/2026", "received",
                             "2026-03-10T09:00:00+07:00", "2026-03-10T09:05:00+07:00", "petugas",
                             R"({"applicant":{"name":"Siti Aminah","type":"person"}})") ==
          "3da6be5e55520a2019796db8a2f7b7e2ea16e89e956ccf4751eaac8a9d1ba0ee");
    CHECK(detail::event_hash(k_genesis, 2, "001/PPID/III/2026", "received",
                             "2026-03-10T09:00:00+07:00", "2026-03-10T09:05:00+07:00", "petugas",
                             R"({"applicant":{"name":"Siti Aminah","type":"person"}})") !=
          "3da6be5e55520a2019796db8a2f7b7e2ea16e89e956ccf4751eaac8a9d1ba0ee");
  }

  TEST_CASE("case writer: sequence scopes, years, months and optional dates") {
    ppid::config::Config yearly;
    ppid::config::Config never;
    never.agency.register_reset = ppid::config::SequenceReset::never;
    CHECK(detail::sequence_scope("request", yearly, 2026) == "request:2026");
    CHECK(detail::sequence_scope("objection", yearly, 2027) == "objection:2027");
    CHECK(detail::sequence_scope("request", never, 2026) == "request");
    CHECK(detail::year_of(day("2026-12-31")) == 2026);
    CHECK(detail::month_of(day("2026-12-31")) == 12u);
    CHECK(detail::month_of(day("2027-01-01")) == 1u);
    CHECK(detail::optional_text(day("2026-03-02")) == "2026-03-02");
    CHECK(detail::optional_text(std::nullopt).empty());
  }

  TEST_CASE("case writer: register numbers are gap-free and skip numbers already taken") {
    Connection c;
    CaseWriter writer{c.db, c.config};
    const auto first = writer.next_register_no(day("2026-03-10"));
    CHECK(first.number == "001/PPID/III/2026");
    CHECK(first.sequence == 1);
    CHECK(writer.next_register_no(day("2026-04-01")).number == "002/PPID/IV/2026");
    // A number given by an import is not given again.
    writer.add_request(request("003/PPID/IV/2026"), 2026, 3);
    const auto next = writer.next_register_no(day("2026-04-02"));
    CHECK(next.number == "004/PPID/IV/2026");
    CHECK(next.sequence == 4);
    // Each year its own sequence.
    CHECK(writer.next_register_no(day("2027-01-04")).number == "001/PPID/I/2027");
    // Advanced past an imported number, never back.
    writer.advance_sequence("request:2026", 10);
    writer.advance_sequence("request:2026", 7);
    CHECK(writer.next_register_no(day("2026-05-04")).number == "011/PPID/V/2026");
    CHECK(c.text("SELECT group_concat(scope || '=' || last, ' ') FROM "
                 "(SELECT * FROM register_sequence ORDER BY scope)") ==
          "request:2026=11 request:2027=1");
    CHECK(writer.next_objection_no(day("2026-05-04")).number == "001/KEB/PPID/V/2026");
  }

  TEST_CASE(
      "case writer: a request and its events are stored, chained from the file's last event") {
    Connection c;
    long id = 0;
    ppid::rules::Event receipt;
    {
      CaseWriter writer{c.db, c.config};
      const auto r = request("001/PPID/III/2026");
      id = writer.add_request(r, 2026, 1);
      CHECK(writer.find("001/PPID/III/2026") == id);
      CHECK(writer.find("002/PPID/III/2026") == 0);
      receipt = writer.add_event(id, r.register_no, r.events.front(), k_recorded);
    }
    CHECK(receipt.id == 1);
    CHECK(receipt.prev_hash == k_genesis);
    CHECK(receipt.recorded_at == "2026-03-10T09:05:00+07:00");
    CHECK(receipt.recorded_by == "petugas");
    const auto data = c.text("SELECT data FROM event WHERE id = 1");
    CHECK(data == ppid::store::encode(receipt.data));
    CHECK(receipt.hash == detail::event_hash(k_genesis, 1, "001/PPID/III/2026", "received",
                                             "2026-03-10T09:00:00+07:00",
                                             "2026-03-10T09:05:00+07:00", "petugas", data));
    CHECK(c.text("SELECT hash FROM event WHERE id = 1") == receipt.hash);
    CHECK(c.text("SELECT state || ' ' || day0 || ' ' || received_at FROM request") ==
          "open 2026-03-10 2026-03-10T09:00:00+07:00");
    CHECK(c.text("SELECT group_concat(kind || ' ' || due || ' ' || provisional || extended) FROM "
                 "deadline") == "response 2026-03-31 00");

    // A writer made later carries on the chain from the last event in the file.
    CaseWriter later{c.db, c.config};
    auto events = std::vector{receipt};
    ppid::rules::Event extension;
    extension.happened = ppid::test::at("2026-03-30 14:00");
    extension.data = ppid::rules::Extended{"belum dikuasai"};
    events.push_back(
        later.add_event(id, "001/PPID/III/2026", extension, {"2026-03-30T14:01:00+07:00", "budi"}));
    CHECK(events.back().id == 2);
    CHECK(events.back().prev_hash == receipt.hash);
    const auto extended =
        ppid::rules::replay("001/PPID/III/2026", events, ppid::test::calendar_for(c.config),
                            c.config, day("2026-03-30"));
    later.update_derived(id, extended);
    CHECK(c.text("SELECT group_concat(kind || ' ' || due || ' ' || provisional || extended) FROM "
                 "deadline") == "response 2026-04-10 01");

    const std::string register_no = "001/PPID/III/2026";
    const auto read = detail::read_events(c.db, id, c.path.string(), &register_no);
    REQUIRE(read.size() == 2);
    CHECK(read[1].id == 2);
    CHECK(read[1].happened == ppid::test::at("2026-03-30 14:00"));
    CHECK(read[1].recorded_by == "budi");
    CHECK(read[1].as<ppid::rules::Extended>().reason == "belum dikuasai");
    CHECK(read[1].hash == events.back().hash);
  }

  TEST_CASE("case writer: an objection number is taken once it is stored") {
    Connection c;
    CaseWriter writer{c.db, c.config};
    auto r = request("001/PPID/III/2026");
    r.objection_no = "001/KEB/PPID/IV/2026";
    writer.add_request(r, 2026, 1);
    CHECK(writer.objection_no_taken("001/KEB/PPID/IV/2026"));
    CHECK_FALSE(writer.objection_no_taken("002/KEB/PPID/IV/2026"));
    CHECK(writer.next_objection_no(day("2026-04-06")).number == "002/KEB/PPID/IV/2026");
  }

  TEST_CASE("case writer: events read back are checked against their hashes when asked") {
    Connection c;
    CaseWriter writer{c.db, c.config};
    const auto r = request("001/PPID/III/2026");
    const long id = writer.add_request(r, 2026, 1);
    writer.add_event(id, r.register_no, r.events.front(), k_recorded);
    const std::string register_no = "001/PPID/III/2026";
    c.db.exec("UPDATE event SET recorded_by = 'root'");
    try {
      detail::read_events(c.db, id, c.path.string(), &register_no);
      FAIL("a changed event was read");
    } catch (const ppid::Error& e) {
      CHECK(e.render(ppid::text::Lang::en) ==
            "the recorded events of 001/PPID/III/2026 do not match their hashes (changed outside "
            "ppid); see 'ppid verify' and restore from a backup");
    }
    CHECK(detail::read_events(c.db, id, c.path.string()).front().recorded_by == "root");
    c.db.exec("UPDATE event SET data = '{\"applicant\": 1}'");
    try {
      detail::read_events(c.db, id, c.path.string());
      FAIL("unreadable data was read");
    } catch (const ppid::Error& e) {
      CHECK(e.kind() == ppid::ErrorKind::bad_input);
      CHECK(e.render(ppid::text::Lang::en) ==
            "event 1 in the case file is unreadable: \"" + c.path.string() + "\"");
    }
  }
}
