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

}  // namespace ppid::store
