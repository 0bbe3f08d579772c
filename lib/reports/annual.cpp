#include "reports/annual.hpp"

#include "text/ascii.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

namespace ppid::reports {
namespace {

Counts zeros(std::initializer_list<std::string_view> keys) {
  Counts counts;
  for (auto key : keys) {
    counts.emplace_back(std::string{key}, 0);
  }
  return counts;
}

// The words of `E` in the law's order, then `extra` (a state outside the vocabulary).
template <Worded E>
Counts zeros(std::initializer_list<std::string_view> extra = {}) {
  Counts counts;
  for (const auto word : words<E>()) {
    counts.emplace_back(std::string{word}, 0);
  }
  for (const auto word : extra) {
    counts.emplace_back(std::string{word}, 0);
  }
  return counts;
}

constexpr std::string_view k_unanswered = "unanswered";
constexpr std::string_view k_pending = "pending";

void bump(Counts& counts, std::string_view key) {
  for (auto& [k, n] : counts) {
    if (k == key) {
      ++n;
      return;
    }
  }
  counts.emplace_back(std::string{key}, 1);
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<int>& sorted, double p) {
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::max<std::size_t>(rank, 1) - 1];
}

std::string_view band(int days) {
  return days <= 5 ? "<=5" : days <= 10 ? "6-10" : days <= 17 ? "11-17" : ">17";
}

// The median, mean and 90th percentile of `taken`, and how many there are.
void summarize(AnswerTimes& times, std::vector<int> taken) {
  std::sort(taken.begin(), taken.end());
  times.answered = static_cast<long>(taken.size());
  if (!taken.empty()) {
    const auto n = taken.size();
    times.median = n % 2 == 1 ? taken[n / 2] : (taken[n / 2 - 1] + taken[n / 2]) / 2.0;
    times.mean = std::accumulate(taken.begin(), taken.end(), 0.0) / static_cast<double>(n);
    times.p90 = percentile(taken, 0.9);
  }
}

}  // namespace

std::optional<char> exemption_letter(const std::string& basis) {
  const auto lower = text::ascii_lower(basis);
  const auto is_letter = [](char ch) { return ch >= 'a' && ch <= 'j'; };
  // "huruf b", "17 huruf b", "17(b)", "17 b"
  if (const auto huruf = lower.find("huruf"); huruf != std::string::npos) {
    const auto pos = lower.find_first_not_of(' ', huruf + 5);
    if (pos != std::string::npos && is_letter(lower[pos]) &&
        (pos + 1 == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[pos + 1])))) {
      return lower[pos];
    }
  }
  if (const auto article = lower.find("17"); article != std::string::npos) {
    auto pos = lower.find_first_not_of(" (", article + 2);
    if (pos != std::string::npos && is_letter(lower[pos]) &&
        (pos + 1 == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[pos + 1])))) {
      return lower[pos];
    }
  }
  return std::nullopt;
}

ServiceReport service_report(const std::vector<rules::Case>& cases,
                             const calendar::Calendar& calendar, const Period& period,
                             const std::vector<std::string>& services) {
  ServiceReport r;
  r.period = period;
  // Every month of the period, so that a quiet month shows as zero.
  for (auto month = date::year_month{date::year_month_day{period.from}.year(),
                                     date::year_month_day{period.from}.month()};
       Date{month / 1} <= period.to; month += date::months{1}) {
    r.by_month.emplace_back(fmt::format("{:04}-{:02}", static_cast<int>(month.year()),
                                        static_cast<unsigned>(month.month())),
                            0);
  }
  for (const auto& service : services) {
    r.by_service.emplace_back(service, 0);
  }
  // Requests that named no service, always last.
  r.by_service.emplace_back("-", 0);
  r.by_channel = zeros<rules::Channel>();
  // An unknown channel (an imported register without one) is counted only when there is one.
  std::erase_if(r.by_channel,
                [](const auto& count) { return count.first == code(rules::Channel::unknown); });
  r.by_applicant_type = zeros<rules::ApplicantType>();
  r.decisions = zeros<rules::Decision>();
  r.refusal_reasons = zeros<rules::RefusalReason>();
  r.exemption_letters = zeros({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"});
  r.objections_by_ground = zeros<rules::ObjectionGround>();
  r.objection_answers = zeros<rules::ObjectionAnswer>({k_unanswered});
  r.dispute_outcomes = zeros<rules::DisputeOutcome>({k_pending});
  r.court_outcomes = zeros<rules::CourtOutcome>({k_pending});
  r.times.bands = zeros({"<=5", "6-10", "11-17", ">17"});
  r.delivery_times.bands = r.times.bands;

  std::vector<int> taken;
  std::vector<int> to_delivery;
  for (const auto& c : cases) {
    if (period.contains(c.received.date)) {
      const auto& received = c.request();
      ++r.requests;
      bump(
          r.by_month,
          fmt::format("{:04}-{:02}", static_cast<int>(date::year_month_day{c.received.date}.year()),
                      static_cast<unsigned>(date::year_month_day{c.received.date}.month())));
      bump(r.by_service, received.service.value_or("-"));
      bump(r.by_channel, code(received.channel));
      bump(r.by_applicant_type, code(received.applicant.type));
      r.extended += c.extended ? 1 : 0;
      r.withdrawn += c.withdrawn && !c.answered ? 1 : 0;
      if (const auto* answer = c.first<rules::Answered>()) {
        bump(r.decisions, code(answer->decision));
        if (answer->decision == rules::Decision::refused && answer->reason) {
          bump(r.refusal_reasons, code(*answer->reason));
        }
        // A part withheld under art. 17 counts under its letter as a refusal does.
        if (answer->reason == rules::RefusalReason::exempt) {
          if (const auto letter = exemption_letter(answer->basis.value_or(""))) {
            bump(r.exemption_letters, std::string(1, *letter));
          }
        }
        const int days = std::max(0, calendar.working_days_between(c.day0, c.answered->date));
        taken.push_back(days);
        bump(r.times.bands, band(days));
        if (c.delivered) {
          const int until = std::max(0, calendar.working_days_between(c.day0, c.delivered->date));
          to_delivery.push_back(until);
          bump(r.delivery_times.bands, band(until));
        }
        r.delivered_in_part += !c.deliveries.empty() && !c.delivered ? 1 : 0;
        r.delivery_cost += c.delivery_cost;
        if (const auto* response = c.deadline(rules::DeadlineKind::response);
            response != nullptr && response->status == rules::DeadlineStatus::met) {
          ++r.times.within_statutory;
        }
        if (const auto* target = c.deadline(rules::DeadlineKind::target)) {
          ++r.times.with_target;
          r.times.within_target += target->status == rules::DeadlineStatus::met ? 1 : 0;
        }
      } else if (!c.withdrawn) {
        ++r.unanswered;
      }
    }
    if (c.objected && period.contains(c.objected->date)) {
      ++r.objections;
      if (const auto* objected = c.first<rules::Objected>()) {
        for (const auto ground : objected->grounds) {
          bump(r.objections_by_ground, code(ground));
        }
      }
      if (const auto* answer = c.first<rules::ObjectionAnswered>()) {
        bump(r.objection_answers, code(answer->answer));
      } else {
        bump(r.objection_answers, k_unanswered);
      }
      if (const auto* limit = c.deadline(rules::DeadlineKind::objection_answer)) {
        r.objections_answered_on_time += limit->status == rules::DeadlineStatus::met ? 1 : 0;
        r.objections_answered_late += limit->status == rules::DeadlineStatus::late ? 1 : 0;
      }
    }
    if (c.dispute_filed && period.contains(c.dispute_filed->date)) {
      ++r.disputes;
      bump(r.dispute_outcomes, c.dispute_outcome ? code(*c.dispute_outcome) : k_pending);
      const auto* filed = c.first<rules::DisputeFiled>();
      r.disputes_filed_late += filed != nullptr && !filed->within_window ? 1 : 0;
    }
    if (c.court_filed && period.contains(c.court_filed->date)) {
      ++r.court_cases;
      // The result that stands: the Supreme Court's once cassation was decided.
      const auto outcome = c.cassation_filed ? c.cassation_outcome : c.court_outcome;
      bump(r.court_outcomes, outcome ? code(*outcome) : k_pending);
    }
    if (c.cassation_filed && period.contains(c.cassation_filed->date)) {
      ++r.cassations;
    }
  }
  summarize(r.times, std::move(taken));
  summarize(r.delivery_times, std::move(to_delivery));
  return r;
}

}  // namespace ppid::reports
