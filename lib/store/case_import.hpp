#pragma once

#include "rules/case.hpp"
#include "store/case_file.hpp"
#include "store/case_store.hpp"

#include <memory>

namespace ppid::store {

// Stores cases read from a paper register, one after another, in the caller's write
// transaction (one import, one transaction: all or nothing).
class CaseImport {
 public:
  CaseImport(CaseFile& file, Recorded recorded);
  ~CaseImport();
  CaseImport(const CaseImport&) = delete;
  CaseImport& operator=(const CaseImport&) = delete;

  enum class Outcome {
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

  // Stores the case `c` (replayed from its events, not yet stored) under its register number,
  // keeping that number and moving the register sequence past it. The objection gets the next
  // objection number unless its event's data has one (`objection_no_given`).
  Outcome add(rules::Case c, bool objection_no_given);

  // Moves each register sequence past the highest number imported into it, so the next request
  // typed in gets the number after. Call once, after the last `add`, before committing.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ppid::store
