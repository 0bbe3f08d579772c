#pragma once

// The vocabularies of the law and the forms (../DOMAIN.md), each an enum with its one word table:
// the words of the case file, JSON, CSV, the configuration and the command line.

#include "word_table.hpp"

#include <array>
#include <string_view>

namespace ppid::rules {

// Who asks (UU 14/2008 art. 1(12): a person, a group or a legal entity).
enum class ApplicantType { person, group, organization };

// How the request reached the body.
// `unknown` for a request from a register that does not say how it came.
enum class Channel { desk, email, web, post, fax, phone, unknown };

// The form of access asked for (Perki 1/2021, the request form).
enum class AccessForm { see, read, listen, note, softcopy, hardcopy };

// How the information is to be handed over.
enum class Delivery { pickup, courier, post, fax, email };

// How a cost of delivery was paid (copying and postage; the request itself is free, art. 21).
enum class Payment { cash, transfer, other };

// The written notice's decision (art. 22(7)).
enum class Decision { granted, partial, refused };

// Why a request was refused (art. 22(7)(b), Perki 1/2021 art. 38).
enum class RefusalReason { exempt, not_held, not_yet_held, not_documented, procedural };

// The grounds of an objection (UU 14/2008 art. 35(1)(a)-(g)).
enum class ObjectionGround { a, b, c, d, e, f, g };

// The superior's answer to an objection (art. 36(2)).
enum class ObjectionAnswer { upheld, overturned, partial };

// How a dispute at the Information Commission ended (Perki 1/2013): a mediation agreement, an
// adjudication decision, withdrawal, lapse, or not registered (its file left incomplete).
enum class DisputeOutcome {
  mediated,
  granted,
  partial,
  refused,
  withdrawn,
  lapsed,
  not_registered
};

// The stages of a dispute before its end (Perki 1/2013).
enum class DisputeStage { registered, mediation, adjudication };

// The court that hears a challenge of an adjudication decision (UU 14/2008 art. 47): the
// administrative court for a state body, the district court otherwise.
enum class Court { ptun, district };

// Who went to court.
enum class Party { applicant, body };

// What the court did with the Commission's decision.
enum class CourtOutcome { upheld, overturned, partial };

// Where a request stands (the JSON contract's words).
enum class State {
  open,                // awaiting the written notice
  answered,            // the notice was given
  objection,           // awaiting the superior's answer
  objection_answered,  // the superior answered
  dispute,             // at the Information Commission
  closed,              // the dispute ended
  withdrawn,           // the applicant withdrew
  court,               // a challenge of the Commission's decision in court, or cassation
};

// What happened to a request. Events are append-only; everything else is derived from them.
enum class EventKind {
  received,            // request new
  completed,           // request complete: the requirements were met
  extended,            // UU 14/2008 art. 22(8)
  answered,            // the written notice, art. 22(7)
  objected,            // keberatan, art. 35-36
  objection_answered,  // tanggapan atasan PPID, art. 36(2)
  dispute_filed,       // sengketa informasi, art. 37
  dispute_ended,       // mediation, adjudication, withdrawal or lapse
  withdrawn,           // the applicant withdrew
  delivered,           // the information was handed over (tanda bukti penyerahan)
  assigned,            // routed to the unit that holds the information (disposisi)
  returned,            // the unit answered
  dispute_stage,       // the Commission registered the dispute, or began mediation, adjudication
  court_filed,         // a challenge in court (art. 47-48) or cassation (art. 50)
  court_decided,       // the court's decision
};

// Kinds of time limit (the JSON contract's words).
enum class DeadlineKind {
  response,
  target,
  objection_filing,
  objection_answer,
  dispute_filing,
  commission_start,
  commission_settlement,
  court_filing,
  objection_target,  // the body's own target for the superior's answer, inside art. 36(2)
  internal,          // a unit's target for answering a disposition: never a statutory limit
  cassation_filing,  // art. 50: 14 days from the court's decision
};

enum class DeadlineStatus { pending, overdue, met, late, expired, void_ };

// What may be done to a case: the lifecycle's acts. The command line words them.
enum class Act {
  complete,  // the requirements were met
  respond,   // the written notice
  extend,    // the one extension
  object,    // an objection
  answer_objection,
  escalate,  // a dispute at the Commission
  end_dispute,
  withdraw,
  deliver,  // the information handed over
  assign,   // routing to a unit (internal: never offered among the lifecycle's acts)
  return_,  // the unit's answer
  stage,    // a stage of the dispute at the Commission
  court,    // a challenge of the adjudication decision in court
  court_decision,
  cassation,
};

}  // namespace ppid::rules

namespace ppid {

template <>
struct Words<rules::ApplicantType> {
  static constexpr std::array<std::string_view, 3> table = {"person", "group", "organization"};
};
template <>
struct Words<rules::Channel> {
  static constexpr std::array<std::string_view, 7> table = {"desk", "email", "web",    "post",
                                                            "fax",  "phone", "unknown"};
};
template <>
struct Words<rules::AccessForm> {
  static constexpr std::array<std::string_view, 6> table = {"see",  "read",     "listen",
                                                            "note", "softcopy", "hardcopy"};
};
template <>
struct Words<rules::Delivery> {
  static constexpr std::array<std::string_view, 5> table = {"pickup", "courier", "post", "fax",
                                                            "email"};
};
template <>
struct Words<rules::Payment> {
  static constexpr std::array<std::string_view, 3> table = {"cash", "transfer", "other"};
};
template <>
struct Words<rules::Decision> {
  static constexpr std::array<std::string_view, 3> table = {"granted", "partial", "refused"};
};
template <>
struct Words<rules::RefusalReason> {
  static constexpr std::array<std::string_view, 5> table = {"exempt", "not-held", "not-yet-held",
                                                            "not-documented", "procedural"};
};
template <>
struct Words<rules::ObjectionGround> {
  static constexpr std::array<std::string_view, 7> table = {"a", "b", "c", "d", "e", "f", "g"};
};
template <>
struct Words<rules::ObjectionAnswer> {
  static constexpr std::array<std::string_view, 3> table = {"upheld", "overturned", "partial"};
};
template <>
struct Words<rules::DisputeOutcome> {
  static constexpr std::array<std::string_view, 7> table = {
      "mediated", "granted", "partial", "refused", "withdrawn", "lapsed", "not-registered"};
};
template <>
struct Words<rules::DisputeStage> {
  static constexpr std::array<std::string_view, 3> table = {"registered", "mediation",
                                                            "adjudication"};
};
template <>
struct Words<rules::Court> {
  static constexpr std::array<std::string_view, 2> table = {"ptun", "district"};
};
template <>
struct Words<rules::Party> {
  static constexpr std::array<std::string_view, 2> table = {"applicant", "body"};
};
template <>
struct Words<rules::CourtOutcome> {
  static constexpr std::array<std::string_view, 3> table = {"upheld", "overturned", "partial"};
};
template <>
struct Words<rules::State> {
  static constexpr std::array<std::string_view, 8> table = {
      "open",    "answered", "objection", "objection_answered",
      "dispute", "closed",   "withdrawn", "court"};
};
template <>
struct Words<rules::EventKind> {
  static constexpr std::array<std::string_view, 15> table = {
      "received",           "completed",     "extended",      "answered",    "objected",
      "objection_answered", "dispute_filed", "dispute_ended", "withdrawn",   "delivered",
      "assigned",           "returned",      "dispute_stage", "court_filed", "court_decided"};
};
template <>
struct Words<rules::DeadlineKind> {
  static constexpr std::array<std::string_view, 11> table = {
      "response",         "target",           "objection_filing",      "objection_answer",
      "dispute_filing",   "commission_start", "commission_settlement", "court_filing",
      "objection_target", "internal",         "cassation_filing"};
};
template <>
struct Words<rules::DeadlineStatus> {
  static constexpr std::array<std::string_view, 6> table = {"pending", "overdue", "met",
                                                            "late",    "expired", "void"};
};
template <>
struct Words<rules::Act> {
  static constexpr std::array<std::string_view, 15> table = {
      "complete", "respond",     "extend",   "object",         "answer_objection",
      "escalate", "end_dispute", "withdraw", "deliver",        "assign",
      "return",   "stage",       "court",    "court_decision", "cassation"};
};

}  // namespace ppid
