// Working-day arithmetic: the calendar's O(1) tables against a naive day-by-day count.
//
// One million (date, N) pairs, drawn once with a fixed seed (dates uniform over 2020-01-01 ..
// 2027-12-31, N uniform over 1..30 working days), go through both methods. Before anything is
// timed, the two are checked to agree on every pair (date and provisional mark); a mismatch
// aborts the program, so the benchmark doubles as a correctness check of the tables.
//
// After the benchmarks a table prints the nanoseconds per addition and the speed-up over the
// naive loop. See docs/performance.md.

#include "calendar/calendar.hpp"
#include "config/builtin_holidays.hpp"
#include "date.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

using ppid::Date;
using ppid::calendar::Calendar;
using ppid::calendar::CalendarDate;

constexpr std::size_t k_pairs = 1'000'000;
constexpr std::uint64_t k_seed = 20261125;
constexpr int k_max_count = 30;

struct Pair {
  Date from;
  int count = 0;
};

const Calendar& calendar() {
  static const Calendar cal = ppid::config::national_calendar();
  return cal;
}

// The pairs, drawn once. std::mt19937_64 is fully specified by the standard; the distributions
// are libstdc++'s, so the pairs are the same on every run with the same toolchain.
const std::vector<Pair>& pairs() {
  static const std::vector<Pair> all = [] {
    const Date first{date::year{2020} / date::January / date::day{1}};
    const Date last{date::year{2027} / date::December / date::day{31}};
    std::mt19937_64 rng{k_seed};
    std::uniform_int_distribution<int> day_offset{0, (last - first).count()};
    std::uniform_int_distribution<int> count{1, k_max_count};
    std::vector<Pair> out;
    out.reserve(k_pairs);
    for (std::size_t i = 0; i < k_pairs; ++i) {
      const Date from = first + date::days{day_offset(rng)};
      out.push_back({from, count(rng)});
    }
    return out;
  }();
  return all;
}

// The obvious method: step one day at a time and count the working days until N are counted.
Date naive_add(const Calendar& cal, Date from, int count) {
  Date day = from;
  int counted = 0;
  while (counted < count) {
    day += date::days{1};
    if (cal.is_working_day(day)) {
      ++counted;
    }
  }
  return day;
}

std::int64_t checksum_of(Date day) {
  return static_cast<std::int64_t>(day.time_since_epoch().count());
}

// Every pair, both ways: the same date, and provisional exactly when a day after `from` up to
// the result lies in a year without holiday data.
void verify_or_abort() {
  const auto& cal = calendar();
  std::size_t provisional = 0;
  for (std::size_t i = 0; i < pairs().size(); ++i) {
    const auto [from, count] = pairs()[i];
    const CalendarDate table = cal.add_working_days(from, count);
    const Date naive = naive_add(cal, from, count);
    bool naive_provisional = false;
    for (Date day = from + date::days{1}; day <= naive; day += date::days{1}) {
      naive_provisional = naive_provisional || !cal.covers(day);
    }
    if (table.date != naive || table.provisional != naive_provisional) {
      std::fprintf(stderr,
                   "bench_calendar: MISMATCH at pair %zu: %s + %d wd: table %s%s, naive %s%s\n", i,
                   ppid::to_iso(from).c_str(), count, ppid::to_iso(table.date).c_str(),
                   table.provisional ? " (provisional)" : "", ppid::to_iso(naive).c_str(),
                   naive_provisional ? " (provisional)" : "");
      std::abort();
    }
    provisional += table.provisional ? 1 : 0;
  }
  std::printf("verified: table and naive agree on all %zu pairs (%zu provisional)\n",
              pairs().size(), provisional);
}

void BM_add_working_days_table(benchmark::State& state) {
  const auto& cal = calendar();
  const auto& all = pairs();
  for (auto _ : state) {
    std::int64_t checksum = 0;
    for (const auto& pair : all) {
      const auto due = cal.add_working_days(pair.from, pair.count);
      checksum += checksum_of(due.date) + (due.provisional ? 1 : 0);
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(all.size()));
}
BENCHMARK(BM_add_working_days_table)->Unit(benchmark::kMillisecond);

void BM_add_working_days_naive(benchmark::State& state) {
  const auto& cal = calendar();
  const auto& all = pairs();
  for (auto _ : state) {
    std::int64_t checksum = 0;
    for (const auto& pair : all) {
      checksum += checksum_of(naive_add(cal, pair.from, pair.count));
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(all.size()));
}
BENCHMARK(BM_add_working_days_naive)->Unit(benchmark::kMillisecond);

void BM_calendar_construction(benchmark::State& state) {
  // builtin_holidays() parses the embedded TOML once per process; warm it so the figure is the
  // constructor alone (copying the years, hashing the days, building the tables).
  benchmark::DoNotOptimize(ppid::config::builtin_holidays().data());
  for (auto _ : state) {
    auto cal = ppid::config::national_calendar();
    benchmark::DoNotOptimize(cal);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_calendar_construction)->Unit(benchmark::kMicrosecond);

// Passes everything to the usual display reporter and keeps, per benchmark, the nanoseconds per
// item for the speed-up table: the fastest repetition, or the median when only aggregates are
// shown (--benchmark_display_aggregates_only).
class RecordingReporter : public benchmark::BenchmarkReporter {
 public:
  explicit RecordingReporter(benchmark::BenchmarkReporter* inner) : m_inner(inner) {}

  bool ReportContext(const Context& context) override { return m_inner->ReportContext(context); }

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const auto& run : runs) {
      const auto items = run.counters.find("items_per_second");
      if (run.error_occurred || items == run.counters.end() || items->second.value <= 0) {
        continue;
      }
      // The rate is items per CPU second (the benchmarks do not ask for real time).
      const double ns_per_item = 1e9 / items->second.value;
      const auto& name = run.run_name.function_name;
      if (run.run_type == Run::RT_Iteration) {
        auto [it, inserted] = m_fastest.try_emplace(name, ns_per_item);
        if (!inserted) {
          it->second = std::min(it->second, ns_per_item);
        }
      } else if (run.aggregate_name == "median") {
        m_median[name] = ns_per_item;
      }
    }
    m_inner->ReportRuns(runs);
  }

  void Finalize() override { m_inner->Finalize(); }

  std::map<std::string, double> ns_per_item() const {
    auto out = m_fastest;
    out.insert(m_median.begin(), m_median.end());  // only where no repetition was seen
    return out;
  }

 private:
  benchmark::BenchmarkReporter* m_inner;
  std::map<std::string, double> m_fastest;
  std::map<std::string, double> m_median;
};

void print_speedup(const std::map<std::string, double>& ns) {
  const auto naive = ns.find("BM_add_working_days_naive");
  if (ns.empty()) {
    return;
  }
  std::printf("\n%-30s %14s %12s\n", "benchmark", "CPU ns/item", "vs naive");
  for (const auto& [name, value] : ns) {
    if (naive != ns.end() && name.rfind("BM_add_working_days", 0) == 0) {
      std::printf("%-30s %14.2f %11.1fx\n", name.c_str(), value, naive->second / value);
    } else {
      std::printf("%-30s %14.2f %12s\n", name.c_str(), value, "-");
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
    return 1;
  }
  verify_or_abort();
  RecordingReporter reporter{benchmark::CreateDefaultDisplayReporter()};
  benchmark::RunSpecifiedBenchmarks(&reporter);
  print_speedup(reporter.ns_per_item());
  benchmark::Shutdown();
  return 0;
}
