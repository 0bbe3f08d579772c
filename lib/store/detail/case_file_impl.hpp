#pragma once

#include "store/case_file.hpp"

#include <SQLiteCpp/Database.h>

#include <string>

namespace ppid::store {

// What lib/store modules see of an open case file.
struct CaseFile::Impl {
  std::string path;
  SQLite::Database db;
  config::Config config;
  int schema_version = 0;
};

namespace detail {

// The one way in to an open file's database, for lib/store's own modules only.
struct FileAccess {
  static CaseFile::Impl& of(const CaseFile& file) { return file.impl(); }
};

inline CaseFile::Impl& impl(const CaseFile& file) {
  return FileAccess::of(file);
}

}  // namespace detail

}  // namespace ppid::store
