#pragma once

#include "import/case_sink.hpp"
#include "rules/case.hpp"
#include "store/case_file.hpp"
#include "store/case_store.hpp"

#include <memory>

namespace ppid::store {

// Stores cases read from a paper register, one after another, in the caller's write
// transaction (one import, one transaction: all or nothing).
class CaseImport final : public import::CaseSink {
 public:
  CaseImport(CaseFile& file, Recorded recorded);
  ~CaseImport() override;
  CaseImport(const CaseImport&) = delete;
  CaseImport& operator=(const CaseImport&) = delete;

  // Stores the case `c` (replayed from its events, not yet stored) under its register number,
  // keeping that number and moving the register sequence past it. The objection gets the next
  // objection number unless its event's data has one (`objection_no_given`).
  ppid::import::AddOutcome add(rules::Case c, bool objection_no_given) override;

  // Moves each register sequence past the highest number imported into it, so the next request
  // typed in gets the number after. Call once, after the last `add`, before committing.
  void finish() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ppid::store
