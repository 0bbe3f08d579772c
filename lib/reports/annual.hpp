#pragma once

#include "calendar/calendar.hpp"
#include "reports/period.hpp"
#include "rules/case.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ppid::reports {

// Counts by key, in a fixed order (the law's or the calendar's), zeros included.
using Counts = std::vector<std::pair<std::string, long>>;

// How long answers took, in working days from day 0 to the written notice.
struct AnswerTimes {
  long answered = 0;
  std::optional<double> median;
  std::optional<double> mean;
  std::optional<double> p90;
  Counts bands;  // "<=5", "6-10", "11-17", ">17"
  long with_target = 0;
  long within_target = 0;
  long within_statutory = 0;
};

// The public-information service report (UU 14/2008 art. 12; Perki 1/2021 art. 56) for a
// period: requests received in it, what was decided and how fast; objections and disputes filed
// in it and how they went.
struct ServiceReport {
  Period period;
  long requests = 0;
  Counts by_month;
  Counts by_service;
  Counts by_channel;
  Counts by_applicant_type;
  Counts decisions;          // granted, partial, refused
  Counts refusal_reasons;    // exempt, not-held, not-yet-held, not-documented, procedural
  Counts exemption_letters;  // art. 17 a..j, as read from the basis of a refusal or partial grant
  long unanswered = 0;
  long withdrawn = 0;
  long extended = 0;
  AnswerTimes times;
  // From day 0 to the delivery that completed it (art. 12: "the time needed to fulfil each
  // request"); only `answered` (the number delivered), the figures and the bands are used.
  AnswerTimes delivery_times;
  long delivered_in_part = 0;  // some of it delivered, the rest not yet
  long delivery_cost = 0;      // rupiah charged over every delivery
  long objections = 0;
  Counts objections_by_ground;  // a..g
  Counts objection_answers;     // upheld, overturned, partial, unanswered
  long objections_answered_on_time = 0;
  long objections_answered_late = 0;
  long disputes = 0;
  Counts dispute_outcomes;  // mediated, granted, partial, refused, withdrawn, lapsed, pending
  long disputes_filed_late = 0;
  // Court cases against the Commission's decisions (Perki 1/2021 art. 56: "court suits and
  // results"), filed in the period, and cassations.
  long court_cases = 0;
  Counts court_outcomes;  // upheld, overturned, partial, pending (of the last level decided)
  long cassations = 0;
};

ServiceReport service_report(const std::vector<rules::Case>& cases,
                             const calendar::Calendar& calendar, const Period& period,
                             const std::vector<std::string>& services);

// The letter of UU 14/2008 art. 17 a notice's basis names ("Pasal 17 huruf b" gives "b").
std::optional<char> exemption_letter(const std::string& basis);

}  // namespace ppid::reports
