#include "store/detail/case_writer.hpp"

#include "config/register_format.hpp"
#include "error.hpp"
#include "store/detail/hash.hpp"
#include "store/event_codec.hpp"

#include <fmt/format.h>

namespace ppid::store::detail {
namespace {

using rules::Case;
using rules::Event;
using text::Id;

template <typename Value>
void bind_optional(SQLite::Statement& statement, int index, const std::optional<Value>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

std::optional<std::string> decision_code(const Case& c) {
  return c.decision ? std::optional{std::string{code(*c.decision)}} : std::nullopt;
}

}  // namespace

int year_of(Date day) {
  return static_cast<int>(date::year_month_day{day}.year());
}

unsigned month_of(Date day) {
  return static_cast<unsigned>(date::year_month_day{day}.month());
}

std::string event_hash(const std::string& prev_hash, long id, const std::string& register_no,
                       std::string_view kind, const std::string& happened_at,
                       const std::string& recorded_at, const std::string& recorded_by,
                       const std::string& data) {
  return sha256_hex(fmt::format("{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}", prev_hash, id, register_no, kind,
                                happened_at, recorded_at, recorded_by, data));
}

std::string sequence_scope(std::string_view register_name, const config::Config& config, int year) {
  return config.agency.register_reset == config::SequenceReset::yearly
             ? fmt::format("{}:{}", register_name, year)
             : std::string{register_name};
}

std::vector<Event> read_events(SQLite::Database& db, long request_id, const std::string& path,
                               const std::string* checked_register_no) {
  SQLite::Statement query{db,
                          "SELECT id, kind, happened_at, recorded_at, recorded_by, data, "
                          "prev_hash, hash FROM event WHERE request_id = ? ORDER BY id"};
  query.bind(1, static_cast<int64_t>(request_id));
  std::vector<Event> events;
  while (query.executeStep()) {
    Event event;
    event.id = query.getColumn(0).getInt64();
    if (checked_register_no != nullptr &&
        event_hash(query.getColumn(6).getString(), event.id, *checked_register_no,
                   query.getColumn(1).getString(), query.getColumn(2).getString(),
                   query.getColumn(3).getString(), query.getColumn(4).getString(),
                   query.getColumn(5).getString()) != query.getColumn(7).getString()) {
      throw Error{ErrorKind::bad_input, {Id::err_case_tampered, {*checked_register_no}}}.allowed(
          {Id::hint_see_verify});
    }
    const auto kind = parse<rules::EventKind>(query.getColumn(1).getString());
    const auto happened = parse_stored_time(query.getColumn(2).getString());
    auto data = kind ? decode(*kind, query.getColumn(5).getString()) : std::nullopt;
    if (!happened || !data) {
      throw Error{ErrorKind::bad_input, {Id::err_event_unreadable, {std::to_string(event.id)}}}
          .value(path);
    }
    event.happened = *happened;
    event.recorded_at = query.getColumn(3).getString();
    event.recorded_by = query.getColumn(4).getString();
    event.data = std::move(*data);
    event.prev_hash = query.getColumn(6).getString();
    event.hash = query.getColumn(7).getString();
    events.push_back(std::move(event));
  }
  return events;
}

std::string optional_text(const std::optional<Date>& day) {
  return day ? to_iso(*day) : "";
}

CaseWriter::CaseWriter(SQLite::Database& db, const config::Config& config)
    : m_db(db),
      m_config(config),
      m_zone(config.agency.time_zone),
      m_find(db, "SELECT id FROM request WHERE register_no = ?"),
      m_objection_taken(db, "SELECT 1 FROM request WHERE objection_no = ?"),
      m_next_sequence(db,
                      "INSERT INTO register_sequence (scope, last) VALUES (?, 1) "
                      "ON CONFLICT (scope) DO UPDATE SET last = last + 1 RETURNING last"),
      m_advance_sequence(db,
                         "INSERT INTO register_sequence (scope, last) VALUES (?, ?) "
                         "ON CONFLICT (scope) DO UPDATE SET last = max(last, excluded.last)"),
      m_insert_request(db,
                       "INSERT INTO request (register_no, register_year, register_seq, "
                       "objection_no, state, service, channel, applicant_type, received_at, day0, "
                       "decision, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_update_request(db,
                       "UPDATE request SET state = ?, objection_no = ?, day0 = ?, decision = ?, "
                       "answered_at = ? WHERE id = ?"),
      m_insert_event(db,
                     "INSERT INTO event (id, request_id, kind, happened_at, recorded_at, "
                     "recorded_by, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_clear_deadlines(db, "DELETE FROM deadline WHERE request_id = ?"),
      m_insert_deadline(db,
                        "INSERT INTO deadline (request_id, kind, due, provisional, extended) "
                        "VALUES (?, ?, ?, ?, ?)") {
  SQLite::Statement head{db, "SELECT id, hash FROM event ORDER BY id DESC LIMIT 1"};
  if (head.executeStep()) {
    m_next_event_id = head.getColumn(0).getInt64() + 1;
    m_last_hash = head.getColumn(1).getString();
  }
}

long CaseWriter::find(const std::string& register_no) {
  m_find.reset();
  m_find.bind(1, register_no);
  return m_find.executeStep() ? m_find.getColumn(0).getInt64() : 0;
}

bool CaseWriter::objection_no_taken(const std::string& number) {
  m_objection_taken.reset();
  m_objection_taken.bind(1, number);
  return m_objection_taken.executeStep();
}

long CaseWriter::next_sequence(const std::string& scope) {
  // Taken under the write lock: unique and without gaps even with several processes at once.
  m_next_sequence.reset();
  m_next_sequence.bind(1, scope);
  m_next_sequence.executeStep();
  const long last = m_next_sequence.getColumn(0).getInt64();
  m_next_sequence.reset();
  return last;
}

void CaseWriter::advance_sequence(const std::string& scope, long sequence) {
  m_advance_sequence.reset();
  m_advance_sequence.bind(1, scope);
  m_advance_sequence.bind(2, static_cast<int64_t>(sequence));
  m_advance_sequence.exec();
}

CaseWriter::Numbered CaseWriter::next_number(std::string_view register_name,
                                             const std::string& pattern, SQLite::Statement& taken,
                                             Date day) {
  const auto format = config::RegisterFormat::parse(pattern);
  const auto scope = sequence_scope(register_name, m_config, year_of(day));
  while (true) {
    const long sequence = next_sequence(scope);
    auto number = format->format(sequence, year_of(day), month_of(day));
    taken.reset();
    taken.bind(1, number);
    if (!taken.executeStep()) {
      return {std::move(number), sequence};
    }
  }
}

CaseWriter::Numbered CaseWriter::next_register_no(Date day) {
  return next_number("request", m_config.agency.register_format, m_find, day);
}

CaseWriter::Numbered CaseWriter::next_objection_no(Date day) {
  return next_number("objection", m_config.agency.objection_format, m_objection_taken, day);
}

long CaseWriter::add_request(const Case& c, int register_year, long register_seq) {
  const auto& received = c.request();
  auto& insert = m_insert_request;
  insert.reset();
  insert.bind(1, c.register_no);
  insert.bind(2, register_year);
  insert.bind(3, static_cast<int64_t>(register_seq));
  bind_optional(insert, 4, c.objection_no);
  insert.bind(5, std::string{code(c.state)});
  bind_optional(insert, 6, received.service);
  insert.bind(7, std::string{code(received.channel)});
  insert.bind(8, std::string{code(received.applicant.type)});
  insert.bind(9, to_iso(c.received, m_zone));
  insert.bind(10, to_iso(c.day0));
  bind_optional(insert, 11, decision_code(c));
  bind_optional(insert, 12, c.answered ? std::optional{to_iso(*c.answered, m_zone)} : std::nullopt);
  insert.exec();
  const long request_id = m_db.getLastInsertRowid();
  insert_deadlines(request_id, c);
  return request_id;
}

Event CaseWriter::add_event(long request_id, const std::string& register_no, Event event,
                            const Recorded& recorded) {
  event.id = m_next_event_id;
  event.recorded_at = recorded.at;
  event.recorded_by = recorded.by;
  event.prev_hash = m_last_hash;
  const auto happened_at = to_iso(event.happened, m_zone);
  const auto data = encode(event.data);
  event.hash = event_hash(event.prev_hash, event.id, register_no, code(event.kind()), happened_at,
                          event.recorded_at, event.recorded_by, data);
  auto& insert = m_insert_event;
  insert.reset();
  insert.bind(1, static_cast<int64_t>(event.id));
  insert.bind(2, static_cast<int64_t>(request_id));
  insert.bind(3, std::string{code(event.kind())});
  insert.bind(4, happened_at);
  insert.bind(5, event.recorded_at);
  insert.bind(6, event.recorded_by);
  insert.bind(7, data);
  insert.bind(8, event.prev_hash);
  insert.bind(9, event.hash);
  insert.exec();
  ++m_next_event_id;
  m_last_hash = event.hash;
  return event;
}

void CaseWriter::update_derived(long request_id, const Case& c) {
  auto& update = m_update_request;
  update.reset();
  update.bind(1, std::string{code(c.state)});
  bind_optional(update, 2, c.objection_no);
  update.bind(3, to_iso(c.day0));
  bind_optional(update, 4, decision_code(c));
  bind_optional(update, 5, c.answered ? std::optional{to_iso(*c.answered, m_zone)} : std::nullopt);
  update.bind(6, static_cast<int64_t>(request_id));
  update.exec();
  m_clear_deadlines.reset();
  m_clear_deadlines.bind(1, static_cast<int64_t>(request_id));
  m_clear_deadlines.exec();
  insert_deadlines(request_id, c);
}

void CaseWriter::insert_deadlines(long request_id, const Case& c) {
  auto& insert = m_insert_deadline;
  for (const auto& d : c.deadlines) {
    insert.reset();
    insert.bind(1, static_cast<int64_t>(request_id));
    insert.bind(2, std::string{code(d.kind)});
    bind_optional(insert, 3, d.due ? std::optional{to_iso(*d.due)} : std::nullopt);
    insert.bind(4, d.provisional ? 1 : 0);
    insert.bind(5, d.extended ? 1 : 0);
    insert.exec();
  }
}

}  // namespace ppid::store::detail
