#pragma once

// The one place that knows how an event's data is written as JSON: the case file stores it, the
// hash chain covers that text byte for byte (keys in this order, fields left out when not
// given), and JSON output shows it.

#include "rules/event.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ppid::store {

nlohmann::ordered_json to_json(const rules::EventData& data);
nlohmann::ordered_json to_json(const rules::Applicant& applicant);

// What the applicant asked, without who asked: the request's fields of `received`.
nlohmann::ordered_json request_json(const rules::Received& received);

// The stored text of `data`.
std::string encode(const rules::EventData& data);

// Reads what `encode` wrote for an event of `kind`; nothing when it is not such data.
std::optional<rules::EventData> decode(rules::EventKind kind, std::string_view text);

// The fields of `data` in stored order, each as its key and its value (a string as it is,
// anything else as JSON): how the text of `show` lists an event's details.
std::vector<std::pair<std::string, std::string>> fields(const rules::EventData& data);

}  // namespace ppid::store
