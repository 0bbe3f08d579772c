#pragma once

#include "calendar/duration.hpp"
#include "calendar/settings.hpp"
#include "date.hpp"
#include "word_table.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ppid::config {

// Whether request numbers restart at 1 each year or run on (DOMAIN.md: both are in use).
enum class SequenceReset { yearly, never };

struct Agency {
  std::string name;
  std::string address;
  Zone time_zone = Zone::wib;
  std::string register_format = "{seq:03}/PPID/{month:roman}/{year}";
  SequenceReset register_reset = SequenceReset::yearly;
  std::string objection_format = "{seq:03}/KEB/PPID/{month:roman}/{year}";
  friend bool operator==(const Agency&, const Agency&) = default;
};

// The statutory limits. The defaults are the law's (UU 14/2008, the article holding each
// number); parse_config refuses any other value for a new configuration without
// `override_reason`.
struct Deadlines {
  calendar::Duration response{10, calendar::DayUnit::working};          // UU 14/2008 art. 22(7)
  calendar::Duration extension{7, calendar::DayUnit::working};          // art. 22(8)
  calendar::Duration objection_filing{30, calendar::DayUnit::working};  // art. 36(1), grounds 35(1)
  calendar::Duration objection_answer{30, calendar::DayUnit::working};  // art. 36(2)
  calendar::Duration dispute_filing{14, calendar::DayUnit::working};    // art. 37(2)
  calendar::Duration commission_start{14, calendar::DayUnit::working};  // art. 38(1)
  calendar::Duration commission_settlement{100, calendar::DayUnit::working};  // art. 38(2)
  calendar::Duration court_filing{14, calendar::DayUnit::working};            // art. 48(1), 47
  calendar::Duration cassation_filing{14, calendar::DayUnit::plain};          // art. 50
  // Why a limit differs from the law's (`override = "..."` in [deadlines]), e.g. a later law.
  std::optional<std::string> override_reason;
  friend bool operator==(const Deadlines&, const Deadlines&) = default;
};

// A statutory limit configured other than the law says.
struct LawDeviation {
  std::string key;  // "deadlines.objection_answer"
  calendar::Duration law;
  calendar::Duration configured;
  std::string article;  // of UU 14/2008, as the law numbers it: "36(2)"
  friend bool operator==(const LawDeviation&, const LawDeviation&) = default;
};

// The limits of `deadlines` that are not the law's, in the order of the keys of [deadlines];
// empty when every limit is the law's.
std::vector<LawDeviation> deviations(const Deadlines& deadlines);

// The body's own standards for all its requests (maklumat pelayanan, DOMAIN.md): targets inside
// the statutory limits, shown beside them and never in their place.
struct Targets {
  std::optional<calendar::Target> response;          // inside deadlines.response
  std::optional<calendar::Target> objection_answer;  // inside deadlines.objection_answer
  friend bool operator==(const Targets&, const Targets&) = default;
};

// What an applicant hands in with a request [practice, DOMAIN.md: the service standards], by the
// applicant's type, plus what a proxy adds. Each a short code ("ktp"); the defaults are those the
// standards ask for.
struct Requirements {
  std::vector<std::string> person{"form", "ktp"};
  std::vector<std::string> group{"form", "ktp-members"};
  std::vector<std::string> organization{"form", "deed", "domicile"};
  std::vector<std::string> proxy{"power-of-attorney"};
  friend bool operator==(const Requirements&, const Requirements&) = default;
};

// A service type with the body's own standard (maklumat pelayanan), a target inside the law.
struct Service {
  std::string key;
  std::string title;
  std::optional<calendar::Target> target;  // inside deadlines.response
  friend bool operator==(const Service&, const Service&) = default;
};

// The agency's configuration: loaded and validated once, then immutable.
struct Config {
  Agency agency;
  calendar::Settings calendar;
  Deadlines deadlines;
  Targets targets;
  Requirements requirements;
  std::vector<Service> services;  // sorted by key
  friend bool operator==(const Config&, const Config&) = default;
};

// How parse_config holds a configuration to the law. A new one (`ppid init --config`) needs
// `override` for a statutory limit other than the law's, and every target within its limit. One
// stored in a case file is read as an older ppid accepted it: such deviations and targets are
// kept (deviations() still lists them).
enum class Strictness { new_config, stored };

// Parses and validates a configuration in TOML. Every key is optional; what is missing keeps its
// default. Throws Error{config} naming `source_name`, the line and column, the key and what is
// allowed. A week without a working day is refused whatever the `strictness`.
Config parse_config(std::string_view toml_text, std::string_view source_name,
                    Strictness strictness = Strictness::new_config);

// Reads and parses the file at `path` (Error{config} when it cannot be read).
Config load_config_file(const std::string& path);

// The configuration as TOML, every value written out, accepted back by parse_config unchanged.
std::string to_toml(const Config& config);

// The configuration as one JSON object with the same keys as the TOML (dates as strings).
std::string to_json(const Config& config);

// A weekday name ("monday"; Indonesian "senin" is accepted) to its c_encoding.
std::optional<unsigned> parse_weekday(std::string_view name);
std::string_view weekday_key(unsigned c_encoding);

}  // namespace ppid::config

namespace ppid {

template <>
struct Words<config::SequenceReset> {
  static constexpr std::array<std::string_view, 2> table = {"yearly", "never"};
};

}  // namespace ppid
