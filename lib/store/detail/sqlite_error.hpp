#pragma once

#include "error.hpp"
#include "store/detail/case_file_impl.hpp"

#include <SQLiteCpp/Exception.h>

#include <string>

namespace ppid::store {

// Translates an SQLite failure on the case file at `path` into the library's one error type.
Error translate(const SQLite::Exception& e, const std::string& path);

namespace detail {

// Runs `body` on the database of `file`: the one place where an SQLite failure of an open case
// file becomes the library's error, so that no SQLite message reaches a user.
template <typename Body>
decltype(auto) guarded(const CaseFile& file, Body&& body) {
  auto& open = impl(file);
  try {
    return std::forward<Body>(body)(open.db);
  } catch (const SQLite::Exception& e) {
    throw translate(e, open.path);
  }
}

}  // namespace detail
}  // namespace ppid::store
