#include "import/register_row.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace ppid::import {
namespace {

using text::Id;

// The usual ways registers write each choice, in Indonesian and English (normalised). The
// canonical word itself is always understood too.
struct WrittenWords {
  Field field;
  std::string_view canonical;
  std::initializer_list<std::string_view> written;
};
const WrittenWords k_words[] = {
    {Field::decision,
     ppid::code(rules::Decision::granted),
     {"dikabulkan seluruhnya", "dikabulkan", "diberikan seluruhnya", "diberikan",
      "granted in full"}},
    {Field::decision,
     ppid::code(rules::Decision::partial),
     {"dikabulkan sebagian", "diberikan sebagian", "sebagian", "granted in part"}},
    {Field::decision, ppid::code(rules::Decision::refused), {"ditolak"}},
    {Field::reason,
     ppid::code(rules::RefusalReason::exempt),
     {"dikecualikan", "informasi yang dikecualikan", "informasi dikecualikan", "exempt"}},
    {Field::reason, ppid::code(rules::RefusalReason::not_held), {"tidak dikuasai", "not held"}},
    {Field::reason,
     ppid::code(rules::RefusalReason::not_yet_held),
     {"belum dikuasai", "not yet held"}},
    {Field::reason,
     ppid::code(rules::RefusalReason::not_documented),
     {"belum didokumentasikan", "not documented"}},
    {Field::reason,
     ppid::code(rules::RefusalReason::procedural),
     {"tidak memenuhi persyaratan", "persyaratan tidak lengkap", "tidak lengkap"}},
    {Field::channel,
     ppid::code(rules::Channel::desk),
     {"langsung", "datang langsung", "loket", "tatap muka", "in person"}},
    {Field::channel, ppid::code(rules::Channel::email), {"e mail", "surel", "surat elektronik"}},
    {Field::channel,
     ppid::code(rules::Channel::web),
     {"website", "laman", "situs", "daring", "online"}},
    {Field::channel, ppid::code(rules::Channel::post), {"pos", "surat"}},
    {Field::channel, ppid::code(rules::Channel::fax), {"faks", "faksimili"}},
    {Field::channel, ppid::code(rules::Channel::phone), {"telepon"}},
    {Field::access, ppid::code(rules::AccessForm::see), {"melihat"}},
    {Field::access, ppid::code(rules::AccessForm::read), {"membaca"}},
    {Field::access, ppid::code(rules::AccessForm::listen), {"mendengarkan"}},
    {Field::access, ppid::code(rules::AccessForm::note), {"mencatat"}},
    {Field::access,
     ppid::code(rules::AccessForm::softcopy),
     {"soft copy", "salinan elektronik", "salinan digital", "softcopy"}},
    {Field::access,
     ppid::code(rules::AccessForm::hardcopy),
     {"hard copy", "salinan cetak", "fotokopi", "hardcopy"}},
    {Field::delivery,
     ppid::code(rules::Delivery::pickup),
     {"diambil langsung", "mengambil langsung", "ambil langsung", "langsung", "pick up"}},
    {Field::delivery, ppid::code(rules::Delivery::courier), {"kurir"}},
    {Field::delivery, ppid::code(rules::Delivery::post), {"pos"}},
    {Field::delivery, ppid::code(rules::Delivery::fax), {"faks", "faksimili"}},
    {Field::delivery, ppid::code(rules::Delivery::email), {"e mail", "surel"}},
    {Field::applicant_type,
     ppid::code(rules::ApplicantType::person),
     {"perorangan", "pribadi", "individu", "perseorangan"}},
    {Field::applicant_type,
     ppid::code(rules::ApplicantType::group),
     {"kelompok", "kelompok orang"}},
    {Field::applicant_type,
     ppid::code(rules::ApplicantType::organization),
     {"badan hukum", "organisasi", "lembaga"}},
    {Field::objection_answer,
     ppid::code(rules::ObjectionAnswer::upheld),
     {"menguatkan", "menguatkan putusan ppid", "menguatkan keputusan ppid", "dikuatkan",
      "keberatan ditolak"}},
    {Field::objection_answer,
     ppid::code(rules::ObjectionAnswer::overturned),
     {"membatalkan", "membatalkan putusan ppid", "membatalkan keputusan ppid", "dibatalkan",
      "keberatan diterima"}},
    {Field::objection_answer,
     ppid::code(rules::ObjectionAnswer::partial),
     {"sebagian", "keberatan diterima sebagian"}},
    {Field::dispute_outcome,
     ppid::code(rules::DisputeOutcome::mediated),
     {"mediasi", "mediasi berhasil", "kesepakatan mediasi", "mediation"}},
    {Field::dispute_outcome,
     ppid::code(rules::DisputeOutcome::granted),
     {"dikabulkan", "dikabulkan seluruhnya"}},
    {Field::dispute_outcome, ppid::code(rules::DisputeOutcome::partial), {"dikabulkan sebagian"}},
    {Field::dispute_outcome, ppid::code(rules::DisputeOutcome::refused), {"ditolak"}},
    {Field::dispute_outcome, ppid::code(rules::DisputeOutcome::withdrawn), {"dicabut"}},
    {Field::dispute_outcome, ppid::code(rules::DisputeOutcome::lapsed), {"gugur"}},
    {Field::late_accepted, ppid::code(YesNo::yes), {"ya", "y", "true", "1", "diterima"}},
    {Field::late_accepted, ppid::code(YesNo::no), {"tidak", "n", "false", "0"}},
};

using WordKey = std::pair<Field, std::string>;

const std::map<WordKey, std::string_view>& known_words() {
  static const auto words = [] {
    std::map<WordKey, std::string_view> map;
    for (std::size_t f = 0; f < k_field_count; ++f) {
      for (const auto word : field_choices(static_cast<Field>(f))) {
        map.emplace(WordKey{static_cast<Field>(f), normalise(word)}, word);
      }
    }
    for (const auto& [field, canonical, written] : k_words) {
      for (const auto w : written) {
        map.emplace(WordKey{field, std::string{w}}, canonical);
      }
    }
    return map;
  }();
  return words;
}

// What registers write in a cell that has nothing to say.
bool empty_marker(std::string_view value) {
  return value.empty() || value == "-" || value == "--" || value == "\u2013" || value == "\u2014";
}

bool is_control(unsigned char byte) {
  return byte < 0x20 || byte == 0x7f;
}

struct Problem {
  std::optional<Field> field;
  Error error;
};

class RowReader {
 public:
  RowReader(const Mapping& mapping, const Layout& layout) : m_mapping(mapping), m_layout(layout) {}

  void read(const std::vector<std::string>& fields) {
    for (std::size_t f = 0; f < k_field_count; ++f) {
      const int column = m_layout.column[f];
      if (column >= 0 && static_cast<std::size_t>(column) < fields.size() &&
          !empty_marker(fields[static_cast<std::size_t>(column)])) {
        m_values[f] = fields[static_cast<std::size_t>(column)];
      }
    }
    // The register's own words first: one value may say several things ("Ditolak -
    // dikecualikan" is a decision and its reason).
    for (std::size_t f = 0; f < k_field_count; ++f) {
      if (!m_values[f] || m_mapping.values[f].empty()) {
        continue;
      }
      const auto found = m_mapping.values[f].find(normalise(*m_values[f]));
      if (found == m_mapping.values[f].end()) {
        continue;
      }
      for (const auto& [target, word] : found->second) {
        auto& slot = m_values[static_cast<std::size_t>(target)];
        // A column of its own says more than another column's word.
        if (static_cast<std::size_t>(target) == f || !slot) {
          slot = word;
        }
      }
    }
    for (std::size_t f = 0; f < k_field_count; ++f) {
      if (!m_values[f] && m_mapping.defaults[f]) {
        m_values[f] = m_mapping.defaults[f];
      }
    }
    for (std::size_t f = 0; f < k_field_count; ++f) {
      const auto field = static_cast<Field>(f);
      const auto choices = field_choices(field);
      if (choices.empty() || !m_values[f]) {
        continue;
      }
      const auto& words = known_words();
      const auto found = words.find(WordKey{field, normalise(*m_values[f])});
      if (found == words.end()) {
        fail(field, Error{ErrorKind::bad_input, {Id::imp_value_unknown}}
                        .value(*m_values[f])
                        .allowed({Id::hint_imp_map_value,
                                  {fmt::format("{}", fmt::join(choices, ", ")),
                                   std::string{code(field)}}}));
      }
      m_values[f] = std::string{found->second};
    }
  }

  const std::optional<std::string>& value(Field field) const {
    return m_values[static_cast<std::size_t>(field)];
  }

  [[noreturn]] void fail(Field field, Error error) const { throw Problem{field, std::move(error)}; }

  [[noreturn]] void fail(Field field, text::Message what) const {
    fail(field, Error{ErrorKind::bad_input, std::move(what)});
  }

  std::string required(Field field) const {
    if (!value(field)) {
      fail(field, {Id::imp_required});
    }
    return *value(field);
  }

  // A field that only makes sense with `needed` (a decision with the date of the notice).
  void needs(Field field, Field needed) const {
    if (value(field) && !value(needed)) {
      fail(field, {Id::imp_needs, {m_layout.header_of(needed)}});
    }
  }

  std::optional<LocalTime> when(Field field) const {
    if (!value(field)) {
      return std::nullopt;
    }
    const auto parsed = parse_register_date(*value(field), m_mapping.day_order);
    if (const auto* problem = std::get_if<text::Id>(&parsed)) {
      fail(field, Error{ErrorKind::bad_input, {*problem}}.value(*value(field)));
    }
    return std::get<LocalTime>(parsed);
  }

 private:
  const Mapping& m_mapping;
  const Layout& m_layout;
  std::array<std::optional<std::string>, k_field_count> m_values;
};

void read_contact(const RowReader& r, rules::RequestInput& request) {
  const auto& contact = r.value(Field::contact);
  if (!contact) {
    return;
  }
  // "0812-3456-7890 / siti@example.id": phone numbers and addresses hold no '/', ',' or ';'.
  std::string_view rest = *contact;
  while (!rest.empty()) {
    const auto cut = rest.find_first_of("/,;");
    auto part = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    while (!part.empty() && part.front() == ' ') {
      part.remove_prefix(1);
    }
    while (!part.empty() && part.back() == ' ') {
      part.remove_suffix(1);
    }
    if (part.empty()) {
      continue;
    }
    auto& slot = part.find('@') != std::string_view::npos ? request.email : request.phone;
    if (slot) {
      r.fail(Field::contact, {Id::imp_contact});
    }
    slot = std::string{part};
  }
}

std::vector<std::string> read_grounds(const RowReader& r) {
  std::vector<std::string> grounds;
  const auto words = normalise(*r.value(Field::grounds));
  std::string_view rest = words;
  while (!rest.empty()) {
    const auto cut = rest.find(' ');
    const auto word = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    if (word == "dan" || word == "and" || word == "huruf") {
      continue;
    }
    if (word.size() != 1 || word[0] < 'a' || word[0] > 'g') {
      r.fail(Field::grounds,
             Error{ErrorKind::bad_input, {Id::imp_grounds}}.value(*r.value(Field::grounds)));
    }
    grounds.emplace_back(word);
  }
  if (grounds.empty()) {
    r.fail(Field::grounds, {Id::imp_required});
  }
  return grounds;
}

// A register or objection number, if any: kept as written, so no control characters and a
// sensible length.
void check_number(const RowReader& r, Field field) {
  const auto& number = r.value(field);
  if (number && (number->size() > 64 || std::any_of(number->begin(), number->end(), [](char ch) {
                   return is_control(static_cast<unsigned char>(ch));
                 }))) {
    r.fail(field, {Id::imp_register_no});
  }
}

RegisterRow read_fields(const RowReader& r) {
  RegisterRow row;
  row.register_no = r.required(Field::register_no);
  check_number(r, Field::register_no);
  r.required(Field::received);
  row.received = *r.when(Field::received);
  auto& request = row.request;
  request.name = r.required(Field::name);
  request.info = r.required(Field::info);
  request.id_number = r.value(Field::id_number);
  if (r.value(Field::applicant_type)) {
    request.applicant_type = *r.value(Field::applicant_type);
  }
  request.address = r.value(Field::address);
  request.phone = r.value(Field::phone);
  request.email = r.value(Field::email);
  read_contact(r, request);
  request.occupation = r.value(Field::occupation);
  request.purpose = r.value(Field::purpose);
  request.service = r.value(Field::service);
  if (r.value(Field::channel)) {
    request.channel = *r.value(Field::channel);
  }
  request.access = r.value(Field::access);
  request.delivery = r.value(Field::delivery);
  request.proxy = r.value(Field::proxy);
  row.completed = r.when(Field::completed);
  // A request with a completion date was incomplete when received.
  request.incomplete = row.completed.has_value();

  row.extended = r.when(Field::extended);
  r.needs(Field::extension_reason, Field::extended);
  if (row.extended) {
    row.extension_reason = r.required(Field::extension_reason);
  }

  row.answered = r.when(Field::answered);
  for (const auto field : {Field::decision, Field::reason, Field::basis, Field::holder}) {
    r.needs(field, Field::answered);
  }
  if (row.answered) {
    row.response.decision = r.required(Field::decision);
    row.response.reason = r.value(Field::reason);
    row.response.basis = r.value(Field::basis);
    row.response.holder = r.value(Field::holder);
  }

  row.objected = r.when(Field::objected);
  for (const auto field :
       {Field::objection_no, Field::grounds, Field::arose, Field::late_accepted}) {
    r.needs(field, Field::objected);
  }
  if (row.objected) {
    row.objection_no = r.value(Field::objection_no);
    if (!r.value(Field::grounds)) {
      r.fail(Field::grounds, {Id::imp_required});
    }
    row.objection.grounds = read_grounds(r);
    if (const auto arose = r.when(Field::arose)) {
      row.objection.arose = arose->date;
    }
    row.objection.late_accepted = r.value(Field::late_accepted) == ppid::code(YesNo::yes);
    check_number(r, Field::objection_no);
  }

  row.objection_answered = r.when(Field::objection_answered);
  for (const auto field : {Field::objection_answer, Field::official, Field::position}) {
    r.needs(field, Field::objection_answered);
  }
  if (row.objection_answered) {
    row.answer.answer = r.required(Field::objection_answer);
    row.answer.official = r.value(Field::official);
    row.answer.position = r.value(Field::position);
  }

  row.dispute_filed = r.when(Field::dispute_filed);
  r.needs(Field::commission, Field::dispute_filed);
  row.commission = r.value(Field::commission);
  row.dispute_ended = r.when(Field::dispute_ended);
  r.needs(Field::dispute_outcome, Field::dispute_ended);
  if (row.dispute_ended) {
    row.dispute_outcome = r.required(Field::dispute_outcome);
  }
  row.withdrawn = r.when(Field::withdrawn);
  return row;
}

}  // namespace

std::variant<RegisterRow, RowProblem> read_row(const Mapping& mapping, const Layout& layout,
                                               const std::vector<std::string>& fields) {
  try {
    if (fields.size() > layout.headers.size()) {
      const bool extra = std::any_of(fields.begin() + static_cast<long>(layout.headers.size()),
                                     fields.end(), [](const auto& f) { return !f.empty(); });
      if (extra) {
        return RowProblem{
            std::nullopt,
            Error{ErrorKind::bad_input,
                  {Id::imp_extra_fields,
                   {std::to_string(fields.size()), std::to_string(layout.headers.size())}}}};
      }
    }
    RowReader reader{mapping, layout};
    reader.read(fields);
    return read_fields(reader);
  } catch (Problem& problem) {
    return RowProblem{problem.field, std::move(problem.error)};
  }
}

}  // namespace ppid::import
