#include "rules/case.hpp"
#include "rules/redact.hpp"
#include "store/event_codec.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using json = nlohmann::ordered_json;
using ppid::rules::Event;
using ppid::rules::EventKind;

namespace {

// An event as read from the case file: its stored text decoded.
Event event(EventKind kind, const json& data) {
  Event e;
  e.data = ppid::store::decode(kind, data.dump()).value();
  e.recorded_at = "2026-11-24";
  e.recorded_by = "petugas";
  e.hash = "abc";
  return e;
}

}  // namespace

TEST_SUITE("rules") {
  TEST_CASE("redacted keeps what may be published and nothing else") {
    ppid::rules::Case c;
    c.register_no = "001/PPID/XI/2026";
    c.events.push_back(event(EventKind::received, json{{"applicant",
                                                        {{"name", "Budi"},
                                                         {"type", "person"},
                                                         {"id_number", "3201234567890001"},
                                                         {"address", "Jl. Merdeka"},
                                                         {"phone", "0812"},
                                                         {"email", "b@contoh.id"},
                                                         {"occupation", "Wartawan"},
                                                         {"proxy", "Siti"}}},
                                                       {"info", "Anggaran"},
                                                       {"purpose", "Liputan"},
                                                       {"channel", "desk"},
                                                       {"incomplete", false},
                                                       {"something_new", "x"}}));
    c.events.push_back(event(EventKind::extended, json{{"reason", "belum didokumentasikan"}}));
    c.events.push_back(event(EventKind::answered, json{{"decision", "refused"},
                                                       {"reason", "not-held"},
                                                       {"holder", "Dinas PU"},
                                                       {"note", "kata Budi"}}));
    c.events.push_back(event(EventKind::objected, json{{"grounds", {"a"}},
                                                       {"proxy", "Rahmat"},
                                                       {"note", "x"},
                                                       {"within_window", true},
                                                       {"objection_no", "001/KEB"}}));
    c.events.push_back(event(EventKind::objection_answered,
                             json{{"answer", "upheld"}, {"official", "Sekda"}, {"position", "A"}}));
    c.events.push_back(
        event(EventKind::dispute_filed, json{{"commission", "KI Jabar"}, {"within_window", true}}));
    c.events.push_back(event(EventKind::dispute_ended, json{{"outcome", "refused"}}));
    c.events.push_back(event(EventKind::withdrawn, json::object()));

    const auto r = ppid::rules::redacted(c, "[redacted]");
    CHECK(r.register_no == c.register_no);
    REQUIRE(r.events.size() == c.events.size());
    CHECK(ppid::store::to_json(r.events[0].data) ==
          json{{"applicant", {{"name", "[redacted]"}, {"type", "person"}}},
               {"info", "Anggaran"},
               {"channel", "desk"},
               {"incomplete", false}});
    CHECK(ppid::store::to_json(r.events[1].data) == ppid::store::to_json(c.events[1].data));
    CHECK(ppid::store::to_json(r.events[2].data) ==
          json{{"decision", "refused"}, {"reason", "not-held"}, {"holder", "Dinas PU"}});
    CHECK(ppid::store::to_json(r.events[3].data) ==
          json{{"grounds", {"a"}}, {"within_window", true}, {"objection_no", "001/KEB"}});
    CHECK(ppid::store::to_json(r.events[4].data) == ppid::store::to_json(c.events[4].data));
    CHECK(ppid::store::to_json(r.events[5].data) == ppid::store::to_json(c.events[5].data));
    CHECK(ppid::store::to_json(r.events[6].data) == ppid::store::to_json(c.events[6].data));
    CHECK(ppid::store::to_json(r.events[7].data) == json::object());
    for (const auto& e : r.events) {
      CHECK(e.recorded_at.empty());
      CHECK(e.recorded_by.empty());
      CHECK(e.hash == "abc");
    }
    // The original is untouched.
    CHECK(ppid::store::to_json(c.events[0].data)["applicant"]["name"] == "Budi");
  }
}
