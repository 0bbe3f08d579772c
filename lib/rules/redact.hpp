#pragma once

#include "rules/case.hpp"

#include <string>

namespace ppid::rules {

// `c` as it may be published (README, "Publishing a case"). The case file is not touched: its
// events are a hash-chained legal record, so this works on a copy.
//
// Taken out of the events: the applicant's NIK, address, phone, e-mail, occupation and proxy,
// the purpose the applicant gave, the proxy of an objection, free-text notes, and who recorded
// each act and when; the applicant's name becomes `placeholder`. Kept: register and objection
// numbers, dates, the applicant's type, the information requested, channel and form of access,
// decisions, reasons and legal bases, the body holding the information, the superior's name and
// position, the Commission, and every deadline (derived before, so unchanged).
Case redacted(const Case& c, const std::string& placeholder);

}  // namespace ppid::rules
