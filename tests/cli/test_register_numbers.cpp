#include "support/run_ppid.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <future>
#include <set>
#include <string>
#include <vector>

using ppid::test::Sandbox;

TEST_SUITE("register numbers") {
  TEST_CASE("several processes registering at once get unique, gap-free numbers") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    constexpr int k_processes = 4;
    constexpr int k_each = 15;
    std::vector<std::future<std::vector<int>>> workers;
    for (int p = 0; p < k_processes; ++p) {
      workers.push_back(std::async(std::launch::async, [&box, p] {
        std::vector<int> exit_codes;
        for (int i = 0; i < k_each; ++i) {
          exit_codes.push_back(box.ppid({"request", "new", "--name", fmt::format("P{} R{}", p, i),
                                         "--info", "Data", "--at", "2026-11-24"})
                                   .exit_code);
        }
        return exit_codes;
      }));
    }
    for (auto& worker : workers) {
      for (int code : worker.get()) {
        CHECK(code == 0);
      }
    }
    const auto list = nlohmann::json::parse(box.ppid({"request", "list", "--format", "json"}).out);
    std::set<std::string> numbers;
    for (const auto& c : list) {
      numbers.insert(c["register_no"].get<std::string>());
    }
    std::set<std::string> expected;
    for (int n = 1; n <= k_processes * k_each; ++n) {
      expected.insert(fmt::format("{:03}/PPID/XI/2026", n));
    }
    CHECK(numbers == expected);
    CHECK(box.ppid({"verify"}).exit_code == 0);
  }

  TEST_CASE("a sequence that never resets runs on across years") {
    Sandbox box;
    box.write("never.toml",
              "[agency]\nregister_format = \"{seq:05}/PPID\"\nregister_reset = \"never\"\n");
    REQUIRE(box.ppid({"init", "--config", "never.toml"}).exit_code == 0);
    const auto first = box.ppid(
        {"request", "new", "--name", "A", "--info", "x", "--at", "2026-12-30", "--format", "json"},
        {{"PPID_TODAY", "2027-01-04"}});
    const auto second = box.ppid(
        {"request", "new", "--name", "B", "--info", "x", "--at", "2027-01-04", "--format", "json"},
        {{"PPID_TODAY", "2027-01-04"}});
    CHECK(nlohmann::json::parse(first.out)["register_no"] == "00001/PPID");
    CHECK(nlohmann::json::parse(second.out)["register_no"] == "00002/PPID");
  }
}
