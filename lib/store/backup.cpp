#include "store/backup.hpp"

#include "error.hpp"
#include "store/case_store.hpp"
#include "store/detail/case_file_impl.hpp"
#include "store/detail/new_file.hpp"
#include "store/holiday_store.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <thread>

namespace ppid::store {
namespace {

namespace fs = std::filesystem;
using text::Id;

constexpr std::chrono::milliseconds k_retry_pause{20};
// A write by another process between two steps makes SQLite start the copy again. After this
// many restarts the rest is copied in one step, holding the read lock until done, so a busy
// case file cannot keep a backup from ever finishing.
constexpr int k_restarts_before_one_step = 3;

Error exists_error(const std::string& name) {
  return Error{ErrorKind::cannot_create, {Id::err_backup_exists}}.value(name).allowed(
      {Id::hint_backup_never_overwrites});
}

// What SQLite said while copying, in the library's one error type: a damaged page belongs to
// the case file, anything else to writing the copy `name`.
Error copy_error(const SQLite::Exception& e, const std::string& source, const std::string& name) {
  switch (e.getErrorCode() & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Error{ErrorKind::bad_input, {Id::err_backup_source_damaged}}.value(source).allowed(
          {Id::hint_system_reason, {e.getErrorStr()}});
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error{ErrorKind::busy, {Id::err_busy}}.value(source);
    case SQLITE_FULL:
      return Error{ErrorKind::io, {Id::err_io}}.value(name).allowed({Id::sys_no_space});
    default:
      return Error{ErrorKind::io, {Id::err_io}}.value(name).allowed(
          {Id::hint_system_reason, {e.getErrorStr()}});
  }
}

void copy_pages(const CaseFile& source, const std::string& temporary, const std::string& name,
                BackupOptions options) {
  try {
    SQLite::Database copy{temporary, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX};
    SQLite::Backup backup{copy, detail::impl(source).db};
    auto waited = std::chrono::milliseconds{0};
    int restarts = 0;
    int previous_remaining = -1;
    for (;;) {
      const int pages = restarts >= k_restarts_before_one_step ? -1 : options.pages_per_step;
      const int result = backup.executeStep(pages);
      if (result == SQLITE_DONE) {
        return;
      }
      if (result == SQLITE_BUSY || result == SQLITE_LOCKED) {
        // Only for the moment a writer commits: wait a little and go on.
        if (waited >= options.busy_timeout) {
          throw Error{ErrorKind::busy, {Id::err_busy}}.value(detail::impl(source).path);
        }
        std::this_thread::sleep_for(k_retry_pause);
        waited += k_retry_pause;
        continue;
      }
      const int remaining = backup.getRemainingPageCount();
      if (previous_remaining >= 0 && remaining >= previous_remaining) {
        ++restarts;
      }
      previous_remaining = remaining;
    }
  } catch (const SQLite::Exception& e) {
    throw copy_error(e, detail::impl(source).path, name);
  }
}

// What `verify` finds in an open case file, keeping only what damages the record itself:
// SQLite's integrity and the events' hash chain. Stored state that differs from what the events
// give is derived data (`ppid recalc` rewrites it after a calendar change): copied as it is.
struct Check {
  std::optional<text::Message> problem;
  int schema_version = 0;
  long cases = 0;
  long events = 0;
};

// A problem's text on one line: SQLite's integrity check answers over several.
text::Message one_line(text::Message message) {
  for (auto& arg : message.args) {
    std::replace(arg.begin(), arg.end(), '\n', ' ');
  }
  return message;
}

Check check_file(const CaseFile& file, Date today) {
  Check check;
  check.schema_version = file.schema_version();
  try {
    const auto result = verify(file, case_calendar(file), today);
    if (result.problem) {
      const auto what = result.problem->what.id;
      if (what == Id::verify_integrity || what == Id::verify_chain_broken ||
          what == Id::verify_event_changed) {
        check.problem = one_line(result.problem->what);
        return check;
      }
    }
    check.events = result.events;
    // verify stops at the first case whose stored state differs: count them all.
    SQLite::Statement count{detail::impl(file).db, "SELECT count(*) FROM request"};
    count.executeStep();
    check.cases = count.getColumn(0).getInt64();
  } catch (const Error& e) {
    check.problem = one_line(e.what_message());
  } catch (const SQLite::Exception& e) {
    check.problem = text::Message{Id::hint_system_reason, {e.getErrorStr()}};
  }
  return check;
}

// Opens the copy as a case file, read-only, and checks it.
Check check_copy(const std::string& temporary, Date today) {
  try {
    const auto copy = CaseFile::open(temporary, Access::read_only);
    return check_file(copy, today);
  } catch (const Error& e) {
    // Its message would name the temporary; what went wrong is enough.
    return Check{one_line(e.what_message())};
  }
}

}  // namespace

fs::path backup_path(const fs::path& source, const fs::path& dest, Date today) {
  std::error_code ec;
  if (!dest.empty() && fs::is_directory(fs::status(dest, ec))) {
    return dest / fmt::format("{}-{}.sqlite", source.stem().string(), to_iso(today));
  }
  return dest;
}

BackupResult backup(const CaseFile& source, const fs::path& dest, Date today,
                    BackupOptions options) {
  const auto& source_path = detail::impl(source).path;
  const auto path = backup_path(source_path, dest, today);
  const auto name = path.string();
  if (!path.has_filename()) {
    throw Error{ErrorKind::cannot_create, {Id::err_cannot_create}}.value(name).allowed(
        {Id::sys_no_such_directory});
  }
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path, ec))) {
    throw exists_error(name);
  }
  const auto temporary = detail::create_temporary(path);
  try {
    copy_pages(source, temporary, name, options);
    const auto copy = check_copy(temporary, today);
    if (copy.problem || copy.schema_version != source.schema_version()) {
      // Tell a damaged case file from a bad copy: check the case file the same way.
      if (const auto original = check_file(source, today); original.problem) {
        throw Error{ErrorKind::bad_input, {Id::err_backup_source_damaged}}
            .value(source_path)
            .allowed(*original.problem);
      }
      throw Error{ErrorKind::io, {Id::err_backup_copy_damaged}}.value(name).allowed(
          copy.problem ? *copy.problem
                       : text::Message{Id::hint_backup_schema,
                                       {std::to_string(copy.schema_version),
                                        std::to_string(source.schema_version())}});
    }
    detail::sync_file(temporary, name);
    detail::link_into_place(temporary, path, exists_error(name));
    detail::remove_database_files(temporary);
    const auto bytes = fs::file_size(path, ec);
    return BackupResult{path, ec ? 0 : bytes, copy.cases, copy.events};
  } catch (...) {
    detail::remove_database_files(temporary);
    throw;
  }
}

}  // namespace ppid::store
