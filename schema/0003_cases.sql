-- Schema 3: requests and their history.
--
-- `event` is the record: append-only, each row chained to the one before it by a SHA-256 hash,
-- so that a change made behind ppid's back is found by `ppid verify`. `request` and `deadline`
-- are derived from the events and the calendar, kept for lookups and reports, and recomputed
-- whenever an event is added or the calendar changes.

CREATE TABLE request (
  id INTEGER PRIMARY KEY,
  register_no TEXT NOT NULL UNIQUE,
  register_year INTEGER NOT NULL,
  register_seq INTEGER NOT NULL,
  objection_no TEXT UNIQUE,
  state TEXT NOT NULL,
  service TEXT,
  channel TEXT,
  applicant_type TEXT NOT NULL,
  received_at TEXT NOT NULL,
  day0 TEXT,
  decision TEXT,
  answered_at TEXT
) STRICT;

CREATE INDEX request_by_state ON request (state);

CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES request (id),
  kind TEXT NOT NULL,
  happened_at TEXT NOT NULL,   -- agency time, ISO 8601
  recorded_at TEXT NOT NULL,   -- agency time, ISO 8601
  recorded_by TEXT NOT NULL,   -- the operating-system account that ran ppid
  data TEXT NOT NULL,          -- JSON
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;

CREATE INDEX event_by_request ON event (request_id, id);

CREATE TABLE deadline (
  request_id INTEGER NOT NULL REFERENCES request (id),
  kind TEXT NOT NULL,
  due TEXT,
  provisional INTEGER NOT NULL,
  extended INTEGER NOT NULL,
  PRIMARY KEY (request_id, kind)
) STRICT;

-- The last number given in each register sequence ('request:2026', 'objection:2026', or without
-- the year when the sequence never resets). Taken under the write lock: gap-free and unique.
CREATE TABLE register_sequence (
  scope TEXT PRIMARY KEY NOT NULL,
  last INTEGER NOT NULL
) STRICT;
