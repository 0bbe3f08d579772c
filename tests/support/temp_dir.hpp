#pragma once

#include <stdlib.h>

#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <system_error>

namespace ppid::test {

// The names in `dir`, sorted and comma-separated, hidden ones (temporaries like
// `.ppid.sqlite.new-XXXXXX`) included; "" when it is empty.
inline std::string listing(const std::filesystem::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator{dir}) {
    names.insert(entry.path().filename().string());
  }
  std::string out;
  for (const auto& name : names) {
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

// A temporary directory, removed with everything in it at the end of its scope.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ppid-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("mkdtemp failed");
    }
    m_path = pattern;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }
  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

// The directory of the fixture case files of released schema versions.
inline std::filesystem::path case_file_fixtures() {
  return std::filesystem::path{PPID_SOURCE_DIR} / "tests" / "data" / "case-files";
}

// A private copy of the fixture case file `name` (tests/data/case-files) in a temporary
// directory, removed afterwards with the copy's -wal and -shm files. The fixture itself is never
// opened.
struct FixtureCopy {
  explicit FixtureCopy(const std::string& name) : path{dir / name} {
    std::filesystem::copy_file(case_file_fixtures() / name, path);
  }
  FixtureCopy(const FixtureCopy&) = delete;
  FixtureCopy& operator=(const FixtureCopy&) = delete;

  TempDir dir;  // declared first: made before `path`, removed last
  std::filesystem::path path;
};

}  // namespace ppid::test
