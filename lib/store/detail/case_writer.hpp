#pragma once

// What lib/store modules share about the rows of a case: the hash chain, register sequences,
// and one writer with its statements prepared once (an import writes millions of rows).

#include "rules/case.hpp"
#include "store/case_file.hpp"
#include "store/case_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <string_view>
#include <vector>

namespace ppid::store::detail {

inline const std::string k_genesis_hash(64, '0');

int year_of(Date day);
unsigned month_of(Date day);

// What the hash of an event covers: its place in the chain and everything recorded about it.
std::string event_hash(const std::string& prev_hash, long id, const std::string& register_no,
                       std::string_view kind, const std::string& happened_at,
                       const std::string& recorded_at, const std::string& recorded_by,
                       const std::string& data);

// The sequence scope of a register ("request:2026", or "request" when it never resets).
std::string sequence_scope(std::string_view register_name, const config::Config& config, int year);

// The events of request `request_id`, in order; Error{bad_input} for one that cannot be read.
// With `checked_register_no` (the request's number), each event is also checked against its
// hash as it is read: Error{bad_input} when one was changed outside ppid (`verify` also checks
// the links between the events of all cases).
std::vector<rules::Event> read_events(SQLite::Database& db, long request_id,
                                      const std::string& path,
                                      const std::string* checked_register_no = nullptr);

std::string optional_text(const std::optional<Date>& day);

// Writes cases. The caller holds the write transaction for the writer's whole life, so the
// chain head and the sequences it keeps cannot change under it.
class CaseWriter {
 public:
  CaseWriter(SQLite::Database& db, const config::Config& config);

  // The id of the request with `register_no`, or 0.
  long find(const std::string& register_no);

  // Whether some request has the objection number `number`.
  bool objection_no_taken(const std::string& number);

  // The next free number of the request or objection register for a request received (or an
  // objection filed) on `day`: numbers already taken, by an import for example, are skipped.
  struct Numbered {
    std::string number;
    long sequence = 0;
  };
  Numbered next_register_no(Date day);
  Numbered next_objection_no(Date day);

  // Makes `sequence` the last number given in `scope` unless a later one was given.
  void advance_sequence(const std::string& scope, long sequence);

  // Stores a new request for `c`, with what is derived from it; returns its id. `c`'s events
  // are not stored: `add_event` each.
  long add_request(const rules::Case& c, int register_year, long register_seq);

  // Records `event` of request `request_id` in the hash chain; returns it with its id and hashes.
  rules::Event add_event(long request_id, const std::string& register_no, rules::Event event,
                         const Recorded& recorded);

  // Stores what is derived from the events of `c` (state, deadlines) for request `request_id`.
  void update_derived(long request_id, const rules::Case& c);

 private:
  void insert_deadlines(long request_id, const rules::Case& c);
  long next_sequence(const std::string& scope);
  Numbered next_number(std::string_view register_name, const std::string& pattern,
                       SQLite::Statement& taken, Date day);

  SQLite::Database& m_db;
  const config::Config& m_config;
  Zone m_zone;
  long m_next_event_id = 1;
  std::string m_last_hash = k_genesis_hash;
  SQLite::Statement m_find;
  SQLite::Statement m_objection_taken;
  SQLite::Statement m_next_sequence;
  SQLite::Statement m_advance_sequence;
  SQLite::Statement m_insert_request;
  SQLite::Statement m_update_request;
  SQLite::Statement m_insert_event;
  SQLite::Statement m_clear_deadlines;
  SQLite::Statement m_insert_deadline;
};

}  // namespace ppid::store::detail
