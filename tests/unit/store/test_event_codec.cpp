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
      CHECK(kinds.size() == ppid::count<EventKind>());
    }
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
