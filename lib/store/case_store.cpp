#include "store/case_store.hpp"

#include "error.hpp"
#include "rules/register_format.hpp"
#include "store/case_file_impl.hpp"
#include "store/hash.hpp"
#include "store/sqlite_error.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>

namespace ppid::store {
namespace {

using json = nlohmann::ordered_json;
using rules::Case;
using rules::Event;
using text::Id;

const std::string k_genesis_hash(64, '0');

int year_of(Date day) {
  return static_cast<int>(date::year_month_day{day}.year());
}
unsigned month_of(Date day) {
  return static_cast<unsigned>(date::year_month_day{day}.month());
}

// What the hash of an event covers: its place in the chain and everything recorded about it.
std::string event_hash(const std::string& prev_hash, long id, const std::string& register_no,
                       std::string_view kind, const std::string& happened_at,
                       const std::string& recorded_at, const std::string& recorded_by,
                       const std::string& data) {
  return sha256_hex(fmt::format("{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}", prev_hash, id, register_no, kind,
                                happened_at, recorded_at, recorded_by, data));
}

std::string last_hash(SQLite::Database& db) {
  SQLite::Statement query{db, "SELECT hash FROM event ORDER BY id DESC LIMIT 1"};
  return query.executeStep() ? query.getColumn(0).getString() : k_genesis_hash;
}

long next_event_id(SQLite::Database& db) {
  SQLite::Statement query{db, "SELECT coalesce(max(id), 0) + 1 FROM event"};
  query.executeStep();
  return query.getColumn(0).getInt64();
}

// The next number of a register sequence; the caller holds the write lock, so numbers are
// unique and without gaps even with several processes registering at once.
long next_sequence(SQLite::Database& db, const std::string& scope) {
  SQLite::Statement upsert{db,
                           "INSERT INTO register_sequence (scope, last) VALUES (?, 1) "
                           "ON CONFLICT (scope) DO UPDATE SET last = last + 1 RETURNING last"};
  upsert.bind(1, scope);
  upsert.executeStep();
  return upsert.getColumn(0).getInt64();
}

std::string sequence_scope(std::string_view register_name, const config::Config& config, int year) {
  return config.agency.register_reset == config::SequenceReset::yearly
             ? fmt::format("{}:{}", register_name, year)
             : std::string{register_name};
}

bool register_no_taken(SQLite::Database& db, const char* column, const std::string& number) {
  SQLite::Statement query{db, fmt::format("SELECT 1 FROM request WHERE {} = ?", column)};
  query.bind(1, number);
  return query.executeStep();
}

// The next free number of a register: numbers taken by an import are skipped.
std::string next_number(SQLite::Database& db, std::string_view register_name,
                        const std::string& pattern, const char* column,
                        const config::Config& config, Date day) {
  const auto format = rules::RegisterFormat::parse(pattern);
  const auto scope = sequence_scope(register_name, config, year_of(day));
  while (true) {
    const auto number = format->format(next_sequence(db, scope), year_of(day), month_of(day));
    if (!register_no_taken(db, column, number)) {
      return number;
    }
  }
}

std::vector<Event> read_events(SQLite::Database& db, long request_id, const std::string& path) {
  SQLite::Statement query{db,
                          "SELECT id, kind, happened_at, recorded_at, recorded_by, data, "
                          "prev_hash, hash FROM event WHERE request_id = ? ORDER BY id"};
  query.bind(1, static_cast<int64_t>(request_id));
  std::vector<Event> events;
  while (query.executeStep()) {
    Event event;
    event.id = query.getColumn(0).getInt64();
    const auto kind = rules::parse_event_kind(query.getColumn(1).getString());
    const auto happened = parse_stored_time(query.getColumn(2).getString());
    const auto data = json::parse(query.getColumn(5).getString(), nullptr, false);
    if (!kind || !happened || data.is_discarded() || !data.is_object()) {
      throw Error{ErrorKind::bad_input, {Id::err_event_unreadable, {std::to_string(event.id)}}}
          .value(path);
    }
    event.kind = *kind;
    event.happened = *happened;
    event.recorded_at = query.getColumn(3).getString();
    event.recorded_by = query.getColumn(4).getString();
    event.data = data;
    event.prev_hash = query.getColumn(6).getString();
    event.hash = query.getColumn(7).getString();
    events.push_back(std::move(event));
  }
  return events;
}

std::string optional_text(const std::optional<Date>& day) {
  return day ? to_iso(*day) : "";
}

// Stores what is derived from the events of `c`: its state and its deadlines.
void store_derived(SQLite::Database& db, long request_id, const Case& c, Zone zone) {
  SQLite::Statement update{db,
                           "UPDATE request SET state = ?, objection_no = ?, day0 = ?, "
                           "decision = ?, answered_at = ? WHERE id = ?"};
  update.bind(1, std::string{rules::code(c.state)});
  if (c.objection_no) {
    update.bind(2, *c.objection_no);
  }
  if (c.day0) {
    update.bind(3, to_iso(*c.day0));
  }
  if (c.decision) {
    update.bind(4, *c.decision);
  }
  if (c.answered) {
    update.bind(5, to_iso(*c.answered, zone));
  }
  update.bind(6, static_cast<int64_t>(request_id));
  update.exec();
  SQLite::Statement clear{db, "DELETE FROM deadline WHERE request_id = ?"};
  clear.bind(1, static_cast<int64_t>(request_id));
  clear.exec();
  SQLite::Statement insert{db,
                           "INSERT INTO deadline (request_id, kind, due, provisional, extended) "
                           "VALUES (?, ?, ?, ?, ?)"};
  for (const auto& d : c.deadlines) {
    insert.reset();
    insert.clearBindings();
    insert.bind(1, static_cast<int64_t>(request_id));
    insert.bind(2, std::string{rules::code(d.kind)});
    if (d.due) {
      insert.bind(3, to_iso(*d.due));
    }
    insert.bind(4, d.provisional ? 1 : 0);
    insert.bind(5, d.extended ? 1 : 0);
    insert.exec();
  }
}

// Records `event` for request `request_id` in the hash chain; returns it with its id and hashes.
Event insert_event(SQLite::Database& db, long request_id, const std::string& register_no,
                   Event event, const Recorded& recorded, Zone zone) {
  event.id = next_event_id(db);
  event.recorded_at = recorded.at;
  event.recorded_by = recorded.by;
  event.prev_hash = last_hash(db);
  const auto happened_at = to_iso(event.happened, zone);
  const auto data = event.data.dump();
  event.hash = event_hash(event.prev_hash, event.id, register_no, rules::code(event.kind),
                          happened_at, event.recorded_at, event.recorded_by, data);
  SQLite::Statement insert{
      db,
      "INSERT INTO event (id, request_id, kind, happened_at, recorded_at, "
      "recorded_by, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"};
  insert.bind(1, static_cast<int64_t>(event.id));
  insert.bind(2, static_cast<int64_t>(request_id));
  insert.bind(3, std::string{rules::code(event.kind)});
  insert.bind(4, happened_at);
  insert.bind(5, event.recorded_at);
  insert.bind(6, event.recorded_by);
  insert.bind(7, data);
  insert.bind(8, event.prev_hash);
  insert.bind(9, event.hash);
  insert.exec();
  return event;
}

long request_id_of(SQLite::Database& db, const std::string& register_no) {
  SQLite::Statement query{db, "SELECT id FROM request WHERE register_no = ?"};
  query.bind(1, register_no);
  if (!query.executeStep()) {
    throw Error{ErrorKind::bad_input, {Id::err_unknown_request}}.value(register_no);
  }
  return query.getColumn(0).getInt64();
}

template <typename Body>
auto sqlite_guard(const CaseFile& file, Body&& body) {
  try {
    return body(file.impl().db);
  } catch (const SQLite::Exception& e) {
    throw translate(e, file.impl().path);
  }
}

}  // namespace

Case register_request(CaseFile& file, const json& data, const LocalTime& at,
                      const Recorded& recorded, const calendar::Calendar& calendar, Date today) {
  return sqlite_guard(file, [&](SQLite::Database& db) {
    const auto& config = file.config();
    const auto zone = config.agency.time_zone;
    const auto register_no =
        next_number(db, "request", config.agency.register_format, "register_no", config, at.date);
    SQLite::Statement insert{db,
                             "INSERT INTO request (register_no, register_year, register_seq, "
                             "state, service, channel, applicant_type, received_at) "
                             "VALUES (?, ?, (SELECT last FROM register_sequence WHERE scope = ?), "
                             "'open', ?, ?, ?, ?)"};
    insert.bind(1, register_no);
    insert.bind(2, year_of(at.date));
    insert.bind(3, sequence_scope("request", config, year_of(at.date)));
    if (const auto service = data.find("service"); service != data.end()) {
      insert.bind(4, service->get<std::string>());
    }
    insert.bind(5, data.value("channel", std::string{"desk"}));
    insert.bind(6, data["applicant"].value("type", std::string{"person"}));
    insert.bind(7, to_iso(at, zone));
    insert.exec();
    const long request_id = db.getLastInsertRowid();
    Event event;
    event.kind = rules::EventKind::received;
    event.happened = at;
    event.data = data;
    auto stored = insert_event(db, request_id, register_no, std::move(event), recorded, zone);
    auto c = rules::replay(register_no, {std::move(stored)}, calendar, config, today);
    store_derived(db, request_id, c, zone);
    return c;
  });
}

Case load_case(const CaseFile& file, const std::string& register_no,
               const calendar::Calendar& calendar, Date today) {
  return sqlite_guard(file, [&](SQLite::Database& db) {
    const long id = request_id_of(db, register_no);
    return rules::replay(register_no, read_events(db, id, file.impl().path), calendar,
                         file.config(), today);
  });
}

Case append_event(CaseFile& file, const Case& c, Event event, const Recorded& recorded,
                  const calendar::Calendar& calendar, Date today) {
  return sqlite_guard(file, [&](SQLite::Database& db) {
    const auto& config = file.config();
    const auto zone = config.agency.time_zone;
    const long id = request_id_of(db, c.register_no);
    if (event.kind == rules::EventKind::objected) {
      event.data["objection_no"] = next_number(db, "objection", config.agency.objection_format,
                                               "objection_no", config, event.happened.date);
    }
    auto events = c.events;
    events.push_back(insert_event(db, id, c.register_no, std::move(event), recorded, zone));
    auto updated = rules::replay(c.register_no, std::move(events), calendar, config, today);
    store_derived(db, id, updated, zone);
    return updated;
  });
}

std::vector<Case> load_cases(const CaseFile& file, const CaseFilter& filter,
                             const calendar::Calendar& calendar, Date today) {
  return sqlite_guard(file, [&](SQLite::Database& db) {
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
      query.bind(":state", std::string{rules::code(*filter.state)});
    }
    if (filter.service) {
      query.bind(":service", *filter.service);
    }
    if (filter.year) {
      query.bind(":year", *filter.year);
    }
    std::vector<Case> cases;
    while (query.executeStep()) {
      auto events = read_events(db, query.getColumn(0).getInt64(), file.impl().path);
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
  return sqlite_guard(file, [&](SQLite::Database& db) {
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
      const auto events_of = read_events(db, id, file.impl().path);
      if (events_of.empty() || events_of.front().kind != rules::EventKind::received) {
        result.problem = Problem{register_no, 0, {Id::verify_no_receipt}};
        return result;
      }
      const auto c = rules::replay(register_no, events_of, calendar, file.config(), today);
      const auto column = [&](int i) {
        return requests.getColumn(i).isNull() ? std::string{} : requests.getColumn(i).getString();
      };
      const std::pair<std::string, std::string> fields[] = {
          {column(2), std::string{rules::code(c.state)}},
          {column(3), c.objection_no.value_or("")},
          {column(4), optional_text(c.day0)},
          {column(5), c.decision.value_or("")},
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
        derived[std::string{rules::code(d.kind)}] = fmt::format(
            "{} {} {}", optional_text(d.due), d.provisional ? 1 : 0, d.extended ? 1 : 0);
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
  return sqlite_guard(file, [&](SQLite::Database& db) {
    std::vector<DeadlineMove> moves;
    const auto zone = file.config().agency.time_zone;
    SQLite::Statement requests{db, "SELECT id, register_no FROM request ORDER BY id"};
    std::vector<std::pair<long, std::string>> ids;
    while (requests.executeStep()) {
      ids.emplace_back(requests.getColumn(0).getInt64(), requests.getColumn(1).getString());
    }
    for (const auto& [id, register_no] : ids) {
      std::map<std::string, std::optional<Date>> before;
      SQLite::Statement stored{db, "SELECT kind, due FROM deadline WHERE request_id = ?"};
      stored.bind(1, static_cast<int64_t>(id));
      while (stored.executeStep()) {
        before[stored.getColumn(0).getString()] =
            stored.getColumn(1).isNull() ? std::nullopt
                                         : parse_iso_date(stored.getColumn(1).getString());
      }
      const auto c = rules::replay(register_no, read_events(db, id, file.impl().path), calendar,
                                   file.config(), today);
      for (const auto& d : c.deadlines) {
        const auto old = before.find(std::string{rules::code(d.kind)});
        // Only what is still running is news: a limit already met or void moving is not.
        const bool running = d.status == rules::DeadlineStatus::pending ||
                             d.status == rules::DeadlineStatus::overdue ||
                             d.status == rules::DeadlineStatus::expired;
        if (running && old != before.end() && old->second != d.due) {
          moves.push_back({register_no, d.kind, old->second, d.due, d.provisional});
        }
      }
      // Stored whether or not a date moved: a provisional mark may have changed alone.
      store_derived(db, id, c, zone);
    }
    return moves;
  });
}

}  // namespace ppid::store
