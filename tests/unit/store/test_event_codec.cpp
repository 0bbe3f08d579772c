#include "store/event_codec.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <set>
#include <string>

namespace {

using ppid::rules::EventKind;

}  // namespace

TEST_SUITE("store") {
  // The hash chain covers the stored text of each event: the codec must write back exactly the
  // bytes the released ppid wrote, for every kind of event.
  TEST_CASE("every event of the released fixture decodes and encodes back to its stored bytes") {
    for (const char* fixture : {"schema-3.sqlite", "schema-4.sqlite"}) {
      CAPTURE(fixture);
      SQLite::Database db{std::string{PPID_SOURCE_DIR} + "/tests/data/case-files/" + fixture,
                          SQLite::OPEN_READONLY};
      SQLite::Statement query{db, "SELECT id, kind, data FROM event ORDER BY id"};
      std::set<EventKind> kinds;
      int events = 0;
      while (query.executeStep()) {
        const auto stored = query.getColumn(2).getString();
        CAPTURE(query.getColumn(0).getInt64());
        const auto kind = ppid::parse<EventKind>(query.getColumn(1).getString());
        REQUIRE(kind);
        const auto data = ppid::store::decode(*kind, stored);
        REQUIRE(data);
        CHECK(ppid::rules::kind_of(*data) == *kind);
        CHECK(ppid::store::encode(*data) == stored);
        kinds.insert(*kind);
        ++events;
      }
      CHECK(events == 35);
      // Every kind the released versions recorded (delivery came later).
      CHECK(kinds.size() == 9);
    }
  }

  TEST_CASE("a delivery round-trips, writing only what it records") {
    const ppid::rules::Delivered full{ppid::rules::AccessForm::hardcopy,
                                      ppid::rules::Delivery::pickup,
                                      15000,
                                      ppid::rules::Payment::cash,
                                      true,
                                      std::string{"halaman 1-10"}};
    const auto stored = ppid::store::encode(full);
    CHECK(
        stored ==
        R"({"form":"hardcopy","channel":"pickup","cost":15000,"paid_by":"cash","part":true,"note":"halaman 1-10"})");
    CHECK(ppid::store::decode(EventKind::delivered, stored) == ppid::rules::EventData{full});
    CHECK(ppid::store::encode(ppid::rules::Delivered{}) == R"({"cost":0})");
    CHECK(ppid::store::decode(EventKind::delivered, R"({"cost":-5})") == std::nullopt);
    CHECK(ppid::store::decode(EventKind::delivered, R"({"cost":"15000"})") == std::nullopt);
    CHECK(ppid::store::decode(EventKind::delivered, R"({"paid_by":"barter"})") == std::nullopt);
  }

  TEST_CASE("a disposition and its answer round-trip; a target is stored in its canonical form") {
    const ppid::rules::Assigned assigned{
        "Bidang Statistik", ppid::calendar::Duration{3, ppid::calendar::DayUnit::working},
        std::string{"segera"}};
    const auto stored = ppid::store::encode(assigned);
    CHECK(stored == R"({"unit":"Bidang Statistik","target":"3 wd","note":"segera"})");
    CHECK(ppid::store::decode(EventKind::assigned, stored) == ppid::rules::EventData{assigned});
    CHECK(ppid::store::encode(ppid::rules::Assigned{"Bagian Umum", std::nullopt, std::nullopt}) ==
          R"({"unit":"Bagian Umum"})");
    CHECK(ppid::store::decode(EventKind::assigned, R"({"unit":"A","target":"three"})") ==
          std::nullopt);
    const ppid::rules::Returned returned{"Bidang Statistik", std::nullopt};
    CHECK(ppid::store::encode(returned) == R"({"unit":"Bidang Statistik"})");
    CHECK(ppid::store::decode(EventKind::returned, R"({"unit":"Bidang Statistik"})") ==
          ppid::rules::EventData{returned});
    CHECK(ppid::store::decode(EventKind::returned, R"({"unit":7})") == std::nullopt);
  }

  TEST_CASE("event data that is not what its kind records is unreadable") {
    using ppid::store::decode;
    CHECK(decode(EventKind::answered, R"({"decision":"maybe"})") == std::nullopt);
    CHECK(decode(EventKind::answered, R"({"note":"no decision"})") == std::nullopt);
    CHECK(decode(EventKind::received, R"({"incomplete":"yes"})") == std::nullopt);
    CHECK(decode(EventKind::objected, R"({"grounds":["z"]})") == std::nullopt);
    CHECK(decode(EventKind::objected, R"({"grounds":["a"],"arose":"2026-02-30"})") == std::nullopt);
    CHECK(decode(EventKind::withdrawn, "[]") == std::nullopt);
    CHECK(decode(EventKind::withdrawn, "{not json") == std::nullopt);
  }

  TEST_CASE("an event's details for show are its stored fields in order") {
    const auto data = ppid::store::decode(
        EventKind::objected,
        R"({"grounds":["a","c"],"within_window":false,"late_accepted":true,"objection_no":"001/KEB"})");
    REQUIRE(data);
    const std::vector<std::pair<std::string, std::string>> expected = {{"grounds", R"(["a","c"])"},
                                                                       {"within_window", "false"},
                                                                       {"late_accepted", "true"},
                                                                       {"objection_no", "001/KEB"}};
    CHECK(ppid::store::fields(*data) == expected);
  }
}
