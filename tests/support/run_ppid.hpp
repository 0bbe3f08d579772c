#pragma once

#include "support/temp_dir.hpp"

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ppid::test {

// What one run of the real ppid binary did.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the ppid binary under test with `args`, in `working_directory`, with exactly the
// environment `env` (nothing inherited but PATH) and `input` on stdin.
RunResult run_ppid(const std::vector<std::string>& args,
                   const std::filesystem::path& working_directory,
                   const std::map<std::string, std::string>& env = {},
                   const std::string& input = {});

// A temporary directory for one test, with helpers to run ppid inside it. PPID_LANG, PPID_TODAY
// and TZ are always set explicitly. The directory is removed when the test passed, and kept (its
// path printed) when it failed.
class Sandbox {
 public:
  Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;
  ~Sandbox();

  const std::filesystem::path& dir() const { return m_dir; }
  std::filesystem::path path(const std::string& name) const { return m_dir / name; }

  // Runs ppid in the sandbox with the default environment plus `extra_env`.
  RunResult ppid(const std::vector<std::string>& args,
                 const std::map<std::string, std::string>& extra_env = {},
                 const std::string& input = {}) const;

  // Runs ppid like `ppid`, with its input and output on /dev/null, and kills it with SIGKILL
  // after `delay` unless it has ended by then. True when it was killed; else `exit_code` is how
  // it ended.
  bool ppid_killed_after(const std::vector<std::string>& args, std::chrono::microseconds delay,
                         int& exit_code) const;

  // Writes `content` to `name` inside the sandbox; returns its path.
  std::filesystem::path write(const std::string& name, const std::string& content) const;

  std::map<std::string, std::string> env;

 private:
  std::filesystem::path m_dir;
};

// The logical content of a case file: schema, pragmas and every row of every table, so a test
// can assert that a refused command changed nothing.
std::string dump_case_file(const std::filesystem::path& path);

// The whole content of a file ("" when missing).
std::string read_file(const std::filesystem::path& path);

// Whether an assertion of the running test case has failed.
bool current_test_failed();

// The directory of the source tree (for examples/ and tests/data/).
std::filesystem::path source_dir();

}  // namespace ppid::test
