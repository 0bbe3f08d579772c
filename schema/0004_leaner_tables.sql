-- Schema 4: leaner tables for large case files (an import writes a whole paper register in one
-- transaction).
--
-- The hash of an event is no longer a unique index. The chain is what proves the record (`ppid verify` recomputes every hash from the one before
-- it); an index over random 64-character keys proved nothing more and made every write touch a
-- random page, which an import of a whole paper register does a million times. SQLite cannot
-- drop a column constraint, so the table is rebuilt with the same rows and ids.

CREATE TABLE event_new (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES request (id),
  kind TEXT NOT NULL,
  happened_at TEXT NOT NULL,   -- agency time, ISO 8601
  recorded_at TEXT NOT NULL,   -- agency time, ISO 8601
  recorded_by TEXT NOT NULL,   -- the operating-system account that ran ppid
  data TEXT NOT NULL,          -- JSON
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;

INSERT INTO event_new (id, request_id, kind, happened_at, recorded_at, recorded_by, data,
                       prev_hash, hash)
  SELECT id, request_id, kind, happened_at, recorded_at, recorded_by, data, prev_hash, hash
  FROM event;

DROP TABLE event;
ALTER TABLE event_new RENAME TO event;
CREATE INDEX event_by_request ON event (request_id, id);

-- Deadlines are looked up by their key only: one b-tree instead of a table and its index.
CREATE TABLE deadline_new (
  request_id INTEGER NOT NULL REFERENCES request (id),
  kind TEXT NOT NULL,
  due TEXT,
  provisional INTEGER NOT NULL,
  extended INTEGER NOT NULL,
  PRIMARY KEY (request_id, kind)
) STRICT, WITHOUT ROWID;

INSERT INTO deadline_new (request_id, kind, due, provisional, extended)
  SELECT request_id, kind, due, provisional, extended FROM deadline;

DROP TABLE deadline;
ALTER TABLE deadline_new RENAME TO deadline;
