#include "run_ppid.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

namespace ppid::test {
namespace {

void set_cloexec_pipe(std::array<int, 2>& fds) {
  if (::pipe2(fds.data(), O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe failed");
  }
}

// The child's whole environment: PATH, the sanitizer settings (so that a report in ppid fails
// the test), and `env`.
std::vector<std::string> environment(const std::map<std::string, std::string>& env) {
  std::vector<std::string> env_storage;
  if (const char* path = std::getenv("PATH")) {
    env_storage.push_back(std::string{"PATH="} + path);
  }
  for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
    if (const char* value = std::getenv(name)) {
      env_storage.push_back(std::string{name} + "=" + value);
    }
  }
  for (const auto& [key, value] : env) {
    env_storage.push_back(key + "=" + value);
  }
  return env_storage;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) {
    out.push_back(s.data());
  }
  out.push_back(nullptr);
  return out;
}

bool g_current_test_failed = false;

// Notes failed assertions so that a Sandbox can keep the directory of a failed test.
struct FailureListener : doctest::IReporter {
  explicit FailureListener(const doctest::ContextOptions& /*options*/) {}
  void report_query(const doctest::QueryData& /*data*/) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats& /*stats*/) override {}
  void test_case_start(const doctest::TestCaseData& /*data*/) override {
    g_current_test_failed = false;
  }
  void test_case_reenter(const doctest::TestCaseData& /*data*/) override {}
  void test_case_end(const doctest::CurrentTestCaseStats& /*stats*/) override {}
  void test_case_exception(const doctest::TestCaseException& /*data*/) override {
    g_current_test_failed = true;
  }
  void subcase_start(const doctest::SubcaseSignature& /*signature*/) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData& data) override {
    if (data.m_failed) {
      g_current_test_failed = true;
    }
  }
  void log_message(const doctest::MessageData& /*data*/) override {}
  void test_case_skipped(const doctest::TestCaseData& /*data*/) override {}
};
REGISTER_LISTENER("ppid-failure-listener", 1, FailureListener);

}  // namespace

bool current_test_failed() {
  return g_current_test_failed;
}

RunResult run_ppid(const std::vector<std::string>& args,
                   const std::filesystem::path& working_directory,
                   const std::map<std::string, std::string>& env, const std::string& input) {
  std::array<int, 2> in_pipe{};
  std::array<int, 2> out_pipe{};
  std::array<int, 2> err_pipe{};
  set_cloexec_pipe(in_pipe);
  set_cloexec_pipe(out_pipe);
  set_cloexec_pipe(err_pipe);

  std::vector<std::string> argv_storage{PPID_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  auto argv = pointers(argv_storage);
  auto env_storage = environment(env);
  auto envp = pointers(env_storage);

  const pid_t pid = ::fork();
  if (pid < 0) {
    throw std::runtime_error("fork failed");
  }
  if (pid == 0) {
    ::dup2(in_pipe[0], 0);
    ::dup2(out_pipe[1], 1);
    ::dup2(err_pipe[1], 2);
    if (::chdir(working_directory.c_str()) != 0) {
      ::_exit(127);
    }
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  ::close(in_pipe[0]);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);

  RunResult result;
  std::size_t written = 0;
  int in_fd = in_pipe[1];
  if (input.empty()) {
    ::close(in_fd);
    in_fd = -1;
  }
  std::array<pollfd, 3> fds{};
  bool out_open = true;
  bool err_open = true;
  std::array<char, 65536> buffer{};
  while (out_open || err_open || in_fd >= 0) {
    nfds_t count = 0;
    if (out_open) {
      fds[count++] = {out_pipe[0], POLLIN, 0};
    }
    if (err_open) {
      fds[count++] = {err_pipe[0], POLLIN, 0};
    }
    if (in_fd >= 0) {
      fds[count++] = {in_fd, POLLOUT, 0};
    }
    if (::poll(fds.data(), count, -1) < 0) {
      continue;
    }
    for (nfds_t i = 0; i < count; ++i) {
      if (fds[i].revents == 0) {
        continue;
      }
      if (fds[i].fd == in_fd) {
        const auto n = ::write(in_fd, input.data() + written, input.size() - written);
        if (n > 0) {
          written += static_cast<std::size_t>(n);
        }
        if (n < 0 || written == input.size()) {
          ::close(in_fd);
          in_fd = -1;
        }
        continue;
      }
      const auto n = ::read(fds[i].fd, buffer.data(), buffer.size());
      if (n <= 0) {
        ::close(fds[i].fd);
        (fds[i].fd == out_pipe[0] ? out_open : err_open) = false;
        continue;
      }
      (fds[i].fd == out_pipe[0] ? result.out : result.err)
          .append(buffer.data(), static_cast<std::size_t>(n));
    }
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

Sandbox::Sandbox() {
  std::string pattern = (std::filesystem::temp_directory_path() / "ppid-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  m_dir = pattern;
  // TZ is passed on from the test run (CI runs once with a zone far from Indonesia), else UTC:
  // ppid must not depend on it either way.
  const char* tz = std::getenv("TZ");
  env = {{"PPID_LANG", "en"}, {"PPID_TODAY", "2026-11-24"}, {"TZ", tz != nullptr ? tz : "UTC"}};
}

Sandbox::~Sandbox() {
  if (current_test_failed()) {
    std::cerr << "kept the failed test's directory: " << m_dir.string() << '\n';
    return;
  }
  std::error_code ec;
  std::filesystem::remove_all(m_dir, ec);
}

bool Sandbox::ppid_killed_after(const std::vector<std::string>& args,
                                std::chrono::microseconds delay, int& exit_code) const {
  std::vector<std::string> argv_storage{PPID_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  auto argv = pointers(argv_storage);
  auto env_storage = environment(env);
  auto envp = pointers(env_storage);
  const pid_t pid = ::fork();
  if (pid < 0) {
    throw std::runtime_error("fork failed");
  }
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(null, 2);
    if (::chdir(m_dir.c_str()) != 0) {
      ::_exit(127);
    }
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + delay;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, &status, WNOHANG) == pid) {
      exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      return false;
    }
    ::usleep(100);
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  // It may have ended on its own just before the signal.
  const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  exit_code = killed ? 128 + SIGKILL : (WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return killed;
}

RunResult Sandbox::ppid(const std::vector<std::string>& args,
                        const std::map<std::string, std::string>& extra_env,
                        const std::string& input) const {
  auto merged = env;
  for (const auto& [key, value] : extra_env) {
    merged[key] = value;
  }
  return run_ppid(args, m_dir, merged, input);
}

std::filesystem::path Sandbox::write(const std::string& name, const std::string& content) const {
  const auto target = m_dir / name;
  std::ofstream out{target, std::ios::binary};
  out << content;
  return target;
}

std::string dump_case_file(const std::filesystem::path& path) {
  SQLite::Database db{path.string(), SQLite::OPEN_READONLY};
  std::ostringstream out;
  for (const char* pragma : {"user_version", "application_id"}) {
    SQLite::Statement q{db, std::string{"PRAGMA "} + pragma};
    q.executeStep();
    out << pragma << '=' << q.getColumn(0).getString() << '\n';
  }
  SQLite::Statement tables{
      db, "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"};
  std::vector<std::string> names;
  while (tables.executeStep()) {
    out << tables.getColumn(1).getString() << '\n';
    if (std::string{tables.getColumn(0).getString()}.find("sqlite_") != 0) {
      names.push_back(tables.getColumn(0).getString());
    }
  }
  for (const auto& name : names) {
    SQLite::Statement type{db, "SELECT type FROM sqlite_schema WHERE name = ?"};
    type.bind(1, name);
    if (!type.executeStep() || type.getColumn(0).getString() != "table") {
      continue;
    }
    SQLite::Statement rows{db, "SELECT * FROM \"" + name + "\""};
    while (rows.executeStep()) {
      out << name << ':';
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        out << (rows.getColumn(i).isNull() ? "NULL" : rows.getColumn(i).getString()) << '|';
      }
      out << '\n';
    }
  }
  return out.str();
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in{path, std::ios::binary};
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::filesystem::path source_dir() {
  return PPID_SOURCE_DIR;
}

}  // namespace ppid::test
