#pragma once

#include "error.hpp"

#include <SQLiteCpp/Exception.h>

#include <string>

namespace ppid::store {

// Translates an SQLite failure on the case file at `path` into the library's one error type.
Error translate(const SQLite::Exception& e, const std::string& path);

}  // namespace ppid::store
