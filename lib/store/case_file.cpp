#include "store/case_file.hpp"

#include "embedded.hpp"
#include "error.hpp"
#include "store/case_store.hpp"
#include "store/detail/case_file_impl.hpp"
#include "store/detail/new_file.hpp"
#include "store/detail/sqlite_error.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <sqlite3.h>
#include <vector>

namespace ppid::store {
namespace {

namespace fs = std::filesystem;
using detail::create_temporary;
using detail::link_into_place;
using detail::remove_database_files;
using detail::system_reason;
using text::Id;

// "PPID" in ASCII: marks a SQLite database as a ppid case file (PRAGMA application_id).
constexpr int k_application_id = 0x50504944;

struct Migration {
  int version;
  std::string_view sql;
};

// The embedded schema/NNNN_name.sql files, in version order.
std::vector<Migration> migrations() {
  std::vector<Migration> result;
  for (const auto& file : embedded::schema_files()) {
    int version = 0;
    std::from_chars(file.name.data(), file.name.data() + 4, version);
    result.push_back({version, file.content});
  }
  return result;
}

int pragma_int(SQLite::Database& db, const char* pragma) {
  SQLite::Statement query{db, std::string{"PRAGMA "} + pragma};
  query.executeStep();
  return query.getColumn(0).getInt();
}

// Applies every migration above the current version; the caller holds a write transaction.
void migrate(SQLite::Database& db, int from_version) {
  for (const auto& migration : migrations()) {
    if (migration.version > from_version) {
      db.exec(std::string{migration.sql});
      db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    }
  }
}

void configure_connection(SQLite::Database& db, OpenOptions options) {
  db.setBusyTimeout(static_cast<int>(options.busy_timeout.count()));
  db.exec("PRAGMA foreign_keys = ON");
}

config::Config read_config(SQLite::Database& db, const std::string& path) {
  std::string text;
  try {
    SQLite::Statement query{db, "SELECT value FROM setting WHERE key = 'config'"};
    if (query.executeStep()) {
      text = query.getColumn(0).getString();
    }
  } catch (const SQLite::Exception& e) {
    // A busy file is only busy; anything else here means ppid's tables are not there.
    if ((e.getErrorCode() & 0xff) == SQLITE_BUSY) {
      throw translate(e, path);
    }
  }
  if (text.empty()) {
    throw Error{ErrorKind::case_file_missing, {Id::err_not_case_file}}.value(path);
  }
  // As accepted when the case file was made, by this or an older ppid: a limit other than the
  // law's, stored before a reason was required, still opens.
  return config::parse_config(text, path + " (config)", config::Strictness::stored);
}

}  // namespace

CaseFile::CaseFile(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CaseFile::CaseFile(CaseFile&&) noexcept = default;
CaseFile& CaseFile::operator=(CaseFile&&) noexcept = default;
CaseFile::~CaseFile() = default;

const config::Config& CaseFile::config() const {
  return m_impl->config;
}
int CaseFile::schema_version() const {
  return m_impl->schema_version;
}

int CaseFile::latest_schema_version() {
  return migrations().back().version;
}

void CaseFile::create(const fs::path& path, const config::Config& config, OpenOptions options) {
  const auto name = path.string();
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path, ec))) {
    throw Error{ErrorKind::cannot_create, {Id::err_case_file_exists}}.value(name).allowed(
        {Id::hint_choose_other_file});
  }
  const auto temporary = create_temporary(path);
  try {
    {
      SQLite::Database db{temporary, SQLite::OPEN_READWRITE};
      configure_connection(db, options);
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA application_id = " + std::to_string(k_application_id));
      SQLite::Transaction transaction{db, SQLite::TransactionBehavior::IMMEDIATE};
      migrate(db, 0);
      SQLite::Statement insert{db, "INSERT INTO setting (key, value) VALUES ('config', ?)"};
      insert.bind(1, config::to_toml(config));
      insert.exec();
      transaction.commit();
    }
    link_into_place(temporary, path,
                    Error{ErrorKind::cannot_create, {Id::err_case_file_exists}}.value(name).allowed(
                        {Id::hint_choose_other_file}));
    remove_database_files(temporary);
  } catch (const SQLite::Exception& e) {
    remove_database_files(temporary);
    throw Error{ErrorKind::cannot_create, {Id::err_cannot_create}}.value(name).allowed(
        {Id::hint_system_reason, {e.what()}});
  } catch (...) {
    remove_database_files(temporary);
    throw;
  }
}

CaseFile CaseFile::open(const fs::path& path, Access access, OpenOptions options) {
  const auto name = path.string();
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) {
    throw Error{ErrorKind::case_file_missing, {Id::err_case_file_missing}}.value(name).allowed(
        {Id::hint_create_case_file});
  }
  if (fs::is_directory(status)) {
    throw Error{ErrorKind::case_file_missing, {Id::err_case_file_is_directory}}.value(name);
  }
  if (::access(name.c_str(), R_OK) != 0) {
    throw Error{ErrorKind::case_file_missing, {Id::err_case_file_unreadable}}.value(name).allowed(
        system_reason(errno));
  }
  // A read-only file is refused before a writer opens it, by its mode too: root may write any
  // file, but whoever made the case file read-only meant it to stay as it is.
  constexpr auto k_write =
      fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
  if (access == Access::read_write &&
      (::access(name.c_str(), W_OK) != 0 || (status.permissions() & k_write) == fs::perms::none)) {
    throw Error{ErrorKind::io, {Id::err_case_file_read_only}}.value(name).allowed(
        {Id::hint_read_only});
  }
  try {
    // One connection, one thread: SQLite's own mutexes are not needed.
    const int flags =
        (access == Access::read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE) |
        SQLite::OPEN_NOMUTEX;
    auto impl = std::make_unique<Impl>(Impl{name, SQLite::Database{name, flags}, {}, 0});
    auto& db = impl->db;
    configure_connection(db, options);
    // Nothing is written before these checks pass: a file that is not ours stays untouched.
    if (pragma_int(db, "application_id") != k_application_id) {
      throw Error{ErrorKind::case_file_missing, {Id::err_not_case_file}}.value(name);
    }
    int version = pragma_int(db, "user_version");
    const int latest = latest_schema_version();
    // ppid's mark with no schema was never a case file of ours (init builds a file completely
    // before giving it its name): refuse it rather than write into it.
    if (version == 0) {
      throw Error{ErrorKind::case_file_missing, {Id::err_not_case_file}}.value(name);
    }
    if (version > latest) {
      throw Error{ErrorKind::bad_input,
                  {Id::err_case_file_newer, {std::to_string(version), std::to_string(latest)}}}
          .value(name)
          .allowed({Id::hint_upgrade_ppid});
    }
    if (version < latest) {
      if (access == Access::read_only) {
        // A report may be the first to open a file written by an older ppid: migrate it through
        // a writing connection, then read as asked.
        open(path, Access::read_write, options);
        return open(path, access, options);
      }
      SQLite::Transaction transaction{db, SQLite::TransactionBehavior::IMMEDIATE};
      // Another process may have migrated it while this one waited for the lock.
      version = pragma_int(db, "user_version");
      migrate(db, version);
      impl->schema_version = latest;
      impl->config = read_config(db, name);
      CaseFile file{std::move(impl)};
      rederive_if_marked(file);
      transaction.commit();
      return file;
    }
    impl->schema_version = version;
    impl->config = read_config(db, name);
    return CaseFile{std::move(impl)};
  } catch (const SQLite::Exception& e) {
    throw translate(e, name);
  }
}

CaseFile::WriteTransaction::WriteTransaction(CaseFile& file) : m_file(file) {
  try {
    m_file.impl().db.exec("BEGIN IMMEDIATE");
  } catch (const SQLite::Exception& e) {
    throw translate(e, m_file.impl().path);
  }
}

CaseFile::WriteTransaction::~WriteTransaction() {
  if (m_open) {
    // A destructor must not throw; SQLite rolls back a transaction left open when the file
    // closes, so a failed ROLLBACK loses nothing.
    try {
      m_file.impl().db.exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
      return;
    }
  }
}

void CaseFile::WriteTransaction::commit() {
  try {
    m_file.impl().db.exec("COMMIT");
    m_open = false;
  } catch (const SQLite::Exception& e) {
    throw translate(e, m_file.impl().path);
  }
}

}  // namespace ppid::store
