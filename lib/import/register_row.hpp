#pragma once

#include "date.hpp"
#include "error.hpp"
#include "import/mapping.hpp"
#include "rules/lifecycle.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ppid::import {

// One row of a paper register: the request and each later act, with its date.
struct RegisterRow {
  std::string register_no;
  LocalTime received;
  rules::RequestInput request;
  std::optional<LocalTime> completed;
  std::optional<LocalTime> extended;
  std::string extension_reason;
  std::optional<LocalTime> answered;
  rules::Response response;
  std::optional<LocalTime> delivered;  // in full: the register has one date
  rules::DeliveryInput delivery;
  std::optional<std::string> objection_no;
  std::optional<LocalTime> objected;
  rules::Objection objection;
  std::optional<LocalTime> objection_answered;
  rules::SuperiorAnswer answer;
  std::optional<LocalTime> dispute_filed;
  std::optional<std::string> commission;
  std::optional<LocalTime> dispute_ended;
  std::string dispute_outcome;
  std::optional<LocalTime> withdrawn;
};

// What is wrong with a row: the field (whose column header names it in the message) and why.
struct RowProblem {
  std::optional<Field> field;  // none: the row as a whole
  Error error;
};

// Reads the fields of one record as `layout` places them and `mapping` spells them. Values are
// checked for form here (dates, choices, grounds); the lifecycle checks the rest on import.
std::variant<RegisterRow, RowProblem> read_row(const Mapping& mapping, const Layout& layout,
                                               const std::vector<std::string>& fields);

}  // namespace ppid::import
