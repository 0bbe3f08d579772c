-- Schema 1: the case file's own settings. The agency configuration is stored here as TOML, so a
-- cron job needs only the case file.
CREATE TABLE setting (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
