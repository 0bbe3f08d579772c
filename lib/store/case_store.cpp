#include "store/case_store.hpp"

#include "config/register_format.hpp"
#include "error.hpp"
#include "store/detail/case_writer.hpp"
#include "store/detail/hash.hpp"
#include "store/detail/sqlite_error.hpp"
#include "store/holiday_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace ppid::store {
namespace {

using rules::Case;
using rules::Event;
using text::Id;
using namespace detail;

long request_id_of(SQLite::Database& db, const std::string& register_no) {
  SQLite::Statement query{db, "SELECT id FROM request WHERE register_no = ?"};
  query.bind(1, register_no);
  if (!query.executeStep()) {
    throw Error{ErrorKind::bad_input, {Id::err_unknown_request}}.value(register_no);
  }
  return query.getColumn(0).getInt64();
}

// Every request's id and register number, in register order.
std::vector<std::pair<long, std::string>> request_ids(SQLite::Database& db) {
  SQLite::Statement requests{db, "SELECT id, register_no FROM request ORDER BY id"};
  std::vector<std::pair<long, std::string>> ids;
  while (requests.executeStep()) {
    ids.emplace_back(requests.getColumn(0).getInt64(), requests.getColumn(1).getString());
  }
  return ids;
}

}  // namespace

Case register_request(CaseFile& file, const rules::Received& received, const LocalTime& at,
                      const Recorded& recorded, const calendar::Calendar& calendar, Date today) {
  return guarded(file, [&](SQLite::Database& db) {
    const auto& config = file.config();
    CaseWriter writer{db, config};
    const auto numbered = writer.next_register_no(at.date);
    Event event;
    event.happened = at;
    event.data = received;
    auto c = rules::replay(numbered.number, {std::move(event)}, calendar, config, today);
    const long request_id = writer.add_request(c, year_of(at.date), numbered.sequence);
    c.events.front() =
        writer.add_event(request_id, c.register_no, std::move(c.events.front()), recorded);
    return c;
  });
}

Case load_case(const CaseFile& file, const std::string& register_no,
               const calendar::Calendar& calendar, Date today) {
  return guarded(file, [&](SQLite::Database& db) {
    const long id = request_id_of(db, register_no);
    // A case shown or acted on is checked against its hashes as it is read: an edit made
    // outside ppid must not be shown as the record, nor built on.
    return rules::replay(register_no, read_events(db, id, impl(file).path, &register_no), calendar,
                         file.config(), today);
  });
}

Case append_event(CaseFile& file, const Case& c, Event event, const Recorded& recorded,
                  const calendar::Calendar& calendar, Date today) {
  return guarded(file, [&](SQLite::Database& db) {
    const auto& config = file.config();
    CaseWriter writer{db, config};
    const long id = request_id_of(db, c.register_no);
    if (auto* objected = std::get_if<rules::Objected>(&event.data)) {
      objected->objection_no = writer.next_objection_no(event.happened.date).number;
    }
    auto events = c.events;
    events.push_back(writer.add_event(id, c.register_no, std::move(event), recorded));
    auto updated = rules::replay(c.register_no, std::move(events), calendar, config, today);
    writer.update_derived(id, updated);
    return updated;
  });
}

std::vector<Case> load_cases(const CaseFile& file, const CaseFilter& filter,
                             const calendar::Calendar& calendar, Date today) {
  return guarded(file, [&](SQLite::Database& db) {
    std::string sql = "SELECT id, register_no FROM request WHERE 1";
    if (filter.state) {
      sql += " AND state = :state";
    }
    if (filter.service) {
      sql += " AND service = :service";
    }
    if (filter.year) {
      sql += " AND register_year = :year";
    }
    sql += " ORDER BY register_year, register_seq, id";
    SQLite::Statement query{db, sql};
    if (filter.state) {
      query.bind(":state", std::string{code(*filter.state)});
    }
    if (filter.service) {
      query.bind(":service", *filter.service);
    }
    if (filter.year) {
      query.bind(":year", *filter.year);
    }
    std::vector<Case> cases;
    while (query.executeStep()) {
      auto events = read_events(db, query.getColumn(0).getInt64(), impl(file).path);
      if (filter.until) {
        std::erase_if(events, [&](const Event& e) { return e.happened.date > *filter.until; });
        if (events.empty()) {
          continue;
        }
      }
      cases.push_back(rules::replay(query.getColumn(1).getString(), std::move(events), calendar,
                                    file.config(), today));
    }
    return cases;
  });
}

VerifyResult verify(const CaseFile& file, const calendar::Calendar& calendar, Date today) {
  return guarded(file, [&](SQLite::Database& db) {
    VerifyResult result;
    {
      SQLite::Statement check{db, "PRAGMA integrity_check"};
      check.executeStep();
      const auto answer = check.getColumn(0).getString();
      if (answer != "ok") {
        result.problem = Problem{"", 0, {Id::verify_integrity, {answer}}};
        return result;
      }
    }
    // The chain: each event's hash covers its content and the hash before it, so an edit, an
    // insertion or a deletion behind ppid's back breaks it from that event on.
    SQLite::Statement events{db,
                             "SELECT e.id, r.register_no, e.kind, e.happened_at, e.recorded_at, "
                             "e.recorded_by, e.data, e.prev_hash, e.hash FROM event e "
                             "LEFT JOIN request r ON r.id = e.request_id ORDER BY e.id"};
    std::string previous = k_genesis_hash;
    while (events.executeStep()) {
      ++result.events;
      const long id = events.getColumn(0).getInt64();
      const auto register_no = events.getColumn(1).getString();
      if (events.getColumn(7).getString() != previous) {
        result.problem = Problem{register_no, id, {Id::verify_chain_broken}};
        return result;
      }
      const auto hash =
          event_hash(previous, id, register_no, events.getColumn(2).getString(),
                     events.getColumn(3).getString(), events.getColumn(4).getString(),
                     events.getColumn(5).getString(), events.getColumn(6).getString());
      if (hash != events.getColumn(8).getString()) {
        result.problem = Problem{register_no, id, {Id::verify_event_changed}};
        return result;
      }
      previous = hash;
    }
    // What is stored about each case must be what its events give.
    const auto zone = file.config().agency.time_zone;
    SQLite::Statement requests{db,
                               "SELECT id, register_no, state, objection_no, day0, decision, "
                               "answered_at FROM request ORDER BY id"};
    while (requests.executeStep()) {
      ++result.cases;
      const long id = requests.getColumn(0).getInt64();
      const auto register_no = requests.getColumn(1).getString();
      const auto events_of = read_events(db, id, impl(file).path);
      if (events_of.empty() || events_of.front().kind() != rules::EventKind::received) {
        result.problem = Problem{register_no, 0, {Id::verify_no_receipt}};
        return result;
      }
      const auto c = rules::replay(register_no, events_of, calendar, file.config(), today);
      const auto column = [&](int i) {
        return requests.getColumn(i).isNull() ? std::string{} : requests.getColumn(i).getString();
      };
      const std::pair<std::string, std::string> fields[] = {
          {column(2), std::string{code(c.state)}},
          {column(3), c.objection_no.value_or("")},
          {column(4), to_iso(c.day0)},
          {column(5), c.decision ? std::string{code(*c.decision)} : std::string{}},
          {column(6), c.answered ? to_iso(*c.answered, zone) : ""},
      };
      for (const auto& [stored, derived] : fields) {
        if (stored != derived) {
          result.problem = Problem{register_no, 0, {Id::verify_state_differs, {stored, derived}}};
          return result;
        }
      }
      SQLite::Statement deadlines{db,
                                  "SELECT kind, due, provisional, extended FROM deadline "
                                  "WHERE request_id = ? ORDER BY kind"};
      deadlines.bind(1, static_cast<int64_t>(id));
      std::map<std::string, std::string> stored;
      while (deadlines.executeStep()) {
        stored[deadlines.getColumn(0).getString()] =
            fmt::format("{} {} {}", deadlines.getColumn(1).getString(),
                        deadlines.getColumn(2).getInt(), deadlines.getColumn(3).getInt());
      }
      std::map<std::string, std::string> derived;
      for (const auto& d : c.deadlines) {
        derived[std::string{code(d.kind)}] = fmt::format("{} {} {}", optional_text(d.due),
                                                         d.provisional ? 1 : 0, d.extended ? 1 : 0);
      }
      // Time alone opens some windows: the objection once the response limit passes unanswered
      // (UU 14/2008 art. 35(1)(c)), the dispute once the superior's 30 days pass (Perki 1/2013
      // art. 5(b)). The stored rows were written on the day of an act: a window opened by time
      // since may be missing from them until `recalc` stores it.
      // Replaying as of that day again is needed only when a derived deadline is not stored.
      const bool unstored = std::any_of(derived.begin(), derived.end(),
                                        [&](const auto& d) { return !stored.contains(d.first); });
      if (unstored) {
        const auto since_last_act = rules::replay(register_no, events_of, calendar, file.config(),
                                                  events_of.back().happened.date);
        std::erase_if(derived, [&](const auto& d) {
          return !stored.contains(d.first) &&
                 std::none_of(
                     since_last_act.deadlines.begin(), since_last_act.deadlines.end(),
                     [&](const rules::Deadline& then) { return code(then.kind) == d.first; });
        });
      }
      if (stored != derived) {
        result.problem = Problem{register_no, 0, {Id::verify_deadlines_differ}};
        return result;
      }
    }
    return result;
  });
}

std::vector<DeadlineMove> recalc(CaseFile& file, const calendar::Calendar& calendar, Date today) {
  return guarded(file, [&](SQLite::Database& db) {
    std::vector<DeadlineMove> moves;
    CaseWriter writer{db, file.config()};
    for (const auto& [id, register_no] : request_ids(db)) {
      std::map<std::string, std::optional<Date>> before;
      SQLite::Statement stored{db, "SELECT kind, due FROM deadline WHERE request_id = ?"};
      stored.bind(1, static_cast<int64_t>(id));
      while (stored.executeStep()) {
        before[stored.getColumn(0).getString()] =
            stored.getColumn(1).isNull() ? std::nullopt
                                         : parse_iso_date(stored.getColumn(1).getString());
      }
      const auto c = rules::replay(register_no, read_events(db, id, impl(file).path), calendar,
                                   file.config(), today);
      for (const auto& d : c.deadlines) {
        const auto old = before.find(std::string{code(d.kind)});
        // Only what is still running is news: a limit already met or void moving is not.
        const bool running = d.status == rules::DeadlineStatus::pending ||
                             d.status == rules::DeadlineStatus::overdue ||
                             d.status == rules::DeadlineStatus::expired;
        if (running && old != before.end() && old->second != d.due) {
          moves.push_back({register_no, d.kind, old->second, d.due, d.provisional});
        }
      }
      // Stored whether or not a date moved: a provisional mark may have changed alone.
      writer.update_derived(id, c);
    }
    return moves;
  });
}

void rederive_if_marked(CaseFile& file) {
  guarded(file, [&](SQLite::Database& db) {
    SQLite::Statement mark{db, "SELECT 1 FROM setting WHERE key = 'rederive_deadlines'"};
    if (!mark.executeStep()) {
      return;
    }
    const auto calendar = case_calendar(file);
    CaseWriter writer{db, file.config()};
    for (const auto& [id, register_no] : request_ids(db)) {
      auto events = read_events(db, id, impl(file).path);
      // A case that does not begin with its receipt was changed outside ppid: nothing can be
      // derived from it, and verify names it; the file must still open for that.
      if (events.empty() || events.front().kind() != rules::EventKind::received) {
        continue;
      }
      const auto last = events.back().happened.date;
      writer.update_derived(
          id, rules::replay(register_no, std::move(events), calendar, file.config(), last));
    }
    db.exec("DELETE FROM setting WHERE key = 'rederive_deadlines'");
  });
}

}  // namespace ppid::store
