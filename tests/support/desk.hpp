#pragma once

// A PPID desk for CLI tests: a fresh case file in English, with helpers that run ppid and check
// that a refused command changed nothing.

#include "support/run_ppid.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ppid::test {

struct Desk {
  using Args = std::vector<std::string>;

  Sandbox box;
  std::string reg = "001/PPID/XI/2026";

  // `today` empty: the Sandbox's own day; `config`, when given, the body's configuration.
  explicit Desk(const std::string& today = {}, const std::string& config = {}) {
    box.env["PPID_LANG"] = "en";
    if (!today.empty()) {
      box.env["PPID_TODAY"] = today;
    }
    Args init{"init"};
    if (!config.empty()) {
      box.write("ppid.toml", config);
      init = {"init", "--config", "ppid.toml"};
    }
    const auto r = box.ppid(init);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  RunResult run(const Args& args) const { return box.ppid(args); }
  void ok(const Args& args) const {
    const auto r = box.ppid(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  std::string dump() const { return dump_case_file(box.path("ppid.sqlite")); }
  // `args` must be refused with `exit_code` and exactly `err`, the case file unchanged.
  void refused(const Args& args, int exit_code, const std::string& err) const {
    const auto before = dump();
    const auto r = run(args);
    CHECK(r.exit_code == exit_code);
    CHECK(r.out == "");
    CHECK(r.err == err);
    CHECK(dump() == before);
  }
  nlohmann::json shown() const {
    const auto r = run({"show", reg, "--format", "json"});
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out);
  }
};

}  // namespace ppid::test
