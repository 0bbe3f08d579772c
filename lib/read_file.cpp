#include "read_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace ppid {

std::optional<std::string> read_whole_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return std::nullopt;
  }
  std::ifstream in{path, std::ios::binary};
  std::ostringstream content;
  if (in) {
    content << in.rdbuf();
  }
  if (!in || in.bad()) {
    return std::nullopt;
  }
  return content.str();
}

}  // namespace ppid
