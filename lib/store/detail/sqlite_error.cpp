#include "store/detail/sqlite_error.hpp"

#include <sqlite3.h>

namespace ppid::store {

Error translate(const SQLite::Exception& e, const std::string& path) {
  using text::Id;
  // The primary code is the low byte of an extended one.
  switch (e.getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error{ErrorKind::busy, {Id::err_busy}}.value(path);
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      return Error{ErrorKind::case_file_missing, {Id::err_not_case_file}}.value(path);
    case SQLITE_CORRUPT:
      return Error{ErrorKind::case_file_missing, {Id::err_case_file_damaged}}.value(path).allowed(
          {Id::hint_restore_backup});
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return Error{ErrorKind::case_file_missing, {Id::err_case_file_unreadable}}.value(path);
    case SQLITE_READONLY:
      return Error{ErrorKind::io, {Id::err_io}}.value(path).allowed({Id::sys_permission_denied});
    case SQLITE_FULL:
      return Error{ErrorKind::io, {Id::err_io}}.value(path).allowed({Id::sys_no_space});
    case SQLITE_IOERR:
      return Error{ErrorKind::io, {Id::err_io}}.value(path);
    default:
      return Error{ErrorKind::internal, {Id::err_internal}}.value(e.what()).allowed(
          {Id::hint_report_bug});
  }
}

}  // namespace ppid::store
