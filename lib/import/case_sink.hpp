#pragma once

#include "rules/case.hpp"

namespace ppid::import {

// What became of one case read from a register when it was added.
enum class AddOutcome {
  imported,
  // The number is in the case file with these very events (and perhaps later ones, recorded
  // since): importing the same register again adds nothing.
  already_present,
  // The number is in the case file with other content: never overwritten.
  conflict,
  // The number came earlier in this same import with other content.
  repeated,
  // The objection number the register gives belongs to another request.
  objection_no_taken,
};

// Where an import puts the cases it reads: the case file (store::CaseImport), in the caller's
// write transaction. The import itself sits below the store and knows only this.
class CaseSink {
 public:
  virtual ~CaseSink() = default;

  // Adds the case `c` (replayed from its events, not yet stored) under its register number. The
  // objection gets the next objection number unless its event's data has one
  // (`objection_no_given`).
  virtual AddOutcome add(rules::Case c, bool objection_no_given) = 0;

  // Called once, after the last `add`, before the caller commits.
  virtual void finish() = 0;

 protected:
  CaseSink() = default;
  CaseSink(const CaseSink&) = default;
  CaseSink& operator=(const CaseSink&) = default;
};

}  // namespace ppid::import
