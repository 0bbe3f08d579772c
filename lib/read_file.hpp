#pragma once

#include <optional>
#include <string>

namespace ppid {

// The whole content of the regular file at `path`; nothing when it is missing, not a regular
// file (a directory opens without error on Linux but has no content) or unreadable.
std::optional<std::string> read_whole_file(const std::string& path);

}  // namespace ppid
