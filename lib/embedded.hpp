#pragma once

#include <span>
#include <string_view>

namespace ppid {

// A data file compiled into the binary (see cmake/EmbedFiles.cmake): its bare file name and its
// bytes.
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

namespace embedded {
// The SQL migrations from `schema/`, sorted by name (so by version).
std::span<const EmbeddedFile> schema_files();
// The holiday files from `holidays/`, sorted by name (so by year).
std::span<const EmbeddedFile> holiday_files();
}  // namespace embedded

}  // namespace ppid
