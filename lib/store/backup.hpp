#pragma once

#include "date.hpp"
#include "store/case_file.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>

namespace ppid::store {

struct BackupOptions {
  // Pages copied per step; between steps the case file is free for other processes.
  int pages_per_step = 256;
  // How long to keep trying while the case file is locked before giving up with Error{busy}.
  std::chrono::milliseconds busy_timeout{10'000};
};

// What a backup wrote and what was checked in it.
struct BackupResult {
  std::filesystem::path path;
  std::uintmax_t bytes = 0;
  long cases = 0;
  long events = 0;
};

// The file a backup to `dest` writes: `dest` itself, or when `dest` is a directory,
// `STEM-YYYY-MM-DD.sqlite` inside it, STEM being that of `source` and the date `today`.
std::filesystem::path backup_path(const std::filesystem::path& source,
                                  const std::filesystem::path& dest, Date today);

// Copies `source` to `backup_path(source, dest, today)` with SQLite's online backup, a few pages
// at a time so that other processes keep writing meanwhile (a write between two steps starts
// the copy again; it is consistent as of its last start). The copy is written under a temporary
// name with mode 0600, then checked: opened as a case file of the same schema, SQLite's
// integrity check and the events' hash chain as `verify` checks them (stored deadlines that
// `recalc` would move are copied as they are, not refused). Only then is it flushed to the
// disk and linked into place; a failure leaves neither the file nor the temporary.
// Throws Error{cannot_create} when the file exists (never replaced) or cannot be created,
// Error{bad_input} when `source` itself fails the check, Error{io} when only the copy does or
// writing fails, and Error{busy} when `source` stays locked longer than the busy timeout.
BackupResult backup(const CaseFile& source, const std::filesystem::path& dest, Date today,
                    BackupOptions options = {});

}  // namespace ppid::store
