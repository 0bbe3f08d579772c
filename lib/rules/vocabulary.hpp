#pragma once

// What a reader sees for each value of a vocabulary, and what a person may write for it: its
// label in the catalogue, and the words people use for it besides its code. The command line and
// the register import both read these words, so "dikabulkan", "surel" or "ditolak" mean the same
// wherever they are typed; CSV, JSON and the case file keep the codes of words.hpp.

#include "rules/words.hpp"
#include "text/catalogue.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ppid::rules {

// One value's words: the label a reader sees, and the other words written for it, normalised
// (`text::normalised_words`) and separated by '|'. A value's code and its labels in every
// language are understood without being listed.
struct Said {
  text::Id label;
  std::string_view written = {};
};

template <typename E>
struct Spoken;

namespace detail {
std::vector<std::string> understood_words(std::string_view code, const Said& said);
bool says(std::string_view typed, std::string_view code, const Said& said);
}  // namespace detail

template <typename E>
concept Labelled = Worded<E> && requires {
  Spoken<E>::table;
};

// The label of `value`, to render in the reader's language.
template <Labelled E>
constexpr text::Id label(E value) {
  static_assert(Spoken<E>::table.size() == count<E>(), "every value of the vocabulary needs words");
  return Spoken<E>::table.at(static_cast<std::size_t>(value)).label;
}

// Every word `value` is understood by, normalised: its code, its labels, the words listed.
template <Labelled E>
std::vector<std::string> understood_words(E value) {
  const auto& said = Spoken<E>::table.at(static_cast<std::size_t>(value));
  return detail::understood_words(code(value), said);
}

// The value `typed` names: its code as it is, else any of its understood words compared as
// normalised words ("Dikabulkan", "dikabulkan  seluruhnya", "not held"); nothing for none.
template <Labelled E>
std::optional<E> read_word(std::string_view typed) {
  if (const auto exact = parse<E>(typed)) {
    return exact;
  }
  for (const auto value : all<E>()) {
    if (detail::says(typed, code(value), Spoken<E>::table.at(static_cast<std::size_t>(value)))) {
      return value;
    }
  }
  return std::nullopt;
}

// The Indonesian words first (as registers and officers write them), then English ones.
template <>
struct Spoken<ApplicantType> {
  static constexpr std::array<Said, 3> table = {{
      {text::Id::applicant_person, "orang|perseorangan|pribadi|individu|individual"},
      {text::Id::applicant_group, "kelompok|kelompok masyarakat"},
      {text::Id::applicant_organization, "organisasi|lembaga|badan|organisation"},
  }};
};
template <>
struct Spoken<Channel> {
  static constexpr std::array<Said, 7> table = {{
      {text::Id::channel_desk, "langsung|loket|meja layanan|tatap muka|in person"},
      {text::Id::channel_email, "e mail|surat elektronik"},
      {text::Id::channel_web, "website|laman|situs|daring|online"},
      {text::Id::channel_post, "surat"},
      {text::Id::channel_fax, "faks|faksimili"},
      {text::Id::channel_phone},
      {text::Id::channel_unknown, "tidak diketahui"},
  }};
};
template <>
struct Spoken<AccessForm> {
  static constexpr std::array<Said, 6> table = {{
      {text::Id::access_see},
      {text::Id::access_read},
      {text::Id::access_listen},
      {text::Id::access_note, "note|catat"},
      {text::Id::access_softcopy, "soft copy|salinan elektronik|salinan digital"},
      {text::Id::access_hardcopy, "hard copy|salinan cetak|fotokopi"},
  }};
};
template <>
struct Spoken<Delivery> {
  static constexpr std::array<Said, 5> table = {{
      {text::Id::delivery_pickup, "mengambil langsung|ambil langsung|langsung|diambil|pick up"},
      {text::Id::delivery_courier},
      {text::Id::delivery_post},
      {text::Id::delivery_fax, "faks|faksimili"},
      {text::Id::delivery_email, "e mail|surat elektronik"},
  }};
};
template <>
struct Spoken<Payment> {
  static constexpr std::array<Said, 3> table = {{
      {text::Id::payment_cash, "kontan"},
      {text::Id::payment_transfer, "transfer|transfer rekening"},
      {text::Id::payment_other, "lainnya|lain lain"},
  }};
};
template <>
struct Spoken<Decision> {
  static constexpr std::array<Said, 3> table = {{
      {text::Id::decision_granted, "dikabulkan|diberikan seluruhnya|diberikan|diterima"},
      {text::Id::decision_partial, "sebagian|diberikan sebagian"},
      {text::Id::decision_refused, "tolak"},
  }};
};
template <>
struct Spoken<RefusalReason> {
  static constexpr std::array<Said, 5> table = {{
      {text::Id::reason_exempt, "dikecualikan|informasi dikecualikan|pengecualian"},
      {text::Id::reason_not_held, "tidak dikuasai"},
      {text::Id::reason_not_yet_held, "belum dikuasai"},
      {text::Id::reason_not_documented, "belum didokumentasikan|not documented"},
      {text::Id::reason_procedural,
       "tidak memenuhi persyaratan|persyaratan tidak lengkap|tidak lengkap|prosedural"},
  }};
};
template <>
struct Spoken<ObjectionGround> {
  static constexpr std::array<Said, 7> table = {{
      {text::Id::ground_a},
      {text::Id::ground_b},
      {text::Id::ground_c},
      {text::Id::ground_d},
      {text::Id::ground_e},
      {text::Id::ground_f},
      {text::Id::ground_g},
  }};
};
template <>
struct Spoken<ObjectionAnswer> {
  static constexpr std::array<Said, 3> table = {{
      {text::Id::answer_upheld,
       "menguatkan|menguatkan putusan ppid|dikuatkan|keberatan ditolak|ditolak"},
      {text::Id::answer_overturned,
       "membatalkan|membatalkan putusan ppid|dibatalkan|keberatan diterima|diterima"},
      {text::Id::answer_partial, "sebagian|keberatan diterima sebagian|diterima sebagian"},
  }};
};
template <>
struct Spoken<DisputeOutcome> {
  static constexpr std::array<Said, 7> table = {{
      {text::Id::outcome_mediated, "mediasi|mediasi berhasil|mediation"},
      {text::Id::outcome_granted, "dikabulkan|dikabulkan seluruhnya"},
      {text::Id::outcome_partial, "dikabulkan sebagian|sebagian"},
      {text::Id::outcome_refused, "ditolak"},
      {text::Id::outcome_withdrawn, "dicabut"},
      {text::Id::outcome_lapsed},
      {text::Id::outcome_not_registered, "tidak teregistrasi|tidak diregister"},
  }};
};
template <>
struct Spoken<DisputeStage> {
  static constexpr std::array<Said, 3> table = {{
      {text::Id::stage_registered, "registrasi|teregistrasi"},
      {text::Id::stage_mediation, "mediasi"},
      {text::Id::stage_adjudication, "ajudikasi"},
  }};
};
template <>
struct Spoken<Court> {
  static constexpr std::array<Said, 2> table = {{
      {text::Id::court_ptun, "pengadilan tata usaha negara"},
      {text::Id::court_district, "pn|pengadilan negeri"},
  }};
};
template <>
struct Spoken<Party> {
  static constexpr std::array<Said, 2> table = {{
      {text::Id::party_applicant, "pemohon"},
      {text::Id::party_body, "badan publik"},
  }};
};
template <>
struct Spoken<CourtOutcome> {
  static constexpr std::array<Said, 3> table = {{
      {text::Id::court_upheld, "menguatkan|dikuatkan"},
      {text::Id::court_overturned, "membatalkan|dibatalkan"},
      {text::Id::court_partial, "sebagian|mengubah sebagian"},
  }};
};
template <>
struct Spoken<State> {
  static constexpr std::array<Said, 8> table = {{
      {text::Id::state_open, "terbuka|menunggu|belum dijawab"},
      {text::Id::state_answered},
      {text::Id::state_objection, "keberatan"},
      {text::Id::state_objection_answered},
      {text::Id::state_dispute, "sengketa"},
      {text::Id::state_closed},
      {text::Id::state_withdrawn},
      {text::Id::state_court, "pengadilan"},
  }};
};
template <>
struct Spoken<EventKind> {
  static constexpr std::array<Said, 15> table = {{
      {text::Id::event_received},
      {text::Id::event_completed},
      {text::Id::event_extended},
      {text::Id::event_answered},
      {text::Id::event_objected},
      {text::Id::event_objection_answered},
      {text::Id::event_dispute_filed},
      {text::Id::event_dispute_ended},
      {text::Id::event_withdrawn},
      {text::Id::event_delivered},
      {text::Id::event_assigned},
      {text::Id::event_returned},
      {text::Id::event_dispute_stage},
      {text::Id::event_court_filed},
      {text::Id::event_court_decided},
  }};
};
template <>
struct Spoken<DeadlineKind> {
  static constexpr std::array<Said, 11> table = {{
      {text::Id::deadline_response},
      {text::Id::deadline_target},
      {text::Id::deadline_objection_filing},
      {text::Id::deadline_objection_answer},
      {text::Id::deadline_dispute_filing},
      {text::Id::deadline_commission_start},
      {text::Id::deadline_commission_settlement},
      {text::Id::deadline_court_filing},
      {text::Id::deadline_objection_target},
      {text::Id::deadline_internal},
      {text::Id::deadline_cassation_filing},
  }};
};

}  // namespace ppid::rules
