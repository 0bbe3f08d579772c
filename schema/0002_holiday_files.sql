-- Schema 2: holiday files loaded into the case file with `ppid calendar load`. Each replaces the
-- built-in holiday data of its year, so a decree made after a release applies without a rebuild.
CREATE TABLE holiday_file (
  year INTEGER PRIMARY KEY NOT NULL,
  source TEXT NOT NULL,     -- the file name as given
  loaded_at TEXT NOT NULL,  -- when, agency time, ISO 8601
  content TEXT NOT NULL     -- the file itself (TOML)
) STRICT;
