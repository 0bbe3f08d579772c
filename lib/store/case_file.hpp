#pragma once

#include "config/config.hpp"

#include <chrono>
#include <filesystem>
#include <memory>

namespace ppid::store {

namespace detail {
struct FileAccess;
}

// How a command uses the case file: reports read, everything else writes.
enum class Access { read_only, read_write };

struct OpenOptions {
  // How long to wait for another process's write lock before giving up with Error{busy}.
  std::chrono::milliseconds busy_timeout{10'000};
};

// A ppid case file: one SQLite database holding the configuration, the holidays loaded into it,
// and the cases. Opening checks that it is a ppid case file of a schema this build knows, and
// migrates an older one in one transaction.
class CaseFile {
 public:
  // Creates the case file at `path` with mode 0600, whatever the umask, holding `config`. It is
  // built under a temporary name and linked into place only when complete, so a failure leaves
  // no file behind and an existing file is never replaced. Throws Error{cannot_create}.
  static void create(const std::filesystem::path& path, const config::Config& config,
                     OpenOptions options = {});

  // Opens an existing case file. Throws Error{case_file_missing} when it is missing, a directory
  // or not a ppid case file, Error{bad_input} when its schema is newer than this build, and
  // Error{busy} when a migration cannot take the write lock in time.
  static CaseFile open(const std::filesystem::path& path, Access access, OpenOptions options = {});

  CaseFile(CaseFile&&) noexcept;
  CaseFile& operator=(CaseFile&&) noexcept;
  ~CaseFile();

  const config::Config& config() const;
  int schema_version() const;

  // The schema version this build creates and migrates to.
  static int latest_schema_version();

  // A write transaction, begun IMMEDIATE so a writer takes the lock up front (and waits for it
  // up to the busy timeout) instead of failing half way. Rolled back unless committed.
  class WriteTransaction {
   public:
    explicit WriteTransaction(CaseFile& file);
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    ~WriteTransaction();
    void commit();

   private:
    CaseFile& m_file;
    bool m_open = true;
  };
  WriteTransaction begin_write() { return WriteTransaction{*this}; }

  // What lib/store's own modules see of an open file (store/detail/case_file_impl.hpp).
  struct Impl;

 private:
  friend struct detail::FileAccess;
  Impl& impl() const { return *m_impl; }

  explicit CaseFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ppid::store
